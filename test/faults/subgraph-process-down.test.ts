import { dataOf, graphql, type GraphQLResponse, type ResultOf } from '@wego/testing';
import { startGraphProcesses, type GraphProcesses } from '../support/graph-processes';

/** Offices come from regional-offices, the members each serves from membership. */
const OFFICES_AND_MEMBERS = graphql(`query OfficesAndMembers { offices { id members(first: 1) { totalCount } } }`);

let graph: GraphProcesses;

// Four node processes and three setups: slow on a busy machine.
beforeAll(async () => {
  graph = await startGraphProcesses({ names: ['governance', 'regional-offices', 'gateway'] });
}, 120000);
afterAll(() => graph.stopAll());

function expectMembersMissing(answer: GraphQLResponse<ResultOf<typeof OFFICES_AND_MEMBERS>>): void {
  expect(answer.status).toBe(200);
  const { offices } = dataOf(answer);
  expect(offices).toHaveLength(5);
  expect(offices.every((office) => office.members === null)).toBe(true);
  expect(answer.errors![0]!.extensions).toMatchObject({ code: 'UNAVAILABLE', retryable: true });
  expect(JSON.stringify(answer.errors)).not.toMatch(/127\.0\.0\.1|localhost|ECONNREFUSED|:\d{4,5}/);
}

describe('a subgraph process down', () => {
  it('does not keep the gateway from starting; it answers the rest, with a masked error for the missing part', async () => {
    expect(await graph.healthOf('gateway')).toBe(200);
    expectMembersMissing(await graph.query(OFFICES_AND_MEMBERS));
  });

  it('is served again as soon as the process is up, without touching the gateway', async () => {
    await graph.start('membership');
    const answer = await graph.query(OFFICES_AND_MEMBERS);
    expect(answer.errors).toBeUndefined();
    expect(dataOf(answer).offices.reduce((sum, office) => sum + (office.members?.totalCount ?? 0), 0)).toBe(50);
  });

  it('stopped and restarted: partial while it is down, whole once it is back', async () => {
    expect(await graph.stop('membership')).toBe(0);
    expectMembersMissing(await graph.query(OFFICES_AND_MEMBERS));
    await graph.start('membership');
    expect((await graph.query(OFFICES_AND_MEMBERS)).errors).toBeUndefined();
  });
});
