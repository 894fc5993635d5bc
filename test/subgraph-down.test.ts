import { FOUNDING_MEMBERS_AND_OFFICES } from './support/founding-query';
import { startGraph, type GraphUnderTest } from './support/graph-under-test';

let graph: GraphUnderTest;
beforeAll(async () => {
  graph = await startGraph();
  await graph.subgraphs.governance.host.stop();
});
afterAll(() => graph.stop());

describe('a subgraph that is down', () => {
  it('nulls only its own part of an answer, with a coded error that names no host', async () => {
    const answer = await graph.query(FOUNDING_MEMBERS_AND_OFFICES);
    expect(answer.status).toBe(200);
    expect(answer.data.members.totalCount).toBe(50);
    expect(answer.data.offices).toHaveLength(5);
    for (const edge of answer.data.members.edges) {
      expect(edge.node.office).not.toBeNull();
      expect(edge.node.mandates).toBeNull();
    }
    expect(answer.errors!.length).toBeGreaterThan(0);
    for (const error of answer.errors!) {
      expect(error.extensions).toMatchObject({ code: 'UNAVAILABLE', retryable: true });
      expect(error.message).toBe('The governance service did not answer; try again shortly.');
      expect(JSON.stringify(error)).not.toMatch(/localhost|127\.0\.0\.1|ECONNREFUSED/);
    }
  });
});
