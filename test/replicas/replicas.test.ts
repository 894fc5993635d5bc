import type { DataSource } from 'typeorm';
import { createSubgraphDataSource } from '@wego/database';
import { accepted, postGraphQL, subgraphSecretHeader, testEnvironment, testTokens, type GraphQLResponse } from '@wego/testing';
import { startFailoverLoad } from '../support/failover-load';
import { expectSeatsLeftTaken, prepareCommitteeRace } from '../support/committee-race';
import { GovernanceDesk } from '../support/governance-desk';
import { SUBGRAPHS } from '../support/graph-processes';
import { INSTANCES, startReplicatedGraph, type Instance, type ReplicatedGraph } from '../support/replicated-graph';

/** The statute's twenty (G8), and the results racing for the last seats, as in test/governance/committee-limit.test.ts. */
const SEATS = 20;
const CONCURRENT_RESULTS = 20;
const ROUNDS = 3;
const ELECTED_BEFORE_THE_RACE = 10;
const TODAY = '2080-01-01';

const REGISTER = `mutation($input: RegisterMemberInput!, $key: String) { registerMember(input: $input, idempotencyKey: $key) { id name } }`;

let graph: ReplicatedGraph;
let admin: DataSource;
let desk: GovernanceDesk;
let founders: string[];

// Eight node processes, three setups and nginx, started at once.
beforeAll(async () => {
  graph = await startReplicatedGraph({ env: { WEGO_TODAY: TODAY, EXCOM_MAX_SEATS: String(SEATS) } });
  admin = await createSubgraphDataSource({ url: graph.databaseUrl, schema: 'public', entities: [], migrations: [], poolSize: 2 }).initialize();
  desk = await GovernanceDesk.asSecretariat(graph.query);
  founders = [...(await desk.memberIds()).values()];
}, 90000);
afterAll(async () => {
  await admin?.destroy();
  await graph?.stop();
});

const count = async (sql: string, parameters: unknown[] = []): Promise<number> => (await admin.query(sql, parameters))[0].n;

/** How many of the requests nginx passed on since `from` each instance of `pool` answered, by instance. */
function servedSince(from: number, pool: 'gateway' | (typeof SUBGRAPHS)[number]): Record<Instance, number> {
  const served = graph.balancer.proxied().slice(from).filter((request) => request.pool === pool);
  const byInstance = { 1: 0, 2: 0 } as Record<Instance, number>;
  for (const instance of INSTANCES) byInstance[instance] = served.filter((request) => request.triedPorts.at(-1) === graph.portOf(pool, instance)).length;
  return byInstance;
}

/**
 * As servedSince, once the access log holds `expected` requests of the pool or two seconds have
 * passed: nginx writes a request's line only after its answer has left, so the caller may read the
 * answer before the line is there.
 */
async function settledServedSince(from: number, pool: 'gateway' | (typeof SUBGRAPHS)[number], expected: number): Promise<Record<Instance, number>> {
  const deadline = Date.now() + 2000;
  let served = servedSince(from, pool);
  while (served[1] + served[2] < expected && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    served = servedSince(from, pool);
  }
  return served;
}

describe('G8 with results raced through two gateways onto two governance instances', () => {
  for (let round = 0; round < ROUNDS; round += 1) {
    it(`keeps the Executive Committee within ${SEATS} members (round ${round + 1} of ${ROUNDS})`, async () => {
      const { opensOn, meetingId, racing } = await prepareCommitteeRace(desk, {
        round,
        members: founders,
        seatedCount: ELECTED_BEFORE_THE_RACE,
        racingCount: CONCURRENT_RESULTS,
      });
      const before = await count('SELECT count(*)::int AS n FROM governance.mandate');
      const logFrom = graph.balancer.proxied().length;

      const answers = await Promise.all(racing.map((memberId) => desk.recordElectionResult(meetingId, 'EXECUTIVE_COMMITTEE_MEMBER', [memberId])));

      // Both gateways took results, and both governance instances decided some.
      const gateways = await settledServedSince(logFrom, 'gateway', CONCURRENT_RESULTS);
      const governance = await settledServedSince(logFrom, 'governance', CONCURRENT_RESULTS);
      process.stdout.write(`round ${round + 1}: results by gateway ${JSON.stringify(gateways)}, by governance instance ${JSON.stringify(governance)}\n`);
      for (const instance of INSTANCES) {
        expect(gateways[instance]).toBeGreaterThan(0);
        expect(governance[instance]).toBeGreaterThan(0);
      }
      expect(governance[1] + governance[2]).toBe(CONCURRENT_RESULTS);

      const seatsLeft = SEATS - 1 - ELECTED_BEFORE_THE_RACE;
      expectSeatsLeftTaken(answers, seatsLeft);
      expect(await count('SELECT count(*)::int AS n FROM governance.mandate')).toBe(before + seatsLeft);
      const members = new Set((await desk.committeeOn(opensOn)).map((mandate) => mandate.member.id));
      expect(members.size).toBe(SEATS);
    });
  }
});

