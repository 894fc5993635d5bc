export { startGraphQLHost, type GraphQLHost, type GraphQLHostOptions, type IncomingRequest } from './graphql-host';
