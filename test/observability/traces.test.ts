import { randomBytes } from 'node:crypto';
import { testTokens } from '@wego/testing';
import { startGraphProcesses, type GraphProcesses, type GraphProcessName } from '../support/graph-processes';
import { FOUNDING_MEMBERS_AND_OFFICES } from '../support/founding-query';
import { startOtlpReceiver, type OtlpReceiver, type ReceivedSpan } from '../support/otlp-receiver';

const SERVER = 2;
const CLIENT = 3;
const SERVICES = ['wego-gateway', 'wego-membership', 'wego-governance', 'wego-regional-offices'];
const SUBGRAPH_SERVICES = ['wego-membership', 'wego-governance', 'wego-regional-offices'];
const SCHEDULE = 'mutation($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { id opensOn host { name } } }';

let receiver: OtlpReceiver;
let graph: GraphProcesses;
const logLines: Array<Record<string, unknown>> = [];

beforeAll(async () => {
  receiver = await startOtlpReceiver();
  graph = await startGraphProcesses({
    env: {
      OTEL_EXPORTER_OTLP_ENDPOINT: receiver.endpoint,
      OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json',
      OTEL_TRACES_SAMPLER: 'parentbased_always_on',
      // Spans leave within a tenth of a second rather than five.
      OTEL_BSP_SCHEDULE_DELAY: '100',
      LOG_LEVEL: 'info',
    },
  });
  for (const name of ['gateway', 'membership', 'governance', 'regional-offices'] as GraphProcessName[]) {
    graph.process(name).child.stderr!.on('data', (chunk: Buffer) => {
      for (const line of chunk.toString('utf8').split('\n')) if (line.startsWith('{')) logLines.push(JSON.parse(line) as Record<string, unknown>);
    });
  }
}, 120000);
// The receiver goes last: a process stopping sends its last spans first.
afterAll(async () => {
  await graph.stopAll();
  await receiver.stop();
});

function traceparent(): { header: string; traceId: string; parentId: string } {
  const traceId = randomBytes(16).toString('hex');
  const parentId = randomBytes(8).toString('hex');
  return { header: `00-${traceId}-${parentId}-01`, traceId, parentId };
}

const statementOf = (span: ReceivedSpan) => String(span.attributes['db.query.text'] ?? span.attributes['db.statement'] ?? '');
/** A span of one SQL statement (a pool's connect has no statement). */
const isSql = (span: ReceivedSpan) => (span.attributes['db.system'] === 'postgresql' || span.attributes['db.system.name'] === 'postgresql') && statementOf(span) !== '';

function spansOf(traceId: string): ReceivedSpan[] {
  return receiver.spans.filter((span) => span.traceId === traceId);
}

/** Whether `span` descends from `ancestor` within one trace. */
function descendsFrom(span: ReceivedSpan, ancestor: ReceivedSpan, trace: readonly ReceivedSpan[]): boolean {
  const byId = new Map(trace.map((each) => [each.spanId, each]));
  for (let parent = byId.get(span.parentSpanId); parent; parent = byId.get(parent.parentSpanId)) if (parent.spanId === ancestor.spanId) return true;
  return false;
}

/** Every subgraph server span's parent is a client span of `caller`; every SQL span descends from its subgraph's server span. */
function expectWellParented(trace: readonly ReceivedSpan[], service: string, caller: string): ReceivedSpan[] {
  const servers = trace.filter((span) => span.service === service && span.kind === SERVER);
  expect(servers.length).toBeGreaterThan(0);
  const byId = new Map(trace.map((span) => [span.spanId, span]));
  for (const server of servers) expect(byId.get(server.parentSpanId)).toMatchObject({ service: caller, kind: CLIENT });
  const statements = trace.filter((span) => span.service === service && isSql(span));
  for (const statement of statements) expect(servers.some((server) => descendsFrom(statement, server, trace))).toBe(true);
  return servers;
}

