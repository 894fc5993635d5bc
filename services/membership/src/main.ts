import './tracing';
import { runSubgraphProcess } from '@wego/server';
import { createMembershipDataSource } from './database';
import { createServer } from './server';

runSubgraphProcess({ name: 'membership', dataSourceOf: createMembershipDataSource, serve: createServer });
