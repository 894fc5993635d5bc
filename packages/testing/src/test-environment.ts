import { parseSharedConfig, parseSubgraphSecrets, type SharedConfig, type SubgraphName } from '@wego/config';

/** What the tests read of their environment: this file alone reads process.env for them. */
export interface TestEnvironment {
  /** The Postgres server of this run: DATABASE_URL, or the embedded one the global setup started. */
  serverUrl: string;
  shared: SharedConfig;
  /** The secrets the subgraphs under test demand, and the gateway under test presents. */
  subgraphSecrets: Record<SubgraphName, string>;
}

export const TEST_SERVER_URL_VARIABLE = 'WEGO_TEST_SERVER_URL';

export function testEnvironment(): TestEnvironment {
  const serverUrl = process.env[TEST_SERVER_URL_VARIABLE] ?? process.env.DATABASE_URL;
  if (!serverUrl) throw new Error('No Postgres for the tests: the jest global setup did not run.');
  const env = { ...process.env, NODE_ENV: 'test', WEGO_TODAY: undefined };
  return { serverUrl, shared: parseSharedConfig(env), subgraphSecrets: parseSubgraphSecrets(env) };
}

export function configuredDatabaseUrl(): string | undefined {
  return process.env.DATABASE_URL || undefined;
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
