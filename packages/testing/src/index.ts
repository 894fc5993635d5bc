export { createTestDatabase, type TestDatabase } from './test-database';
export { postGraphQL, graphQLCaller, dataOf, type GraphQLResponse, type GraphQLCaller, type GraphQLRequestOptions, type TypedDocument, type ResultOf, type VariablesOf } from './graphql-client';
/** Each operation a test sends is written as graphql() of its text; `pnpm codegen` then types its answer and variables. */
export { graphql } from './graphql';
/** The public API's types (its enums and inputs, and each operation's answer) as clients see them through the gateway. */
export type * as PublicApi from './graphql/graphql';
export { testTokens } from './test-tokens';
export { testEnvironment, childProcessEnvironment, propertySettings, type PropertySettings } from './test-environment';
export { providePostgresForRun, type RunPostgres } from './run-postgres';
export { startPostgresProcess, type PostgresProcess } from './postgres-process';
export { startThrowAwayPostgres } from './throw-away-postgres';
export { subgraphSecretHeader } from './subgraph-caller';
export { testPort } from './test-port';
export { accepted, expectRefused, expectRefusedWith, refusedWith, refusedWithoutChange } from './answers';
export { StatementCounter } from './statement-counter';
export { startSubgraphUnderTest, serveSubgraphUnderTest, type SubgraphDefinition, type SubgraphUnderTest } from './subgraph-under-test';
export { testSubgraphConfig, type TestSubgraphConfig } from './test-configs';
export { startedForThisFile } from './started-for-this-file';
export { describeRefusedAttempts, refusedRowsOf, refusalOf, type RefusedAttemptsTable, type Attempt } from './suites/refused-attempts-suite';
export { describeIdempotency, type IdempotencyTable } from './suites/idempotency-suite';
export { auditEntryRows, type AuditEntryRow } from './audit-entry-rows';
