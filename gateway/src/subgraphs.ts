import { join } from 'node:path';

/** The subgraphs the gateway composes: name, SDL file, and URL of the local stack. */
export interface SubgraphSource {
  name: string;
  schemaPath: string;
  url: string;
}

const SERVICES = join(__dirname, '..', '..', 'services');

export const SUBGRAPHS: readonly SubgraphSource[] = [
  { name: 'membership', schemaPath: join(SERVICES, 'membership', 'src', 'schema.graphql'), url: 'http://localhost:4001/graphql' },
  { name: 'governance', schemaPath: join(SERVICES, 'governance', 'src', 'schema.graphql'), url: 'http://localhost:4002/graphql' },
  {
    name: 'regional-offices',
    schemaPath: join(SERVICES, 'regional-offices', 'src', 'schema.graphql'),
    url: 'http://localhost:4003/graphql',
  },
];

/** The committed supergraph the gateway serves. */
export const SUPERGRAPH_PATH = join(__dirname, '..', 'supergraph.graphql');
