export { startGraphQLHost, type GraphQLHost, type GraphQLHostOptions, type IncomingRequest } from './graphql-host';
export { runToCompletion, runUntilSignalled, type RunningProcess } from './process-lifecycle';
export { errorLoggingPlugin } from './error-logging';
