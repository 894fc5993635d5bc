import './tracing';
import { runSubgraphProcess } from '@wego/server';
import { parseGovernanceConfig } from './config';
import { createGovernanceDataSource } from './database';
import { createServer } from './server';

runSubgraphProcess(process.env, {
  name: 'governance',
  configOf: parseGovernanceConfig,
  dataSourceOf: createGovernanceDataSource,
  serve: createServer,
  listening: (config) => ({ membershipUrl: config.membershipUrl }),
});
