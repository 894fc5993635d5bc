import autocannon from 'autocannon';
import { DataSource } from 'typeorm';
import type { CalendarDate } from '@wego/calendar';
import { addScaleMembers, assessEveryMembersFees } from '../../support/scale-members';
import { createTestDatabase, providePostgresForRun, testTokens, type TestDatabase } from '@wego/testing';
import { startGraph } from '../../support/graph-under-test';
import { startLocalStackProcess, type LocalStackProcess } from '../../support/local-stack-process';
import { FIRST_YEAR, HISTORY_RECORDED_ON, LAST_YEAR, recordGovernanceHistory, type RecordedHistory } from './governance-history';
import { SCALE_READS, type ScaleRead } from './scale-reads';

/**
 * `pnpm bench:scale [seconds] [connections]`: the fixed set of reads through the gateway of the local
 * stack (four processes, as `pnpm start` runs them), on an organisation of the 50 founding members
 * and on one of 10,000, each over thirty years of governance recorded through the API and every
 * member's fees for each of those years. Prints, per read, throughput and latency at both sizes and
 * how much dearer it is at 10,000.
 */
const SECONDS = Number(process.argv[2] ?? 5);
const CONNECTIONS = Number(process.argv[3] ?? 10);
const SMALL = 50;
const LARGE = 10000;
const ROUNDS = 2;

async function measure(url: string, read: ScaleRead, memberId: string, token: string, seconds: number) {
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

type Measure = Awaited<ReturnType<typeof measure>>;

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

/** One stack serving one database: the organisation at one size. */
interface Size {
  members: number;
  url: string;
  memberId: string;
}

/**
 * Each read at both sizes in turn, ROUNDS times, so that a change in the machine's load during the
 * run weighs on both sizes alike; a round's throughputs are summed and its latencies averaged.
 */
async function measureInTurn(sizes: readonly Size[], token: string): Promise<Measure[][]> {
  const measures: Measure[][] = sizes.map(() => []);
  for (const read of SCALE_READS) {
    for (const size of sizes) await measure(size.url, read, size.memberId, token, 1);
    const rounds: Measure[][] = sizes.map(() => []);
    for (let round = 0; round < ROUNDS; round += 1) {
      for (const [index, size] of sizes.entries()) rounds[index]!.push(await measure(size.url, read, size.memberId, token, SECONDS));
    }
    rounds.forEach((taken, index) => {
      const mean = (pick: (m: Measure) => number) => taken.reduce((sum, m) => sum + pick(m), 0) / taken.length;
      measures[index]!.push({ perSecond: mean((m) => m.perSecond), p50: mean((m) => m.p50), p99: mean((m) => m.p99), failures: mean((m) => m.failures) * taken.length });
    });
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
      `${read.name.padEnd(52)}${cell(a.perSecond.toFixed(0), 12)}${cell(a.p50.toFixed(0), 7)}${cell(a.p99.toFixed(0), 7)}${cell(b.perSecond.toFixed(0), 14)}${cell(b.p50.toFixed(0), 7)}${cell(b.p99.toFixed(0), 7)}${cell(`${ratio.toFixed(2)}x`, 8)}${cell(`${read.allowedRatio}x`, 8)}  ${ratio <= read.allowedRatio ? 'yes' : 'NO'}${a.failures + b.failures > 0 ? `  (${a.failures + b.failures} failed)` : ''}`,
    );
  });
  return lines.join('\n');
}

/** A database with thirty years of governance, `members` members and all their fees. */
async function organisationOf(members: number, token: string): Promise<{ database: TestDatabase; admin: DataSource; history: RecordedHistory; memberId: string }> {
  const database = await createTestDatabase(`scale_${members}`);
  const admin = await new DataSource({ type: 'postgres', url: database.url }).initialize();
  const recorder = await startGraph({ databaseUrl: database.url, today: HISTORY_RECORDED_ON as CalendarDate });
  const history = await recordGovernanceHistory(recorder.query, token).finally(() => recorder.stop());
  const [founders]: Array<{ count: number }> = await admin.query('SELECT count(*)::int AS count FROM membership.member');
  await addScaleMembers(admin, members - founders!.count);
  await assessEveryMembersFees(admin, FIRST_YEAR, LAST_YEAR);
  await admin.query('VACUUM ANALYZE');
  const [seoul]: Array<{ id: string }> = await admin.query("SELECT id FROM membership.member WHERE founding_member AND name = 'Seoul'");
  return { database, admin, history, memberId: seoul!.id };
}

async function main(): Promise<void> {
  const postgres = await providePostgresForRun();
  const organisations: Array<Awaited<ReturnType<typeof organisationOf>>> = [];
  const stacks: LocalStackProcess[] = [];
  try {
    const token = await testTokens.secretariat();
    const started = Date.now();
    for (const members of [SMALL, LARGE]) organisations.push(await organisationOf(members, token));
    process.stdout.write(
      `two organisations ready in ${((Date.now() - started) / 1000).toFixed(1)} s, each with its history recorded through the API ${JSON.stringify(organisations[0]!.history)} and every member's fees ${FIRST_YEAR}-${LAST_YEAR}\n`,
    );
    const sizes: Size[] = [];
    for (const organisation of organisations) {
      // Every request computed: the gateway's response cache would answer all but the first.
      const stack = await startLocalStackProcess({ DATABASE_URL: organisation.database.url, WEGO_TODAY: HISTORY_RECORDED_ON, PUBLIC_CACHE_MAX_AGE_SECONDS: '0' });
      stacks.push(stack);
      const [counted]: Array<{ members: number }> = await organisation.admin.query('SELECT count(*)::int AS members FROM membership.member');
      sizes.push({ members: counted!.members, url: stack.gatewayUrl, memberId: organisation.memberId });
      await checkReads(stack.gatewayUrl, organisation.memberId, token);
    }
    process.stdout.write(
      `measuring ${SCALE_READS.length} reads at ${sizes.map((size) => size.members).join(' and ')} members (one local stack each), in turn, ${ROUNDS} rounds of ${SECONDS} s and ${CONNECTIONS} connections each, on ${postgres.description}\n\n`,
    );
    const [small, large] = await measureInTurn(sizes, token);
    process.stdout.write(`${table(small!, large!, sizes[0]!.members, sizes[1]!.members)}\n\nratio: throughput at ${sizes[0]!.members} members over throughput at ${sizes[1]!.members}; latencies in ms\n`);
  } finally {
    for (const stack of stacks) {
      process.kill(-stack.child.pid!, 'SIGTERM');
      await new Promise((resolve) => stack.child.once('exit', resolve));
    }
    for (const organisation of organisations) {
      await organisation.admin.destroy();
      await organisation.database.drop();
    }
    await postgres.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
