import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { createGatewayRuntime } from '@graphql-hive/gateway-runtime';
import { SUPERGRAPH_PATH } from '@wego/gateway/src/subgraphs';
import type { SubgraphName } from '@wego/config';
import { postGraphQL, subgraphSecretHeader, testTokens } from '@wego/testing';
import { FOUNDING_MEMBERS_AND_OFFICES } from './support/founding-query';
import { startGraph, type GraphUnderTest } from './support/graph-under-test';

/** The committed supergraph, served unchanged but for the subgraph URLs, by a second gateway. */
let graph: GraphUnderTest;
let hive: Server;
let hiveUrl: string;
beforeAll(async () => {
  graph = await startGraph();
  let supergraph = readFileSync(SUPERGRAPH_PATH, 'utf8');
  for (const [name, port] of [['membership', 4001], ['governance', 4002], ['regional-offices', 4003]] as const) {
    supergraph = supergraph.replace(`http://localhost:${port}/graphql`, graph.subgraphs[name].host.url);
  }
  const runtime = createGatewayRuntime({
    supergraph,
    logging: false,
    propagateHeaders: {
      // Like ours, Hive Gateway presents each subgraph its own secret; the caller's token alone would be refused.
      fromClientToSubgraphs: ({ request, subgraphName }) => {
        const secret = { ...subgraphSecretHeader(graph.secrets[subgraphName as SubgraphName]) };
        const authorization = request.headers.get('authorization');
        return authorization ? { ...secret, authorization } : secret;
      },
    },
  });
  hive = createServer(runtime);
  await new Promise<void>((resolve) => hive.listen(0, '127.0.0.1', resolve));
  hiveUrl = `http://127.0.0.1:${(hive.address() as AddressInfo).port}/graphql`;
});
afterAll(async () => {
  await new Promise((resolve) => hive.close(resolve));
  await graph.stop();
});

describe('the supergraph served by Hive Gateway', () => {
  it('answers the README query as @apollo/gateway does', async () => {
    const ours = await graph.query(FOUNDING_MEMBERS_AND_OFFICES);
    const theirs = await postGraphQL(hiveUrl, FOUNDING_MEMBERS_AND_OFFICES);
    expect(theirs.errors).toBeUndefined();
    expect(theirs.data).toEqual(ours.data);
  });

  it('resolves fees through the serving office (@requires chain) for office staff', async () => {
    const [{ id: chengdu }] = await graph.subgraphs.membership.dataSource.query(`SELECT id FROM membership.member WHERE name = 'Chengdu'`);
    const query = `query($id: ID!) { member(id: $id) { name office { id } fees { year } feesFullyPaid } }`;
    const answer = await postGraphQL(hiveUrl, query, { variables: { id: chengdu }, token: await testTokens.office('east-asia') });
    expect(answer.errors).toBeUndefined();
    expect(answer.data.member).toEqual({ name: 'Chengdu', office: { id: 'east-asia' }, fees: [], feesFullyPaid: true });
  });
});
