import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SUBGRAPH_SECRET_HEADER } from '@wego/identity';
import { testEnvironment } from '@wego/testing';

/** How the stand-in for membership behaves: answer with names, fail with HTTP 500, or never answer. */
export type StubBehaviour = 'answer' | 'fail' | 'hang';

/**
 * A tiny real HTTP server standing in for membership's `_entities`, counting what it is asked. Like
 * membership, it refuses with 401 a caller that does not present membership's secret.
 */
export interface MembershipStub {
  url: string;
  /** The representations of each request received, in order. */
  requests: string[][];
  stop(): Promise<void>;
}

interface EntitiesRequest {
  variables?: { representations?: Array<{ __typename: string; id: string }> };
}

export async function startMembershipStub(names: Readonly<Record<string, string>>, behaviour: StubBehaviour = 'answer'): Promise<MembershipStub> {
  const requests: string[][] = [];
  const secret = testEnvironment().subgraphSecrets.membership;
  const server: Server = createServer((request, response) => {
    if (request.headers[SUBGRAPH_SECRET_HEADER] !== secret) {
      response.writeHead(401, { 'content-type': 'application/json' }).end('{"errors":[{"message":"gateway only","extensions":{"code":"UNAUTHENTICATED"}}]}');
      return;
    }
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as EntitiesRequest;
      const representations = body.variables?.representations ?? [];
      requests.push(representations.map((representation) => representation.id));
      if (behaviour === 'hang') return;
      if (behaviour === 'fail') {
        response.writeHead(500, { 'content-type': 'application/json' }).end('{"errors":[{"message":"down"}]}');
        return;
      }
      const entities = representations.map(({ id }) => (names[id] === undefined ? null : { id, name: names[id] }));
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data: { _entities: entities } }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    requests,
    async stop() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
