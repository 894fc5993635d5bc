export { startGraphQLHost, type GraphQLHost, type GraphQLHostOptions, type IncomingRequest } from './graphql-host';
export type { HostRoute, HostRouteAnswer } from './host-routes';
export { runToCompletion, runUntilSignalled, type RunningProcess } from './process-lifecycle';
export { errorLoggingPlugin } from './error-logging';
