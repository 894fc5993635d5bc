import autocannon from 'autocannon';
import { createMembershipDataSource } from '@wego/membership/dist/database';
import { graphql, testTokens, type ResultOf } from '@wego/testing';
import { FOUNDING_MEMBERS_AND_OFFICES } from '../support/founding-query';
import type { GraphProcesses, GraphProcessName } from '../support/graph-processes';

/** What a load-with-faults run measured. */
export interface LoadReport {
  seconds: number;
  requests: number;
  latency: { p50: number; p99: number };
  errorsByCode: Record<string, number>;
  writesAcknowledged: number;
  writesLost: number;
  writesDuplicated: number;
  leakedInternals: number;
  /** The first answer that leaked, cut short: what to look at. */
  leakSample: string;
  faults: string[];
}

/** One in so many requests is a write. */
const WRITE_EVERY = 4;
const LEAKS = /ECONNREFUSED|ECONNRESET|socket hang up|QueryFailedError|SELECT |INSERT |relation "|at \w+ \(|\/work\/|node_modules|127\.0\.0\.1|localhost|:\d{4,5}\b/i;
const REGISTER = graphql(`mutation LoadRegister($name: String!) { registerMember(input: { name: $name, category: FULL, kind: CITY, countryCode: "KR" }) { id name } }`);

interface ConnectionContext {
  writing?: string;
}

/**
 * Holds a mixed read/write load through the gateway for `seconds` while `restarted` is stopped
 * (SIGTERM) and started again in the middle; then checks each acknowledged write is stored exactly once.
 */
export async function runLoadWithFaults(
  graph: GraphProcesses,
  options: { seconds: number; connections: number; restarted: GraphProcessName },
): Promise<LoadReport> {
  const token = await testTokens.secretariat();
  const runId = Date.now().toString(36);
  const acknowledged = new Map<string, string>();
  const errorsByCode: Record<string, number> = {};
  const faults: string[] = [];
  let leakedInternals = 0;
  let leakSample = '';
  const noteLeak = (text: string): void => {
    if (!LEAKS.test(text)) return;
    leakedInternals += 1;
    if (!leakSample) leakSample = text.slice(0, 600);
  };
  let sequence = 0;

  const restart = (async () => {
    await new Promise((resolve) => setTimeout(resolve, (options.seconds * 1000) / 3));
    const code = await graph.stop(options.restarted);
    faults.push(`${options.restarted} stopped (exit ${code}) at ${(options.seconds / 3).toFixed(0)} s`);
    await new Promise((resolve) => setTimeout(resolve, 2000));
    await graph.start(options.restarted);
    faults.push(`${options.restarted} started again and healthy`);
  })();

  const result = await autocannon({
    url: graph.urlOf('gateway'),
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    connections: options.connections,
    duration: options.seconds,
    requests: [
      {
        setupRequest: (request, context: ConnectionContext) => {
          sequence += 1;
          if (sequence % WRITE_EVERY === 0) {
            const name = `Load ${runId} ${String(sequence).padStart(7, '0')}`;
            context.writing = name;
            return { ...request, body: JSON.stringify({ query: REGISTER.toString(), variables: { name } }) };
          }
          context.writing = undefined;
          return { ...request, body: JSON.stringify({ query: FOUNDING_MEMBERS_AND_OFFICES }) };
        },
        onResponse: (status, body, context: ConnectionContext) => {
          // A write's answer, or the README query's: the write's fields are then absent.
          let answer: { data?: Partial<ResultOf<typeof REGISTER>> | null; errors?: Array<{ extensions?: { code?: string } }> };
          try {
            answer = JSON.parse(body) as typeof answer;
          } catch {
            errorsByCode[`HTTP ${status} (not JSON)`] = (errorsByCode[`HTTP ${status} (not JSON)`] ?? 0) + 1;
            noteLeak(body);
            return;
          }
          // Internals would show in errors; data holds numbers (a count of 1052) that only look like ports.
          if (answer.errors) noteLeak(JSON.stringify(answer.errors));
          for (const error of answer.errors ?? []) {
            const code = error.extensions?.code ?? 'no code';
            errorsByCode[code] = (errorsByCode[code] ?? 0) + 1;
          }
          const written = answer.data?.registerMember;
          if (context.writing && written?.name === context.writing) acknowledged.set(written.name, written.id);
        },
      },
    ],
  });
  await restart;

  const membership = await createMembershipDataSource(graph.databaseUrl, { poolSize: 1 }).initialize();
  const rows: Array<{ name: string; id: string }> = await membership
    .query(`SELECT name, id::text AS id FROM membership.member WHERE name LIKE $1`, [`Load ${runId} %`])
    .finally(() => membership.destroy());
  const stored = new Map<string, string[]>();
  for (const row of rows) stored.set(row.name, [...(stored.get(row.name) ?? []), row.id]);
  let writesLost = 0;
  let writesDuplicated = 0;
  for (const [name, id] of acknowledged) {
    const copies = stored.get(name) ?? [];
    if (!copies.includes(id)) writesLost += 1;
    if (copies.length > 1) writesDuplicated += 1;
  }
  return {
    seconds: options.seconds,
    requests: result.requests.total,
    latency: { p50: result.latency.p50, p99: result.latency.p99 },
    errorsByCode,
    writesAcknowledged: acknowledged.size,
    writesLost,
    writesDuplicated,
    leakedInternals,
    leakSample,
    faults,
  };
}

export function printableReport(report: LoadReport): string {
  const errors = Object.entries(report.errorsByCode)
    .map(([code, count]) => `${code} ${count}`)
    .join(', ');
  return [
    `load with faults, ${report.seconds} s: ${report.faults.join('; ')}`,
    `  requests served      ${report.requests}`,
    `  errors by code       ${errors || 'none'}`,
    `  latency ms           p50 ${report.latency.p50}  p99 ${report.latency.p99}`,
    `  writes acknowledged  ${report.writesAcknowledged}`,
    `  writes lost          ${report.writesLost}`,
    `  writes duplicated    ${report.writesDuplicated}`,
    `  leaked internals     ${report.leakedInternals}${report.leakSample ? `, e.g. ${report.leakSample}` : ''}`,
    '',
  ].join('\n');
}
