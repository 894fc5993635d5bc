import { readFileSync } from 'node:fs';
import { composeServices as composeWithTheGuild } from '@theguild/federation-composition';
import { loadSchemaDocument } from '@wego/server';
import { composeSupergraph } from '@wego/gateway/src/compose/compose-supergraph';
import { SUBGRAPHS, SUPERGRAPH_PATH } from '@wego/gateway/src/subgraphs';

describe('the supergraph', () => {
  it('is committed as `pnpm compose` writes it from the subgraphs (run `pnpm compose` when this fails)', () => {
    expect(readFileSync(SUPERGRAPH_PATH, 'utf8')).toBe(composeSupergraph(SUBGRAPHS).supergraphSdl);
  });

  it('composes with a second, independent composer too', () => {
    const result = composeWithTheGuild(
      SUBGRAPHS.map((subgraph) => ({ name: subgraph.name, url: subgraph.url, typeDefs: loadSchemaDocument(subgraph.schemaPath) })),
    );
    expect(result.errors ?? []).toEqual([]);
  });
});
