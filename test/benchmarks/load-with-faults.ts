import { providePostgresForRun } from '@wego/testing';
import { startGraphProcesses } from '../support/graph-processes';
import { printableReport, runLoadWithFaults } from '../load/load-with-faults';

/**
 * `pnpm load-with-faults [seconds] [connections]`: a mixed read/write load through the gateway of
 * the four processes on 127.0.0.1 (default 60 s, 10 connections) while membership is restarted,
 * then a count of acknowledged writes lost or stored twice, and of answers that leaked internals.
 * Exits 1 when any write was lost or duplicated, or anything leaked.
 */
const SECONDS = Number(process.argv[2] ?? 60);
const CONNECTIONS = Number(process.argv[3] ?? 10);

async function main(): Promise<void> {
  const postgres = await providePostgresForRun();
  const graph = await startGraphProcesses();
  try {
    process.stdout.write(`on ${postgres.description}, gateway ${graph.urlOf('gateway')}, ${CONNECTIONS} connections\n`);
    const report = await runLoadWithFaults(graph, { seconds: SECONDS, connections: CONNECTIONS, restarted: 'membership' });
    process.stdout.write(printableReport(report));
    process.exitCode = report.writesLost + report.writesDuplicated + report.leakedInternals === 0 ? 0 : 1;
  } finally {
    await graph.stopAll();
    await postgres.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exit(1);
});
