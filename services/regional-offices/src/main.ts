import './tracing';
import { runSubgraphProcess } from '@wego/server';
import { createRegionalOfficesDataSource } from './database';
import { createServer } from './server';

runSubgraphProcess({ name: 'regional-offices', dataSourceOf: createRegionalOfficesDataSource, serve: createServer });
