import { randomBytes } from 'node:crypto';
import { KNOWN_OPERATIONS } from '@wego/observability';
import { testTokens } from '@wego/testing';
import { startGraphProcesses, type GraphProcesses, type GraphProcessName } from '../support/graph-processes';
import { FOUNDING_MEMBERS_AND_OFFICES } from '../support/founding-query';
import { sampleSum, scrape, type Sample } from '../support/prometheus-text';

const NAMED_README_QUERY = `query FoundingMembersAndOffices ${FOUNDING_MEMBERS_AND_OFFICES}`;
const SUBGRAPHS = ['membership', 'governance', 'regional-offices'] as const;
const ALL: readonly GraphProcessName[] = ['gateway', ...SUBGRAPHS];
const HTTP = 'http_server_request_duration_seconds_count';

let graph: GraphProcesses;

// A rate limit of 2 a minute, so that the test can show /metrics is not counted by it.
beforeAll(async () => {
  graph = await startGraphProcesses({ env: { RATE_LIMIT_PER_MINUTE: '2' } });
}, 120000);
afterAll(() => graph.stopAll());

async function scrapeAll(): Promise<Record<GraphProcessName, Sample[]>> {
  const entries = await Promise.all(ALL.map(async (name) => [name, await scrape(graph.urlOf(name))] as const));
  return Object.fromEntries(entries) as Record<GraphProcessName, Sample[]>;
}

describe('/metrics on every process', () => {
  it('answers without a token or secret, in the Prometheus text format, with the default process metrics', async () => {
    for (const name of ALL) {
      const response = await fetch(graph.urlOf(name).replace(/graphql$/, 'metrics'));
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
      const text = await response.text();
      expect(text).toMatch(/^# TYPE process_cpu_seconds_total counter$/m);
      expect(text).toMatch(/^# TYPE http_server_request_duration_seconds histogram$/m);
    }
  });

  it('is never rate-limited, where /graphql is', async () => {
    const offices = graph.urlOf('regional-offices');
    for (let i = 0; i < 10; i += 1) expect((await fetch(offices.replace(/graphql$/, 'metrics'))).status).toBe(200);
    const token = await testTokens.office('east-asia');
    const statuses: number[] = [];
    for (let i = 0; i < 3; i += 1) {
      const response = await fetch(offices, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: '{ offices { id } }' }),
      });
      statuses.push(response.status);
    }
    expect(statuses).toEqual([200, 200, 429]);
    expect((await fetch(offices.replace(/graphql$/, 'metrics'))).status).toBe(200);
  });

  it('counts each request by route template, status and known operation; each subgraph call on both sides', async () => {
    const before = await scrapeAll();
    const asked = 3;
    for (let i = 0; i < asked; i += 1) expect((await graph.query(NAMED_README_QUERY)).errors).toBeUndefined();
    expect((await fetch(graph.urlOf('gateway').replace(/graphql$/, 'no-such-page'))).status).toBe(404);
    const after = await scrapeAll();

    const moved = (name: GraphProcessName, metric: string, labels: Record<string, string>) => sampleSum(after[name], metric, labels) - sampleSum(before[name], metric, labels);
    expect(moved('gateway', HTTP, { method: 'POST', route: '/graphql', status_code: '200', operation: 'FoundingMembersAndOffices' })).toBe(asked);
    expect(moved('gateway', HTTP, { route: '/graphql' })).toBe(asked);
    // A path nobody serves is one series, never the path as sent.
    expect(moved('gateway', HTTP, { method: 'GET', route: 'unmatched', status_code: '404' })).toBe(1);
    expect(after.gateway.some((sample) => JSON.stringify(sample.labels).includes('no-such-page'))).toBe(false);
    expect(moved('gateway', 'http_server_request_duration_seconds_sum', { route: '/graphql' })).toBeGreaterThan(0);

    for (const subgraph of SUBGRAPHS) {
      // What the gateway timed as calls to a subgraph is exactly what that subgraph answered.
      const calls = moved('gateway', 'wego_subgraph_request_duration_seconds_count', { subgraph });
      expect(calls).toBeGreaterThanOrEqual(asked);
      expect(calls % asked).toBe(0);
      expect(moved(subgraph, HTTP, { method: 'POST', route: '/graphql', status_code: '200', operation: 'FoundingMembersAndOffices' })).toBe(calls);
      expect(moved(subgraph, HTTP, { route: '/graphql' })).toBe(calls);
    }
    expect(sampleSum(after.gateway, 'wego_subgraph_request_duration_seconds_count')).toBeGreaterThan(0);
    for (const subgraph of SUBGRAPHS) expect(after[subgraph].some((sample) => sample.name.startsWith('wego_subgraph_request'))).toBe(false);
  });

  it('shows each subgraph\'s pool as idle, busy and waiting connections', async () => {
    const after = await scrapeAll();
    for (const subgraph of SUBGRAPHS) {
      const pool = after[subgraph].filter((sample) => sample.name === 'wego_db_pool_connections');
      expect(pool.map((sample) => sample.labels.state).sort()).toEqual(['busy', 'idle', 'waiting']);
      for (const sample of pool) expect(Number.isInteger(sample.value) && sample.value >= 0).toBe(true);
      // The subgraph answered queries a moment ago: its pool holds at least one connection.
      expect(sampleSum(pool, 'wego_db_pool_connections')).toBeGreaterThanOrEqual(1);
    }
    expect(after.gateway.some((sample) => sample.name === 'wego_db_pool_connections')).toBe(false);
  });

  it('never takes an operation name outside the allow-list as a label: it is counted as other', async () => {
    const evil = `Evil_${randomBytes(6).toString('hex')}`;
    expect(KNOWN_OPERATIONS.has(evil)).toBe(false);
    const before = await scrapeAll();
    const answer = await graph.query(`query ${evil} { offices { id } }`);
    expect(answer.errors).toBeUndefined();
    const unnamed = await graph.query('{ offices { id } }');
    expect(unnamed.errors).toBeUndefined();
    const after = await scrapeAll();

    const moved = (name: GraphProcessName, labels: Record<string, string>) => sampleSum(after[name], HTTP, labels) - sampleSum(before[name], HTTP, labels);
    expect(moved('gateway', { route: '/graphql', operation: 'other' })).toBe(2);
    expect(moved('regional-offices', { route: '/graphql', operation: 'other' })).toBe(2);
    for (const name of ALL) {
      for (const sample of after[name]) {
        expect(JSON.stringify(sample.labels)).not.toContain('Evil_');
        if (sample.labels.operation !== undefined) expect([...KNOWN_OPERATIONS, 'other']).toContain(sample.labels.operation);
      }
    }
  });
});
