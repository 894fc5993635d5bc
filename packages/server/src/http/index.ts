export {
  startGraphQLHost,
  type Admission,
  type GraphQLHost,
  type GraphQLHostOptions,
  type IncomingRequest,
  type RateLimit,
} from './graphql-host';
export { type HostRoute, type HostRouteAnswer } from './host-routes';
export { type CorsPolicy } from './cors-policy';
export { runToCompletion, runUntilSignalled, type RunningProcess } from './process-lifecycle';
export { errorLoggingPlugin } from './error-logging';
export { withRequestId } from './request-scope';
