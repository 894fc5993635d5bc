import './tracing';
import { runSubgraphProcess } from '@wego/server';
import { createMembershipDataSource } from './database';
import { createServer } from './server';

runSubgraphProcess(process.env, { name: 'membership', dataSourceOf: createMembershipDataSource, serve: createServer });
