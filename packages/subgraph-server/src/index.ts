export { createSubgraphApollo, loadSchemaDocument, type SubgraphApolloOptions } from './subgraph-apollo';
export { identifyRequest, type RequestIdentity } from './viewer-context';
export { maskError } from './error-masking';
