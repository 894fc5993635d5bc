export { createSubgraphDataSource, subgraphDataSourceOf, MIGRATIONS_TABLE, type SubgraphDataSourceOptions, type SubgraphDataSourceFactory } from './data-source';
export { migrateSubgraphSchema, quoteIdentifier } from './migrate';
export { schemaWithTables } from './schema-with-tables';
export { statementMigration, type MigrationStatements } from './statement-migration';
export { freePort } from './free-port';
export { createDatabaseIfMissing, dropDatabase, databaseUrlOf } from './databases';
export { isUniqueViolation, isExclusionViolation } from './postgres-errors';
export { sqlStateOf } from './sql-state';
export { databaseAnswers } from './database-answers';
export { setUpSubgraphDatabase, type SubgraphDatabaseSetup, type SubgraphDatabaseUrls } from './subgraph-database-setup';
export { setUpMigratedSubgraph, type MigratedSubgraph, type SeededSubgraph, type SubgraphConnection } from './migrated-subgraph-setup';
export { developmentRuntimeUrl, type SubgraphRoles } from './subgraph-roles';
export { privilegesBeyondRuntime, guardRuntimeRole } from './runtime-role-check';
export { poolCountsOf } from './pool-counts';
export { rowsWhereAny, type RowsWhereAnyOptions } from './rows-where-any';
export {
  IdColumn,
  ReferenceColumn,
  DayColumn,
  InstantColumn,
  RecordedAtColumn,
  TextColumn,
  IntegerColumn,
  FlagColumn,
  CountryCodeColumn,
  type ColumnTraits,
} from './entity-columns';
