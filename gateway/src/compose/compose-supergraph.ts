import { composeServices } from '@apollo/composition';
import { loadSchemaDocument } from '@wego/server';
import type { SubgraphSource } from '../subgraphs';

export interface Composition {
  supergraphSdl: string;
  hints: string[];
}

/** Composes the subgraphs' SDL files into the supergraph; throws with every composition error. */
export function composeSupergraph(subgraphs: readonly SubgraphSource[]): Composition {
  const result = composeServices(
    subgraphs.map((subgraph) => ({ name: subgraph.name, url: subgraph.url, typeDefs: loadSchemaDocument(subgraph.schemaPath) })),
  );
  if (result.errors) throw new Error(`the subgraphs do not compose:\n${result.errors.map((error) => `  - ${error.message}`).join('\n')}`);
  return { supergraphSdl: result.supergraphSdl, hints: result.hints.map((hint) => hint.toString()) };
}
