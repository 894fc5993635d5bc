import { runSubgraphSetup } from '@wego/server';
import { setUpMembershipDatabase } from './database';

/** Prepares the membership schema's roles, migrates it and seeds the founding members, then exits. */
runSubgraphSetup(process.env, {
  name: 'membership',
  setUp: setUpMembershipDatabase,
  done: ({ migrations, seeded }) => ({ migrations, foundingMembersInserted: seeded }),
});
