import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { OPERATION_LIMIT_DEFAULTS } from '@wego/config';
import { createGateway } from '@wego/gateway/src/server';
import { createLogger, type GraphQLHost } from '@wego/server';
import { graphql, graphQLCaller, testEnvironment, testTokens, type GraphQLCaller } from '@wego/testing';

type Behaviour = 'hang' | 'reset' | 'fail';

/** A stand-in for a subgraph that misbehaves, counting the requests it receives. */
interface MisbehavingSubgraph {
  url: string;
  requests: number;
  close(): Promise<void>;
}

async function misbehavingSubgraph(behaviour: Behaviour): Promise<MisbehavingSubgraph> {
  const stub = { requests: 0 };
  const server: Server = createServer((request, response) => {
    stub.requests += 1;
    request.resume();
    if (behaviour === 'reset') request.socket.destroy();
    if (behaviour === 'fail') response.writeHead(500, { 'content-type': 'text/plain' }).end('crashed at db.internal:5432');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    get requests() {
      return stub.requests;
    },
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

const TIMEOUT_MS = 1000;
const LEAKS = /127\.0\.0\.1|localhost|:\d{4,5}|db\.internal|ECONNRESET|socket hang up|aborted/i;
let hanging: MisbehavingSubgraph;
let resetting: MisbehavingSubgraph;
let failing: MisbehavingSubgraph;
let gateway: GraphQLHost;
let query: GraphQLCaller;

beforeAll(async () => {
  [hanging, resetting, failing] = await Promise.all([misbehavingSubgraph('hang'), misbehavingSubgraph('reset'), misbehavingSubgraph('fail')]);
  gateway = await createGateway({
    config: {
      identity: testEnvironment().shared.identity,
      environment: 'test',
      port: 0,
      host: '127.0.0.1',
      subgraphTimeoutMs: TIMEOUT_MS,
      operationLimits: OPERATION_LIMIT_DEFAULTS,
      subgraphSecrets: testEnvironment().subgraphSecrets,
      subgraphUrls: { membership: hanging.url, governance: resetting.url, 'regional-offices': failing.url },
    },
    logger: createLogger('test', 'silent'),
  });
  query = graphQLCaller(gateway.url);
});
afterAll(async () => {
  await gateway.stop();
  await Promise.all([hanging, resetting, failing].map((stub) => stub.close()));
});

describe('a subgraph that misbehaves', () => {
  it('does not hang the gateway when it never answers: UNAVAILABLE after the configured timeout', async () => {
    const startedAt = Date.now();
    const answer = await query(graphql(`query TimeoutMembers { members { totalCount } }`));
    const tookMs = Date.now() - startedAt;
    expect(tookMs).toBeGreaterThanOrEqual(TIMEOUT_MS - 50);
    expect(tookMs).toBeLessThan(TIMEOUT_MS + 2000);
    expect(answer.errors![0]!.extensions).toMatchObject({ code: 'UNAVAILABLE', retryable: true });
    expect(JSON.stringify(answer.errors)).not.toMatch(LEAKS);
  });

  it('is sent a mutation once, never again, when it drops the connection', async () => {
    const before = resetting.requests;
    const answer = await query(graphql(`mutation DroppedCancelMeeting { cancelMeeting(meetingId: "00000000-0000-4000-8000-000000000001") { id } }`), {
      token: await testTokens.secretariat(),
    });
    expect(resetting.requests - before).toBe(1);
    expect(answer.errors![0]!.extensions).toMatchObject({ code: 'UNAVAILABLE' });
    expect(JSON.stringify(answer.errors)).not.toMatch(LEAKS);
  });

  it('is sent a mutation once when it answers HTTP 500, and its text never reaches the client', async () => {
    const before = failing.requests;
    const answer = await query(graphql(`mutation FailingSetOfficeCoverage { setOfficeCoverage(officeId: "east-asia", countryCodes: ["CN"]) { id } }`), {
      token: await testTokens.secretariat(),
    });
    expect(failing.requests - before).toBe(1);
    expect(answer.errors![0]!.extensions).toMatchObject({ code: 'UNAVAILABLE' });
    expect(JSON.stringify(answer.errors)).not.toMatch(LEAKS);
  });
});
