import { runSubgraphSetup } from '@wego/server';
import { setUpGovernanceDatabase } from './database';

/** Prepares the governance schema's roles and migrates it, then exits. */
runSubgraphSetup(process.env, { name: 'governance', setUp: (urls) => setUpGovernanceDatabase(urls), done: ({ migrations }) => ({ migrations }) });
