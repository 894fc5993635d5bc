import { turnOffApolloTelemetry } from './test-environment';
import { providePostgresForRun, type RunPostgres } from './run-postgres';

declare global {
  var wegoRunPostgres: RunPostgres | undefined;
}

/** Jest global setup: the run's Postgres, for every test file to make its own database on. */
export default async function globalSetup(): Promise<void> {
  turnOffApolloTelemetry();
  globalThis.wegoRunPostgres = await providePostgresForRun();
  process.stdout.write(`\ntests use ${globalThis.wegoRunPostgres.description}\n`);
}
