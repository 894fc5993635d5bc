import { request, type ClientRequest } from 'node:http';
import { dataOf, graphql, subgraphSecretHeader, testEnvironment, testTokens } from '@wego/testing';
import { startGraphProcesses, type GraphProcesses, type GraphProcessName } from '../support/graph-processes';

const GRACEFUL_MEMBERS = graphql(`query GracefulMembers { members(filter: { nameContains: "Graceful" }) { totalCount } }`);

let graph: GraphProcesses;

// Four node processes and three setups: slow on a busy machine.
beforeAll(async () => {
  graph = await startGraphProcesses();
}, 120000);
afterAll(() => graph.stopAll());

/** A request whose body is only half sent: in flight until `finish` sends the rest. */
function halfSentRequest(url: string, body: string, token: string): { answer: Promise<{ status: number; body: string }>; finish(): void } {
  let outgoing: ClientRequest | undefined;
  const answer = new Promise<{ status: number; body: string }>((resolve, reject) => {
    const headers = {
      'content-type': 'application/json',
      authorization: `Bearer ${token}`,
      'content-length': Buffer.byteLength(body),
      // Sent to membership directly, as the gateway would.
      ...subgraphSecretHeader(testEnvironment().subgraphSecrets.membership),
    };
    outgoing = request(url, { method: 'POST', headers }, (response) => {
      let text = '';
      response.on('data', (chunk: Buffer) => (text += chunk.toString()));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body: text }));
    });
    outgoing.on('error', reject);
    outgoing.write(body.slice(0, 20));
  });
  return { answer, finish: () => outgoing?.end(body.slice(20)) };
}

describe('SIGTERM', () => {
  it('stops taking new requests, finishes the one in flight (a write), closes the pool and exits 0', async () => {
    const name = 'Graceful City';
    const inFlight = halfSentRequest(
      graph.urlOf('membership'),
      JSON.stringify({ query: `mutation { registerMember(input: { name: "${name}", category: FULL, kind: CITY, countryCode: "KR" }) { id name } }` }),
      await testTokens.secretariat(),
    );
    await new Promise((resolve) => setTimeout(resolve, 200));
    const membership = graph.process('membership');
    membership.child.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 300));
    await expect(fetch(graph.urlOf('membership').replace(/graphql$/, 'health'))).rejects.toThrow();

    inFlight.finish();
    const answer = await inFlight.answer;
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body).data.registerMember.name).toBe(name);
    expect(await membership.exited).toBe(0);

    await graph.start('membership');
    const stored = await graph.query(GRACEFUL_MEMBERS);
    expect(dataOf(stored).members.totalCount).toBe(1);
  });

  it('stops every process of the graph with exit code 0', async () => {
    const names: GraphProcessName[] = ['gateway', 'governance', 'regional-offices', 'membership'];
    const codes = await Promise.all(names.map((name) => graph.stop(name)));
    expect(codes).toEqual([0, 0, 0, 0]);
  });
});
