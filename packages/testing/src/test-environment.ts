import { parseResponseCacheConfig, parseSharedConfig, parseSubgraphSecrets, type SharedConfig, type SubgraphName } from '@wego/config';

/** What the tests read of their environment: this file alone reads process.env for them. */
export interface TestEnvironment {
  /** The Postgres server of this run: DATABASE_URL, or the embedded one the global setup started. */
  serverUrl: string;
  shared: SharedConfig;
  /** The secrets the subgraphs under test demand, and the gateway under test presents. */
  subgraphSecrets: Record<SubgraphName, string>;
  /** The Redis server the shared response cache is tested against: REDIS_URL, else this machine's. */
  redisUrl: string;
}

export const TEST_SERVER_URL_VARIABLE = 'WEGO_TEST_SERVER_URL';

export function testEnvironment(): TestEnvironment {
  const serverUrl = process.env[TEST_SERVER_URL_VARIABLE] ?? process.env.DATABASE_URL;
  if (!serverUrl) throw new Error('No Postgres for the tests: the jest global setup did not run.');
  const env = { ...process.env, NODE_ENV: 'test', WEGO_TODAY: undefined };
  return {
    serverUrl,
    shared: parseSharedConfig(env),
    subgraphSecrets: parseSubgraphSecrets(env),
    redisUrl: parseResponseCacheConfig(env).redisUrl ?? 'redis://127.0.0.1:6379',
  };
}

export function configuredDatabaseUrl(): string | undefined {
  return process.env.DATABASE_URL || undefined;
}

/**
 * Gateways the tests build inside their workers report nothing to Apollo and probe no cloud metadata
 * service, as the gateway process ensures at its own start; set before the workers start, they inherit it.
 */
export function turnOffApolloTelemetry(): void {
  process.env.APOLLO_TELEMETRY_DISABLED = 'true';
}

/** Which jest worker this is (1, 2, …); null outside jest, as in a benchmark. */
export function jestWorker(): number | null {
  const worker = Number(process.env.JEST_WORKER_ID);
  return Number.isInteger(worker) && worker > 0 ? worker : null;
}

export function setTestServerUrl(url: string): void {
  process.env[TEST_SERVER_URL_VARIABLE] = url;
}

/** The environment a process the tests start inherits, without any database of theirs. */
export function childProcessEnvironment(overrides: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ...overrides };
  delete env.DATABASE_URL;
  delete env[TEST_SERVER_URL_VARIABLE];
  return env;
}

/** How a property test runs: a seed to replay (WEGO_PROPERTY_SEED) and a number of runs (WEGO_PROPERTY_RUNS). */
export interface PropertySettings {
  /** The seed given to replay a failure; null when none was given (the test draws one and prints it). */
  seed: number | null;
  /** The runs asked for; null when the test's own count applies. */
  runs: number | null;
}

export function propertySettings(): PropertySettings {
  const integerOf = (name: string): number | null => {
    const text = process.env[name]?.trim();
    if (!text) return null;
    if (!/^-?\d+$/.test(text)) throw new Error(`${name} must be an integer, not ${JSON.stringify(text)}.`);
    return Number(text);
  };
  const runs = integerOf('WEGO_PROPERTY_RUNS');
  if (runs !== null && runs < 1) throw new Error('WEGO_PROPERTY_RUNS must be 1 or more.');
  return { seed: integerOf('WEGO_PROPERTY_SEED'), runs };
}