describe('one trace through the graph', () => {
  it('continues the caller\'s traceparent through the gateway to every subgraph and their SQL', async () => {
    const { header, traceId, parentId } = traceparent();
    const answer = await graph.query(FOUNDING_MEMBERS_AND_OFFICES, { headers: { traceparent: header } });
    expect(answer.errors).toBeUndefined();
    await receiver.waitFor(() => SERVICES.every((service) => spansOf(traceId).some((span) => span.service === service && span.kind === SERVER)) && spansOf(traceId).some(isSql));
    // Batches of one process may trail another's by a moment.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const trace = spansOf(traceId);

    const gatewayServer = trace.filter((span) => span.service === 'wego-gateway' && span.kind === SERVER);
    expect(gatewayServer).toHaveLength(1);
    expect(gatewayServer[0]!.parentSpanId).toBe(parentId);
    for (const service of SUBGRAPH_SERVICES) {
      const servers = expectWellParented(trace, service, 'wego-gateway');
      for (const server of servers) expect(descendsFrom(server, gatewayServer[0]!, trace)).toBe(true);
      expect(trace.some((span) => span.service === service && isSql(span))).toBe(true);
    }
    expect(trace.filter(isSql).some((span) => /^select/i.test(statementOf(span)))).toBe(true);

    // A log line of that request names its trace.
    await new Promise((resolve) => setTimeout(resolve, 200));
    const requestLines = logLines.filter((line) => line.traceId === traceId);
    for (const name of ['gateway', 'membership', 'governance', 'regional-offices']) {
      expect(requestLines.some((line) => line.process === name && line.message === 'request')).toBe(true);
    }
    // The span a line names is one of that trace's, of the process that wrote it.
    const spanIds = new Set(trace.map((span) => span.spanId));
    expect(requestLines.every((line) => spanIds.has(String(line.spanId)))).toBe(true);
    expect(logLines.filter((line) => line.message === 'request' && line.traceId !== undefined).every((line) => typeof line.spanId === 'string')).toBe(true);
  });

  it('carries a governance write on to membership, and writes no value into a statement\'s text', async () => {
    const { header, traceId } = traceparent();
    const members = await graph.query(`{ members(first: 200) { edges { node { id name } } } }`);
    const hostId = (members.data.members.edges as Array<{ node: { id: string; name: string } }>).find(({ node }) => node.name === 'Nanjing')!.node.id;
    const opensOn = '2031-04-21';
    const answer = await graph.query(SCHEDULE, {
      token: await testTokens.secretariat(),
      headers: { traceparent: header },
      variables: { input: { kind: 'EXECUTIVE_COMMITTEE', opensOn, hostMemberId: hostId } },
    });
    expect(answer.errors).toBeUndefined();
    expect(answer.data.scheduleMeeting).toMatchObject({ opensOn, host: { name: 'Nanjing' } });

    const calledByGovernance = (spans: readonly ReceivedSpan[]) => {
      const byId = new Map(spans.map((span) => [span.spanId, span]));
      return spans.some((span) => span.service === 'wego-membership' && span.kind === SERVER && byId.get(span.parentSpanId)?.service === 'wego-governance');
    };
    await receiver.waitFor(() => calledByGovernance(spansOf(traceId)) && spansOf(traceId).some((span) => span.service === 'wego-governance' && isSql(span)));
    await new Promise((resolve) => setTimeout(resolve, 500));
    const trace = spansOf(traceId);

    const governanceServers = expectWellParented(trace, 'wego-governance', 'wego-gateway');
    const byId = new Map(trace.map((span) => [span.spanId, span]));
    const askedByGovernance = trace.filter((span) => span.service === 'wego-membership' && span.kind === SERVER && byId.get(span.parentSpanId)?.service === 'wego-governance');
    expect(askedByGovernance.length).toBeGreaterThan(0);
    for (const server of askedByGovernance) {
      expect(byId.get(server.parentSpanId)!.kind).toBe(CLIENT);
      expect(governanceServers.some((governance) => descendsFrom(server, governance, trace))).toBe(true);
    }
    const statements = trace.filter((span) => span.service === 'wego-governance' && isSql(span)).map(statementOf);
    expect(statements.some((text) => /insert into/i.test(text))).toBe(true);
    for (const text of statements) {
      expect(text).not.toContain(opensOn);
      expect(text).not.toContain(hostId);
    }
  });

  it('sends no span for a scrape or a probe', async () => {
    const before = receiver.spans.length;
    await fetch(graph.urlOf('membership').replace(/graphql$/, 'metrics'));
    await fetch(graph.urlOf('gateway').replace(/graphql$/, 'readyz'));
    await new Promise((resolve) => setTimeout(resolve, 600));
    const since = receiver.spans.slice(before);
    expect(since.filter((span) => span.kind === SERVER)).toEqual([]);
  });
});
