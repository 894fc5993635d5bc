import { dirname, join } from 'node:path';
import { bySubgraph, GRAPH_PROCESSES, SUBGRAPH_NAMES, SUBGRAPHS as REGISTERED_SUBGRAPHS, type GraphProcess, type GraphProcessName } from '@wego/config';
import { runNodeScript, startNodeProcess, waitUntilHealthy, type ManagedProcess } from '@wego/local-stack/dist/processes';
import { childProcessEnvironment, createTestDatabase, graphQLCaller, type GraphQLCaller, type TestDatabase, testPort } from '@wego/testing';

export type { GraphProcessName };

// Found through an installed package, so that it holds for the compiled benchmarks as for the tests.
const ROOT = join(dirname(require.resolve('@wego/config/package.json')), '..', '..');

const byProcess = <T>(valueOf: (process: GraphProcess) => T) =>
  Object.fromEntries(GRAPH_PROCESSES.map((process) => [process.name, valueOf(process)])) as Readonly<Record<GraphProcessName, T>>;

/** Each process's compiled folder, which holds its main.js (and a subgraph's setup-main.js). */
export const ENTRY = byProcess((process) => join(ROOT, process.folder, 'dist'));
export const PORT_VARIABLE = byProcess((process) => process.portVariable);
export const SUBGRAPHS = SUBGRAPH_NAMES;
export const SCHEMA = bySubgraph((subgraph) => subgraph.databaseSchema);

/** The four processes of the graph, each a real `node …/main.js`, which a test may stop, signal and start again. */
export interface GraphProcesses {
  query: GraphQLCaller;
  /** The database every process works in. */
  databaseUrl: string;
  urlOf(name: GraphProcessName): string;
  healthOf(name: GraphProcessName): Promise<number>;
  process(name: GraphProcessName): ManagedProcess;
  /** Starts the process (again) and waits until it is healthy. */
  start(name: GraphProcessName): Promise<void>;
  /** Sends SIGTERM and resolves with the exit code. */
  stop(name: GraphProcessName): Promise<number | null>;
  stopAll(): Promise<void>;
}

/** Runs every setup (migrations, seeds) on a fresh database, then starts the processes named (all four when omitted). */
export async function startGraphProcesses(
  options: { names?: readonly GraphProcessName[]; env?: Record<string, string> } = {},
): Promise<GraphProcesses> {
  const database: TestDatabase = await createTestDatabase('processes');
  const ports = Object.fromEntries(await Promise.all((Object.keys(ENTRY) as GraphProcessName[]).map(async (name) => [name, await testPort()] as const))) as Record<
    GraphProcessName,
    number
  >;
  const urlOf = (name: GraphProcessName): string => `http://127.0.0.1:${ports[name]}/graphql`;
  const env = childProcessEnvironment({
    LOG_LEVEL: 'error',
    ...Object.fromEntries(REGISTERED_SUBGRAPHS.map((subgraph) => [subgraph.urlVariable, urlOf(subgraph.name)])),
    // As startGraph: no response cache unless a test asks, for tests stop subgraphs and change data behind the gateway's back.
    PUBLIC_CACHE_MAX_AGE_SECONDS: '0',
    ...Object.fromEntries((Object.keys(ENTRY) as GraphProcessName[]).map((name) => [PORT_VARIABLE[name], String(ports[name])])),
    ...options.env,
  });
  // Set after: the child environment drops the run's own DATABASE_URL.
  env.DATABASE_URL = database.url;
  await Promise.all(SUBGRAPHS.map((name) => runNodeScript(`${name} setup`, join(ENTRY[name], 'setup-main.js'), env)));

  const running = new Map<GraphProcessName, ManagedProcess>();
  const healthUrl = (name: GraphProcessName): string => urlOf(name).replace(/graphql$/, 'health');
  const start = async (name: GraphProcessName): Promise<void> => {
    // Each subgraph connects as its own runtime role, as in production; the gateway needs no database.
    const databaseUrl = name === 'gateway' ? {} : { DATABASE_URL: database.runtimeUrlOf(SCHEMA[name]) };
    const managed = startNodeProcess(name, join(ENTRY[name], 'main.js'), { ...env, ...databaseUrl });
    running.set(name, managed);
    await waitUntilHealthy(healthUrl(name), 30000, () => managed.child.exitCode === null);
  };
  const stop = async (name: GraphProcessName): Promise<number | null> => {
    const managed = running.get(name);
    if (!managed || managed.child.exitCode !== null) return managed?.child.exitCode ?? null;
    managed.child.kill('SIGTERM');
    return managed.exited;
  };
  await Promise.all((options.names ?? (Object.keys(ENTRY) as GraphProcessName[])).map(start));

  return {
    query: graphQLCaller(urlOf('gateway')),
    databaseUrl: database.url,
    urlOf,
    healthOf: async (name) => (await fetch(healthUrl(name))).status,
    process: (name) => {
      const managed = running.get(name);
      if (!managed) throw new Error(`${name} was never started`);
      return managed;
    },
    start,
    stop,
    async stopAll() {
      await Promise.all([...running.keys()].map(stop));
      await database.drop();
    },
  };
}