describe('an idempotent retry that reaches the other instance', () => {
  const input = { name: 'Replica Retry City', category: 'FULL', kind: 'CITY', countryCode: 'KR' };
  const key = 'replica-retry-1';
  let first: GraphQLResponse;
  let other: Instance;

  /** Sent straight to one membership instance, with its secret, as the gateway sends it. */
  const toInstance = async (instance: Instance, variables: Record<string, unknown>): Promise<GraphQLResponse> =>
    postGraphQL(graph.instanceUrl('membership', instance), REGISTER, {
      variables,
      token: await testTokens.secretariat(),
      headers: subgraphSecretHeader(testEnvironment().subgraphSecrets.membership),
    });

  beforeAll(async () => {
    const logFrom = graph.balancer.proxied().length;
    first = await graph.gateway(1)(REGISTER, { variables: { input, key }, token: await testTokens.secretariat() });
    accepted(first);
    const served = await settledServedSince(logFrom, 'membership', 1);
    expect(served[1] + served[2]).toBe(1);
    other = served[1] === 1 ? 2 : 1;
  });

  it('answers the first answer, and the member is stored once with one key', async () => {
    const retry = await toInstance(other, { input, key });
    accepted(retry);
    expect(retry.data.registerMember).toEqual(first.data.registerMember);
    // And through the other gateway, wherever nginx sends it.
    const third = await graph.gateway(2)(REGISTER, { variables: { input, key }, token: await testTokens.secretariat() });
    expect(third.data.registerMember).toEqual(first.data.registerMember);

    expect(await count(`SELECT count(*)::int AS n FROM membership.member WHERE name = $1`, [input.name])).toBe(1);
    expect(await count(`SELECT count(*)::int AS n FROM membership.idempotency_key WHERE key = $1`, [key])).toBe(1);
  });

  it('refuses the same key with other arguments on the other instance, and writes nothing', async () => {
    const reused = await toInstance(other, { input: { ...input, name: 'Replica Retry Town' }, key });
    expect(reused.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', retryable: false });
    expect(reused.data ?? null).toBeNull();
    expect(await count(`SELECT count(*)::int AS n FROM membership.member WHERE name LIKE 'Replica Retry %'`)).toBe(1);
    expect(await count(`SELECT count(*)::int AS n FROM membership.idempotency_key WHERE key = $1`, [key])).toBe(1);
  });
});

describe('one instance of each subgraph stopped under load', () => {
  it('loses no acknowledged write and stores none twice, while nginx sends the rest to the instances left', async () => {
    const label = `Failover ${Date.now().toString(36)}`;
    const meeting = await desk.scheduleMeeting('EXECUTIVE_COMMITTEE', '2079-06-01', founders[0]!, { regular: false });
    accepted(meeting);
    const logFrom = graph.balancer.proxied().length;
    const began = Date.now();
    const load = startFailoverLoad(graph.query, {
      token: await testTokens.secretariat(),
      meetingId: meeting.data.scheduleMeeting.id,
      memberWriters: 3,
      decisionWriters: 2,
      readers: 2,
      label,
    });
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const codes = await Promise.all(SUBGRAPHS.map((name) => graph.stopInstance(name, 1)));
    const stoppedAfter = Date.now() - began;
    // Past nginx's fail_timeout (2 s), so that it tries the stopped instances again and fails over.
    await new Promise((resolve) => setTimeout(resolve, 4000));
    const report = await load.stop();

    const proxied = graph.balancer.proxied().slice(logFrom);
    const failedOver = proxied.filter((request) => request.triedPorts.length > 1).length;
    const answeredAfterStop = report.acknowledged.filter((write) => write.at > stoppedAfter);
    process.stdout.write(
      [
        `load with one instance of each subgraph stopped after ${stoppedAfter} ms (exit codes ${codes.join(', ')})`,
        `  writes acknowledged  ${report.acknowledged.length} (${answeredAfterStop.length} after the stop)`,
        `  writes refused       ${report.refused.length}, abandoned ${report.abandoned.length}`,
        `  retries by cause     ${JSON.stringify(report.retriesBy)}`,
        `  reads                ${report.reads.answered} answered, ${report.reads.failed} failed`,
        `  nginx                ${proxied.length} requests passed on, ${failedOver} failed over to the other instance`,
        '',
      ].join('\n'),
    );

    expect(codes).toEqual([0, 0, 0]);
    expect(report.refused).toEqual([]);
    expect(report.abandoned).toEqual([]);
    expect(failedOver).toBeGreaterThan(0);
    for (const stream of ['member', 'decision'] as const) {
      expect(answeredAfterStop.filter((write) => write.stream === stream).length).toBeGreaterThan(0);
    }
    expect(report.reads.answered).toBeGreaterThan(0);

    const stored = async (sql: string): Promise<Map<string, string[]>> => {
      const rows: Array<{ name: string; id: string }> = await admin.query(sql, [`${label} %`]);
      const byName = new Map<string, string[]>();
      for (const row of rows) byName.set(row.name, [...(byName.get(row.name) ?? []), row.id]);
      return byName;
    };
    const members = await stored(`SELECT name, id::text AS id FROM membership.member WHERE name LIKE $1`);
    const decisions = await stored(`SELECT title AS name, id::text AS id FROM governance.decision WHERE title LIKE $1`);
    for (const write of report.acknowledged) {
      expect({ name: write.name, ids: (write.stream === 'member' ? members : decisions).get(write.name) }).toEqual({ name: write.name, ids: [write.id] });
    }
    // Every write was acknowledged (none refused or abandoned), so nothing else may be stored.
    const acknowledgedOf = (stream: string) => report.acknowledged.filter((write) => write.stream === stream).length;
    expect([members.size, decisions.size]).toEqual([acknowledgedOf('member'), acknowledgedOf('decision')]);
    expect(await count(`SELECT count(*)::int AS n FROM membership.idempotency_key WHERE key LIKE $1`, [`${label}-member-%`])).toBe(acknowledgedOf('member'));
    expect(await count(`SELECT count(*)::int AS n FROM governance.idempotency_key WHERE key LIKE $1`, [`${label}-decision-%`])).toBe(acknowledgedOf('decision'));
  });
});
