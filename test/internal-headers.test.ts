import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createGateway } from '@wego/gateway/src/server';
import { createLogger, type GraphQLHost } from '@wego/server';
import { SUBGRAPH_SECRET_HEADER } from '@wego/identity';
import { postGraphQL, testTokens } from '@wego/testing';
import { testGatewayConfig } from './support/test-gateway-config';
import { startGraph, type GraphUnderTest } from './support/graph-under-test';

/** What a client might send to pass for the gateway or for someone else; none of it may reach a subgraph. */
function forgedHeaders(secret: string): Record<string, string> {
  return {
    [SUBGRAPH_SECRET_HEADER]: secret,
    'x-forwarded-user': 'secretariat-officer',
    'x-wego-role': 'secretariat',
    'x-wego-office-id': 'east-asia',
    'x-user-id': 'intruder',
    cookie: 'session=intruder',
  };
}

describe('a client sending the subgraph secret header to the gateway', () => {
  describe('when the gateway holds the right secrets', () => {
    let graph: GraphUnderTest;
    beforeAll(async () => {
      graph = await startGraph();
    });
    afterAll(() => graph.stop());

    it('gains nothing and loses nothing: its wrong value never reaches the subgraph', async () => {
      const answer = await graph.query(`{ members { totalCount } offices { id } meetings { id } }`, {
        headers: forgedHeaders('a-wrong-secret-a-client-made-up-0123456789'),
      });
      expect(answer.errors).toBeUndefined();
      expect(answer.data.members.totalCount).toBe(50);
      expect(answer.data.offices).toHaveLength(5);
    });
  });

  describe('when the gateway holds a wrong secret for membership', () => {
    let graph: GraphUnderTest;
    beforeAll(async () => {
      graph = await startGraph({ gatewaySubgraphSecrets: { membership: 'a-secret-membership-does-not-know-0123456789' } });
    });
    afterAll(() => graph.stop());

    it('is refused by membership even though the client sends membership’s right secret', async () => {
      const answer = await graph.query(`{ members { totalCount } }`, {
        token: await testTokens.secretariat(),
        headers: forgedHeaders(graph.secrets.membership),
      });
      expect(answer.data).toBeNull();
      expect(answer.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    });

    it('still reaches the subgraphs whose secret it holds', async () => {
      const answer = await graph.query(`{ offices { id } }`, { headers: forgedHeaders(graph.secrets.membership) });
      expect(answer.errors).toBeUndefined();
      expect(answer.data.offices).toHaveLength(5);
    });
  });
});

describe('what a subgraph receives from the gateway', () => {
  const GATEWAY_SECRET = 'the-secret-the-gateway-holds-for-membership';
  let received: IncomingHttpHeaders[];
  let membership: Server;
  let gateway: GraphQLHost;
  beforeAll(async () => {
    received = [];
    // Stands in for membership and records every header it is sent.
    membership = createServer((request, response) => {
      received.push(request.headers);
      request.resume();
      request.on('end', () => response.writeHead(200, { 'content-type': 'application/json' }).end('{"data":{"members":{"totalCount":0}}}'));
    });
    await new Promise<void>((resolve) => membership.listen(0, '127.0.0.1', resolve));
    const config = testGatewayConfig({ membership: `http://127.0.0.1:${(membership.address() as AddressInfo).port}/graphql` }, 5000);
    gateway = await createGateway({
      config: { ...config, subgraphSecrets: { ...config.subgraphSecrets, membership: GATEWAY_SECRET } },
      logger: createLogger('test', 'silent'),
    });
  });
  afterAll(async () => {
    await gateway.stop();
    membership.closeAllConnections();
    await new Promise((resolve) => membership.close(resolve));
  });

  it('is its own secret, the verified caller’s token and the request id, and no header the client made up', async () => {
    const token = await testTokens.secretariat();
    const answer = await postGraphQL(gateway.url, `{ members { totalCount } }`, {
      token,
      headers: { ...forgedHeaders('forged-by-the-client'), 'x-request-id': 'request-42' },
    });
    expect(answer.errors).toBeUndefined();
    expect(received).toHaveLength(1);
    const headers = received[0]!;
    expect(headers[SUBGRAPH_SECRET_HEADER]).toBe(GATEWAY_SECRET);
    expect(headers.authorization).toBe(`Bearer ${token}`);
    expect(headers['x-request-id']).toBe('request-42');
    for (const name of Object.keys(forgedHeaders('')).filter((header) => header !== SUBGRAPH_SECRET_HEADER)) expect(headers).not.toHaveProperty(name);
    expect(JSON.stringify(headers)).not.toMatch(/forged-by-the-client|intruder/);
  });
});
