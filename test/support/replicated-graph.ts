import { join } from 'node:path';
import { GRAPH_PROCESSES, SUBGRAPHS as REGISTERED_SUBGRAPHS, type SubgraphName } from '@wego/config';
import { runNodeScript, startNodeProcess, stopProcesses, waitUntilHealthy, type ManagedProcess } from '@wego/local-stack/dist/processes';
import { childProcessEnvironment, createTestDatabase, graphQLCaller, type GraphQLCaller, testPort } from '@wego/testing';
import { ENTRY, PORT_VARIABLE, SCHEMA, SUBGRAPHS, type GraphProcessName } from './graph-processes';
import { startNginxBalancer, type NginxBalancer } from './nginx-balancer';

/** Every process of the graph runs twice. */
export const INSTANCES = [1, 2] as const;
export type Instance = (typeof INSTANCES)[number];
export type ReplicatedSubgraph = SubgraphName;

/**
 * Two instances of each subgraph and two gateways on 127.0.0.1, one database, and nginx in front
 * of each pair: the gateways and governance reach every subgraph through nginx, and clients
 * reach the gateways through it.
 */
export interface ReplicatedGraph {
  balancer: NginxBalancer;
  /** Through nginx, to either gateway. */
  query: GraphQLCaller;
  /** The gateways' GraphQL endpoint on nginx. */
  gatewayUrl: string;
  /** Straight to one gateway, past nginx. */
  gateway(instance: Instance): GraphQLCaller;
  /** Straight to one instance of a subgraph, past nginx; it serves only callers presenting its secret. */
  instanceUrl(name: ReplicatedSubgraph, instance: Instance): string;
  portOf(name: GraphProcessName, instance: Instance): number;
  /** The database, as its administrator. */
  databaseUrl: string;
  /** Sends SIGTERM to one instance and resolves with its exit code. */
  stopInstance(name: GraphProcessName, instance: Instance): Promise<number | null>;
  stop(): Promise<void>;
}

const NAMES: readonly GraphProcessName[] = GRAPH_PROCESSES.map((process) => process.name);

/** Runs the subgraphs' setups on a fresh database, then starts nginx and the eight processes at once. */
export async function startReplicatedGraph(options: { env?: Record<string, string> } = {}): Promise<ReplicatedGraph> {
  const database = await createTestDatabase('replicas');
  const ports = new Map<string, number>();
  for (const name of NAMES) for (const instance of INSTANCES) ports.set(`${name}-${instance}`, await testPort());
  const portOf = (name: GraphProcessName, instance: Instance): number => ports.get(`${name}-${instance}`)!;
  const running: ManagedProcess[] = [];
  let balancer: NginxBalancer | undefined;
  const stop = async (): Promise<void> => {
    await stopProcesses(running, 5000);
    await balancer?.stop();
    await database.drop();
  };

  try {
    balancer = await startNginxBalancer(NAMES.map((name) => ({ name, ports: INSTANCES.map((instance) => portOf(name, instance)) })));
    const through = balancer;
    const env = childProcessEnvironment({
      LOG_LEVEL: 'error',
      ...Object.fromEntries(REGISTERED_SUBGRAPHS.map((subgraph) => [subgraph.urlVariable, through.urlOf(subgraph.name, 'graphql')])),
      ...options.env,
    });
    // Set after: the child environment drops the run's own DATABASE_URL.
    await Promise.all(SUBGRAPHS.map((name) => runNodeScript(`${name} setup`, join(ENTRY[name], 'setup-main.js'), { ...env, DATABASE_URL: database.url })));

    const start = async (name: GraphProcessName, instance: Instance): Promise<void> => {
      const databaseUrl = name === 'gateway' ? {} : { DATABASE_URL: database.runtimeUrlOf(SCHEMA[name]) };
      const managed = startNodeProcess(`${name}-${instance}`, join(ENTRY[name], 'main.js'), {
        ...env,
        ...databaseUrl,
        [PORT_VARIABLE[name]]: String(portOf(name, instance)),
      });
      running.push(managed);
      await waitUntilHealthy(`http://127.0.0.1:${portOf(name, instance)}/readyz`, 60000, () => managed.child.exitCode === null);
    };
    await Promise.all(NAMES.flatMap((name) => INSTANCES.map((instance) => start(name, instance))));
  } catch (error) {
    await stop();
    throw error;
  }

  const nginx = balancer;
  const byName = (name: string): ManagedProcess => {
    const managed = running.find((candidate) => candidate.name === name);
    if (!managed) throw new Error(`${name} was never started`);
    return managed;
  };
  return {
    balancer: nginx,
    query: graphQLCaller(nginx.urlOf('gateway', 'graphql')),
    gatewayUrl: nginx.urlOf('gateway', 'graphql'),
    gateway: (instance) => graphQLCaller(`http://127.0.0.1:${portOf('gateway', instance)}/graphql`),
    instanceUrl: (name, instance) => `http://127.0.0.1:${portOf(name, instance)}/graphql`,
    portOf,
    databaseUrl: database.url,
    async stopInstance(name, instance) {
      const managed = byName(`${name}-${instance}`);
      if (managed.child.exitCode !== null) return managed.child.exitCode;
      managed.child.kill('SIGTERM');
      return managed.exited;
    },
    stop,
  };
}
