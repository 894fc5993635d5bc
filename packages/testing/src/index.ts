export { createTestDatabase, type TestDatabase } from './test-database';
export { postGraphQL, graphQLCaller, type GraphQLResponse, type GraphQLCaller, type GraphQLRequestOptions } from './graphql-client';
export { testTokens } from './test-tokens';
export { testEnvironment, childProcessEnvironment, propertySettings, type PropertySettings } from './test-environment';
export { providePostgresForRun, type RunPostgres } from './run-postgres';
export { startPostgresProcess, type PostgresProcess } from './postgres-process';
export { startThrowAwayPostgres } from './throw-away-postgres';
export { subgraphSecretHeader } from './subgraph-caller';
export { testPort } from './test-port';
