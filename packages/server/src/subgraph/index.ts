export { createSubgraphApollo, loadSchemaDocument, type SubgraphApolloOptions } from './subgraph-apollo';
export { identifyRequest, type RequestIdentity } from './viewer-context';
export { requestScope } from './request-scope';
export { serveSubgraph, type SubgraphDefinition } from './serve-subgraph';
export { runSubgraphProcess, type SubgraphProcess } from './subgraph-process';
export { runSubgraphSetup, type SubgraphSetup } from './subgraph-setup';
export type { SubgraphServerOptions } from './subgraph-server-options';
