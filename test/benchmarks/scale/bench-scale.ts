import autocannon from 'autocannon';
import { DataSource } from 'typeorm';
import type { CalendarDate } from '@wego/calendar';
import { addScaleMembers, assessEveryMembersFees } from '@wego/membership/dist/scale/scale-members';
import { createTestDatabase, providePostgresForRun, testTokens } from '@wego/testing';
import { startGraph } from '../../support/graph-under-test';
import { startLocalStackProcess } from '../../support/local-stack-process';
import { FIRST_YEAR, HISTORY_RECORDED_ON, LAST_YEAR, recordGovernanceHistory } from './governance-history';
import { SCALE_READS, type ScaleRead } from './scale-reads';

/**
 * `pnpm bench:scale [seconds] [connections]`: the fixed set of reads through the gateway of the local
 * stack (four processes, as `pnpm start` runs them), at the 50 founding members and again at 10,000,
 * over thirty years of governance recorded through the API and every member's fees for each of those
 * years. Prints, per read, throughput and latency at both sizes and how much dearer it is at 10,000.
 */
const SECONDS = Number(process.argv[2] ?? 5);
const CONNECTIONS = Number(process.argv[3] ?? 10);
const LARGE = 10000;

interface Measure {
  perSecond: number;
  p50: number;
  p99: number;
  failures: number;
}

async function measure(url: string, read: ScaleRead, memberId: string, token: string, seconds: number): Promise<Measure> {
  const result = await autocannon({
    url,
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(read.secretariat ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query: read.query, variables: read.variables(memberId) }),
    connections: CONNECTIONS,
    duration: seconds,
  });
  return { perSecond: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, failures: result.non2xx + result.errors + result.timeouts };
}

/** Asks each read once and refuses to measure one that fails: a fast error is no measure. */
async function checkReads(url: string, memberId: string, token: string): Promise<string[]> {
  const sizes: string[] = [];
  for (const read of SCALE_READS) {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(read.secretariat ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query: read.query, variables: read.variables(memberId) }),
    });
    const text = await response.text();
    const answer = JSON.parse(text) as { errors?: unknown };
    if (answer.errors || response.status !== 200) throw new Error(`${read.name} failed: ${text.slice(0, 500)}`);
    sizes.push(`${read.name}: ${text.length} bytes`);
  }
  return sizes;
}

async function measureAll(url: string, memberId: string, token: string): Promise<Measure[]> {
  const measures: Measure[] = [];
  for (const read of SCALE_READS) {
    await measure(url, read, memberId, token, 1);
    measures.push(await measure(url, read, memberId, token, SECONDS));
  }
  return measures;
}

const cell = (text: string, width: number) => text.padStart(width);

function table(small: Measure[], large: Measure[], smallCount: number, largeCount: number): string {
  const lines = [
    `${'read'.padEnd(52)}${cell(`req/s @${smallCount}`, 12)}${cell('p50', 7)}${cell('p99', 7)}${cell(`req/s @${largeCount}`, 14)}${cell('p50', 7)}${cell('p99', 7)}${cell('ratio', 8)}${cell('target', 8)}  met`,
  ];
  SCALE_READS.forEach((read, index) => {
    const a = small[index]!;
    const b = large[index]!;
    // The cost of a read is the inverse of its throughput under the same load.
    const ratio = a.perSecond / b.perSecond;
    lines.push(
      `${read.name.padEnd(52)}${cell(a.perSecond.toFixed(0), 12)}${cell(String(a.p50), 7)}${cell(String(a.p99), 7)}${cell(b.perSecond.toFixed(0), 14)}${cell(String(b.p50), 7)}${cell(String(b.p99), 7)}${cell(`${ratio.toFixed(2)}x`, 8)}${cell(`${read.allowedRatio}x`, 8)}  ${ratio <= read.allowedRatio ? 'yes' : 'NO'}${a.failures + b.failures > 0 ? `  (${a.failures + b.failures} failed)` : ''}`,
    );
  });
  return lines.join('\n');
}

async function main(): Promise<void> {
  const postgres = await providePostgresForRun();
  const database = await createTestDatabase('scale');
  const admin = await new DataSource({ type: 'postgres', url: database.url }).initialize();
  let stack: Awaited<ReturnType<typeof startLocalStackProcess>> | null = null;
  try {
    const token = await testTokens.secretariat();
    const started = Date.now();
    const recorder = await startGraph({ databaseUrl: database.url, today: HISTORY_RECORDED_ON as CalendarDate });
    const history = await recorder.query('{ __typename }').then(() => recordGovernanceHistory(recorder.query, token)).finally(() => recorder.stop());
    await assessEveryMembersFees(admin, FIRST_YEAR, LAST_YEAR);
    await admin.query('VACUUM ANALYZE');
    process.stdout.write(`history recorded through the API in ${((Date.now() - started) / 1000).toFixed(1)} s: ${JSON.stringify(history)}; fees ${FIRST_YEAR}-${LAST_YEAR} for every member\n`);

    const [seoul]: Array<{ id: string }> = await admin.query("SELECT id FROM membership.member WHERE founding_member AND name = 'Seoul'");
    const memberId = seoul!.id;
    stack = await startLocalStackProcess({ DATABASE_URL: database.url, WEGO_TODAY: HISTORY_RECORDED_ON });
    const count = async () => ((await admin.query('SELECT count(*)::int AS members FROM membership.member')) as Array<{ members: number }>)[0]!.members;

    const smallCount = await count();
    await checkReads(stack.gatewayUrl, memberId, token);
    process.stdout.write(`measuring ${SCALE_READS.length} reads at ${smallCount} members, ${SECONDS} s and ${CONNECTIONS} connections each, through ${stack.gatewayUrl} on ${postgres.description}\n`);
    const small = await measureAll(stack.gatewayUrl, memberId, token);

    const loading = Date.now();
    await addScaleMembers(admin, LARGE - smallCount);
    await assessEveryMembersFees(admin, FIRST_YEAR, LAST_YEAR);
    await admin.query('VACUUM ANALYZE');
    const largeCount = await count();
    process.stdout.write(`${largeCount - smallCount} members and their fees added in ${((Date.now() - loading) / 1000).toFixed(1)} s\n`);
    await checkReads(stack.gatewayUrl, memberId, token);
    process.stdout.write(`measuring again at ${largeCount} members\n\n`);
    const large = await measureAll(stack.gatewayUrl, memberId, token);
    process.stdout.write(`${table(small, large, smallCount, largeCount)}\n\nratio: throughput at ${smallCount} members over throughput at ${largeCount}; latencies in ms\n`);
  } finally {
    if (stack) {
      process.kill(-stack.child.pid!, 'SIGTERM');
      await new Promise((resolve) => stack!.child.once('exit', resolve));
    }
    await admin.destroy();
    await database.drop();
    await postgres.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
