export { startGraphQLHost, type GraphQLHost, type GraphQLHostOptions, type IncomingRequest } from './graphql-host';
export { runUntilSignalled, type RunningProcess } from './process-lifecycle';
export { errorLoggingPlugin } from './error-logging';
