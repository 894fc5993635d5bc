import { startedForThisFile } from '@wego/testing';
import { startGraph } from './support/graph-under-test';

const graph = startedForThisFile(startGraph);

describe('the gateway over HTTP', () => {
  it('serves Apollo Sandbox to a browser on GET', async () => {
    const response = await fetch(graph.gateway.url, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
    expect(await response.text()).toMatch(/sandbox/i);
  });

  it('answers /health on the gateway and every subgraph', async () => {
    const urls = [graph.gateway.url, ...Object.values(graph.subgraphs).map((subgraph) => subgraph.host.url)];
    for (const url of urls) {
      const response = await fetch(url.replace('/graphql', '/health'));
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ status: 'ok' });
    }
  });

  it('refuses a body over 1 MiB with 413 and a GraphQL-shaped error', async () => {
    const response = await fetch(graph.gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ members { totalCount } }`, variables: { padding: 'x'.repeat(1024 * 1024) } }),
    });
    expect(response.status).toBe(413);
    expect(((await response.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]!.extensions.code).toBe('BAD_REQUEST');
  });

  it('refuses a cross-site simple request (CSRF prevention)', async () => {
    const response = await fetch(`${graph.gateway.url}?query=${encodeURIComponent('{ offices { name } }')}`);
    expect(response.status).toBe(400);
  });
});
