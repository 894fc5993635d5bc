export { createSubgraphDataSource, type SubgraphDataSourceOptions } from './data-source';
export { migrateSubgraphSchema, quoteIdentifier } from './migrate';
export { StatementCounter } from './statement-counter';
export { startEmbeddedPostgres, freePort, type EmbeddedPostgresServer, type EmbeddedPostgresOptions } from './embedded-postgres';
export { createDatabaseIfMissing, dropDatabase, databaseUrlOf } from './databases';
export { isUniqueViolation, isExclusionViolation } from './postgres-errors';
export { databaseAnswers } from './database-answers';
