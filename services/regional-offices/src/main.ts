import './tracing';
import { runSubgraphProcess } from '@wego/server';
import { createRegionalOfficesDataSource } from './database';
import { createServer } from './server';

runSubgraphProcess(process.env, { name: 'regional-offices', dataSourceOf: createRegionalOfficesDataSource, serve: createServer });
