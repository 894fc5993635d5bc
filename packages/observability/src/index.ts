export { metricsExposition, processRegistry } from './metrics-registry';
export { recordAnsweredRequest, type AnsweredRequest } from './http-server-metrics';
export { timeSubgraphRequest } from './subgraph-request-metrics';
export { watchDatabasePool, type PoolCounts } from './database-pool-metrics';
export { KNOWN_OPERATIONS, OTHER_OPERATION, operationLabel } from './operation-names';
export { activeTraceIds } from './trace-context';
export { startTracing, stopTracing } from './tracing';
