import autocannon from 'autocannon';
import { providePostgresForRun, postGraphQL, testEnvironment } from '@wego/testing';
import { FOUNDING_MEMBERS_AND_OFFICES } from '../../support/founding-query';
import { startGraphProcesses } from '../../support/graph-processes';
import { startOurGateway, startPeerGateway, type Contender } from './contenders';

/**
 * `pnpm bench:compare [seconds] [connections] [rounds]`: the README query, anonymous, through our
 * gateway, Hive Gateway and Hive Gateway with the Rust query planner, each in a process of its own
 * with its response cache on, in front of the same three subgraph processes and the same committed
 * supergraph. Uncached, every request carries a variable of its own (`bust`, which the query does
 * not use), so every answer misses the cache and is computed; cached, every request is the same.
 * Rounds alternate the gateways, so that a slow moment of the machine falls on all of them. Prints
 * requests per second (mean over rounds), p50 and p99 latency (median over rounds) and failures,
 * then the two targets: uncached, ours at least the best peer's throughput; cached, at least 15
 * times our own uncached throughput.
 */
const SECONDS = Number(process.argv[2] ?? 5);
const CONNECTIONS = Number(process.argv[3] ?? 10);
const ROUNDS = Number(process.argv[4] ?? 3);
const MODES = ['uncached', 'cached'] as const;
type Mode = (typeof MODES)[number];

interface Run {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  failures: number;
}

let bust = 0;

async function load(url: string, mode: Mode, seconds: number): Promise<Run> {
  const body = JSON.stringify({ query: FOUNDING_MEMBERS_AND_OFFICES });
  const result = await autocannon({
    url,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
    connections: CONNECTIONS,
    duration: seconds,
    ...(mode === 'uncached'
      ? { requests: [{ setupRequest: (request) => ({ ...request, body: JSON.stringify({ query: FOUNDING_MEMBERS_AND_OFFICES, variables: { bust: (bust += 1) } }) }) }] }
      : {}),
  });
  return { requestsPerSecond: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, failures: result.non2xx + result.errors + result.timeouts };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

async function main(): Promise<void> {
  if (![SECONDS, CONNECTIONS, ROUNDS].every((value) => Number.isInteger(value) && value > 0)) {
    throw new Error('usage: pnpm bench:compare [seconds per run] [connections] [rounds], each a positive whole number');
  }
  const postgres = await providePostgresForRun();
  const graph = await startGraphProcesses({ names: ['membership', 'governance', 'regional-offices'] });
  const contenders: Contender[] = [];
  try {
    const subgraphs = {
      urls: { membership: graph.urlOf('membership'), governance: graph.urlOf('governance'), 'regional-offices': graph.urlOf('regional-offices') },
      secrets: testEnvironment().subgraphSecrets,
    };
    contenders.push(await startOurGateway(subgraphs), await startPeerGateway(subgraphs, 'javascript'), await startPeerGateway(subgraphs, 'rust'));
    // Every gateway gives the same answer, with and without the unused variable, before any is measured; then a short warm-up each.
    const reference = JSON.stringify((await postGraphQL(contenders[0]!.url, FOUNDING_MEMBERS_AND_OFFICES)).data);
    for (const contender of contenders) {
      for (const variables of [{}, { bust: -1 }]) {
        const answer = await postGraphQL(contender.url, FOUNDING_MEMBERS_AND_OFFICES, { variables });
        if (answer.errors || JSON.stringify(answer.data) !== reference) {
          throw new Error(`${contender.name} answers the README query otherwise: ${JSON.stringify(answer.errors ?? answer.data).slice(0, 300)}`);
        }
      }
      for (const mode of MODES) await load(contender.url, mode, 1);
    }
    process.stdout.write(`comparison on ${postgres.description}: README query, anonymous, ${ROUNDS} rounds of ${SECONDS} s, ${CONNECTIONS} connections\n`);
    const runs = new Map<string, Run[]>();
    const runsOf = (contender: Contender, mode: Mode) => runs.get(`${contender.name}/${mode}`) ?? runs.set(`${contender.name}/${mode}`, []).get(`${contender.name}/${mode}`)!;
    for (let round = 0; round < ROUNDS; round += 1) {
      // Each round starts with another gateway, so that none always runs first or last.
      const order = contenders.map((_, index) => contenders[(index + round) % contenders.length]!);
      for (const mode of MODES) for (const contender of order) runsOf(contender, mode).push(await load(contender.url, mode, SECONDS));
      process.stdout.write(`  round ${round + 1} of ${ROUNDS} done\n`);
    }
    const rows = MODES.flatMap((mode) =>
      contenders.map((contender) => {
        const measured = runsOf(contender, mode);
        return {
          contender,
          mode,
          requestsPerSecond: mean(measured.map((run) => run.requestsPerSecond)),
          p50: median(measured.map((run) => run.p50)),
          p99: median(measured.map((run) => run.p99)),
          failures: measured.reduce((sum, run) => sum + run.failures, 0),
          perRound: measured.map((run) => run.requestsPerSecond.toFixed(0)).join(' / '),
        };
      }),
    );
    process.stdout.write(`\n${'gateway'.padEnd(30)}${'answers'.padEnd(10)}${'req/s'.padStart(9)}${'p50 ms'.padStart(9)}${'p99 ms'.padStart(9)}${'failed'.padStart(8)}   req/s per round\n`);
    for (const row of rows) {
      process.stdout.write(
        `${row.contender.name.padEnd(30)}${row.mode.padEnd(10)}${row.requestsPerSecond.toFixed(0).padStart(9)}${String(row.p50).padStart(9)}${String(row.p99).padStart(9)}${String(row.failures).padStart(8)}   ${row.perRound}\n`,
      );
    }
    const ours = (mode: Mode) => rows.find((row) => row.mode === mode && row.contender === contenders[0])!;
    const bestPeer = rows.filter((row) => row.mode === 'uncached' && row.contender !== contenders[0]).sort((a, b) => b.requestsPerSecond - a.requestsPerSecond)[0]!;
    const uncachedRatio = ours('uncached').requestsPerSecond / bestPeer.requestsPerSecond;
    const cachedRatio = ours('cached').requestsPerSecond / ours('uncached').requestsPerSecond;
    process.stdout.write(
      [
        '',
        `target: uncached, ours / best peer (${bestPeer.contender.name}) = ${uncachedRatio.toFixed(2)}x (>= 1.0x: ${uncachedRatio >= 1 ? 'met' : 'NOT met'})`,
        `target: ours cached / ours uncached = ${cachedRatio.toFixed(1)}x (>= 15x: ${cachedRatio >= 15 ? 'met' : 'NOT met'})`,
        '',
      ].join('\n'),
    );
  } finally {
    for (const contender of contenders) await contender.stop();
    await graph.stopAll();
    await postgres.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
