import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { READ_GENERATION_HEADER, sharingConcurrentReads } from '@wego/gateway/src/concurrent-reads';
import { subgraphTransport } from '@wego/gateway/src/subgraph-transport';

/** A subgraph stand-in on real HTTP that answers after 150 ms, counting the calls it receives. */
let server: Server;
let url: string;
const received: IncomingHttpHeaders[] = [];
beforeAll(async () => {
  server = createServer((request, response) => {
    received.push(request.headers);
    request.resume();
    request.on('end', () => setTimeout(() => response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data: { call: received.length } })), 150));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});
beforeEach(() => {
  received.length = 0;
});

const BODY = JSON.stringify({ query: '{ offices { id } }' });
const call = (fetcher: typeof fetch, headers: Record<string, string>, body = BODY) =>
  fetcher(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body }).then(async (response) => (await response.json()) as unknown);

describe('identical subgraph calls of anonymous queries in flight at once', () => {
  it('are sent once, every caller reading the one answer, without the generation header', async () => {
    const fetcher = sharingConcurrentReads(subgraphTransport);
    const answers = await Promise.all(Array.from({ length: 5 }, () => call(fetcher, { [READ_GENERATION_HEADER]: '7' })));
    expect(received).toHaveLength(1);
    expect(received[0]![READ_GENERATION_HEADER]).toBeUndefined();
    expect(answers).toEqual(Array.from({ length: 5 }, () => ({ data: { call: 1 } })));
    // Each caller parses its own copy.
    expect(new Set(answers).size).toBe(5);
  });

  it('are sent again once the first has answered', async () => {
    const fetcher = sharingConcurrentReads(subgraphTransport);
    await call(fetcher, { [READ_GENERATION_HEADER]: '7' });
    await call(fetcher, { [READ_GENERATION_HEADER]: '7' });
    expect(received).toHaveLength(2);
  });

  it('are not joined across generations, callers, bodies, or without a generation', async () => {
    const fetcher = sharingConcurrentReads(subgraphTransport);
    await Promise.all([
      call(fetcher, { [READ_GENERATION_HEADER]: '7' }),
      call(fetcher, { [READ_GENERATION_HEADER]: '8' }),
      call(fetcher, { [READ_GENERATION_HEADER]: '7', authorization: 'Bearer another' }),
      call(fetcher, { [READ_GENERATION_HEADER]: '7' }, JSON.stringify({ query: '{ offices { name } }' })),
      call(fetcher, {}),
      call(fetcher, {}),
    ]);
    expect(received).toHaveLength(6);
  });
});
