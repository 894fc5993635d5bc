import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { processOutput } from '@wego/local-stack/src/process-output';
import { startNodeProcess, stopProcesses, waitUntilHealthy } from '@wego/local-stack/src/processes';
import { childProcessEnvironment, testPort } from '@wego/testing';
import { FOUNDING_MEMBERS_AND_OFFICES } from '../support/founding-query';
import { startGraphProcesses, type GraphProcesses } from '../support/graph-processes';
import { startOtlpReceiver, type OtlpReceiver } from '../support/otlp-receiver';

const RECORDER = join(__dirname, '..', 'support', 'outbound-recorder.cjs');
const GATEWAY_MAIN = join(dirname(require.resolve('@wego/gateway/package.json')), 'dist', 'main.js');
const LOOPBACK = ['127.0.0.1', 'localhost', '::1'];

interface Outbound {
  pid: number;
  script: string;
  kind: 'connect' | 'ipc' | 'lookup' | 'udp' | 'apollo-gateway-loaded';
  host?: string;
  path?: string;
  apolloTelemetryDisabled?: string | null;
}

let folder: string;
let receiver: OtlpReceiver;
let graph: GraphProcesses;

function recorded(file: string): Outbound[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as Outbound);
}

const recorderOptions = (file: string) => ({ NODE_OPTIONS: `--require ${RECORDER}`, WEGO_OUTBOUND_RECORD: file });

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'wego-outbound-'));
  receiver = await startOtlpReceiver({ keep: false });
  // Tracing on, to a receiver on this machine: the only endpoint besides the graph's own and Postgres.
  graph = await startGraphProcesses({
    env: { ...recorderOptions(join(folder, 'graph.jsonl')), OTEL_EXPORTER_OTLP_ENDPOINT: receiver.endpoint, OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json', OTEL_BSP_SCHEDULE_DELAY: '100' },
  });
}, 120000);
afterAll(async () => {
  await graph.stopAll();
  await receiver.stop();
  rmSync(folder, { recursive: true, force: true });
});

describe('nothing leaves the machine unasked', () => {
  it('serves the README query with no connection or lookup beyond this machine, the database and the trace receiver', async () => {
    const answer = await graph.query(FOUNDING_MEMBERS_AND_OFFICES);
    expect(answer.errors).toBeUndefined();
    // Time for the spans to be exported, and for anything started in the background to show itself.
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const outbound = recorded(join(folder, 'graph.jsonl'));

    // The recorder ran in every process: each connected somewhere (the gateway to the subgraphs, the subgraphs to Postgres).
    for (const name of ['gateway', 'membership', 'governance', 'regional-offices']) {
      expect(outbound.some((entry) => entry.kind === 'connect' && entry.script.includes(`${name}${'/'}dist${'/'}main.js`))).toBe(true);
    }
    const allowed = new Set([...LOOPBACK, new URL(graph.databaseUrl).hostname, new URL(receiver.endpoint).hostname]);
    // A server listening on every interface looks up 0.0.0.0 for its own address: that goes nowhere.
    const listening = (entry: Outbound) => entry.kind === 'lookup' && entry.host === '0.0.0.0';
    const beyond = outbound.filter((entry) => ['connect', 'lookup', 'udp'].includes(entry.kind) && !allowed.has(entry.host ?? '') && !listening(entry));
    expect(beyond).toEqual([]);
  });

  it('starts the gateway with Apollo\'s telemetry off, before @apollo/gateway loads', () => {
    const loaded = recorded(join(folder, 'graph.jsonl')).filter((entry) => entry.kind === 'apollo-gateway-loaded');
    expect(loaded.length).toBeGreaterThan(0);
    for (const entry of loaded) expect(entry.apolloTelemetryDisabled).toBe('true');
  });

  it('leaves Apollo\'s telemetry to an operator who opts in with WEGO_APOLLO_TELEMETRY=true', async () => {
    const file = join(folder, 'opted-in.jsonl');
    const port = await testPort();
    const env = childProcessEnvironment({
      ...recorderOptions(file),
      WEGO_APOLLO_TELEMETRY: 'true',
      LOG_LEVEL: 'error',
      GATEWAY_PORT: String(port),
      MEMBERSHIP_URL: graph.urlOf('membership'),
      GOVERNANCE_URL: graph.urlOf('governance'),
      REGIONAL_OFFICES_URL: graph.urlOf('regional-offices'),
    });
    delete env.APOLLO_TELEMETRY_DISABLED;
    const gateway = startNodeProcess('gateway (telemetry on)', GATEWAY_MAIN, env);
    try {
      await waitUntilHealthy(`http://127.0.0.1:${port}/health`, 30000, () => gateway.child.exitCode === null);
      const loaded = recorded(file).filter((entry) => entry.kind === 'apollo-gateway-loaded');
      expect(loaded.length).toBeGreaterThan(0);
      for (const entry of loaded) expect(entry.apolloTelemetryDisabled).toBeNull();
      // What the default keeps from happening: @apollo/gateway probes the clouds' metadata services at start.
      const deadline = Date.now() + 15000;
      const probes = () => recorded(file).filter((entry) => entry.kind === 'connect' && !LOOPBACK.includes(entry.host ?? ''));
      while (probes().length === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 200));
      expect(probes().length).toBeGreaterThan(0);
    } finally {
      await stopProcesses([gateway], 5000);
    }
  });

  it('refuses an opt-in that is not a boolean', async () => {
    const port = await testPort();
    const env = childProcessEnvironment({ WEGO_APOLLO_TELEMETRY: 'maybe', GATEWAY_PORT: String(port) });
    const lines: string[] = [];
    const collected = { write: (text: string) => lines.push(text) };
    const gateway = startNodeProcess('gateway (bad opt-in)', GATEWAY_MAIN, env, processOutput(collected, collected, { colour: false }));
    expect(await gateway.exited).toBe(1);
    expect(lines.join('\n')).toMatch(/WEGO_APOLLO_TELEMETRY/);
  });
});
