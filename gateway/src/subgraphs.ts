import { join } from 'node:path';
import { SUBGRAPHS as REGISTERED_SUBGRAPHS } from '@wego/config';

/** The subgraphs the gateway composes: name, SDL file, and URL of the local stack. */
export interface SubgraphSource {
  name: string;
  schemaPath: string;
  url: string;
}

const ROOT = join(__dirname, '..', '..');

export const SUBGRAPHS: readonly SubgraphSource[] = REGISTERED_SUBGRAPHS.map((subgraph) => ({
  name: subgraph.name,
  schemaPath: join(ROOT, subgraph.schemaPath),
  url: subgraph.defaultUrl,
}));

/** The committed supergraph the gateway serves. */
export const SUPERGRAPH_PATH = join(__dirname, '..', 'supergraph.graphql');
