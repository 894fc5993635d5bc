import { runSubgraphSetup } from '@wego/server';
import { setUpRegionalOfficesDatabase } from './database';

/** Prepares the regional_offices schema's roles, migrates it and seeds the offices and their coverage, then exits. */
runSubgraphSetup(process.env, { name: 'regional-offices', setUp: setUpRegionalOfficesDatabase, done: ({ migrations, seeded }) => ({ migrations, ...seeded }) });
