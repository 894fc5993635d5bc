import autocannon from 'autocannon';
import { createTestDatabase, providePostgresForRun } from '@wego/testing';
import { ALL_MEMBERS_AND_OFFICES, FOUNDING_MEMBERS_AND_OFFICES } from '../support/founding-query';
import { startGraph } from '../support/graph-under-test';
import { startLocalStackProcess } from '../support/local-stack-process';

/**
 * `pnpm bench [seconds] [connections]`: the README query through the gateway of the local stack
 * (four processes, as `pnpm start` runs them) on 127.0.0.1, under a closed-loop load for a bounded
 * time (default 10 s, 10 connections). Prints throughput, latency percentiles and failures, and the
 * SQL statements each subgraph sends for one such request (counted in-process).
 */
const SECONDS = Number(process.argv[2] ?? 10);
const CONNECTIONS = Number(process.argv[3] ?? 10);
const QUERIES = [
  { name: 'README query (50 founding members)', query: FOUNDING_MEMBERS_AND_OFFICES },
  { name: 'README query over every member (first: 200)', query: ALL_MEMBERS_AND_OFFICES },
];

async function statementsPerRequest(): Promise<Record<string, Record<string, number>>> {
  const graph = await startGraph();
  try {
    const counts: Record<string, Record<string, number>> = {};
    for (const { name, query } of QUERIES) {
      graph.resetStatementCounts();
      const answer = await graph.query(query);
      if (answer.errors) throw new Error(`the query failed: ${JSON.stringify(answer.errors)}`);
      counts[name] = graph.statementCounts();
    }
    return counts;
  } finally {
    await graph.stop();
  }
}

async function main(): Promise<void> {
  const postgres = await providePostgresForRun();
  const statements = await statementsPerRequest();
  const database = await createTestDatabase('bench');
  // Every request computed: the gateway's response cache would answer all but the first (`pnpm bench:compare` measures it).
  const stack = await startLocalStackProcess({ DATABASE_URL: database.url, PUBLIC_CACHE_MAX_AGE_SECONDS: '0' });
  try {
    process.stdout.write(`benchmark on ${postgres.description}, gateway ${stack.gatewayUrl}, ${SECONDS} s and ${CONNECTIONS} connections per query\n\n`);
    for (const { name, query } of QUERIES) {
      const result = await autocannon({
        url: stack.gatewayUrl,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
        connections: CONNECTIONS,
        duration: SECONDS,
      });
      process.stdout.write(
        [
          name,
          `  requests served     ${result.requests.total} (${result.requests.average.toFixed(0)}/s)`,
          `  latency ms          p50 ${result.latency.p50}  p90 ${result.latency.p90}  p99 ${result.latency.p99}  max ${result.latency.max}`,
          `  non-2xx / errors    ${result.non2xx} / ${result.errors} (timeouts ${result.timeouts})`,
          `  SQL per request     ${Object.entries(statements[name]!).map(([subgraph, count]) => `${subgraph} ${count}`).join(', ')}`,
          '',
        ].join('\n'),
      );
    }
  } finally {
    process.kill(-stack.child.pid!, 'SIGTERM');
    await new Promise((resolve) => stack.child.once('exit', resolve));
    await database.drop();
    await postgres.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
