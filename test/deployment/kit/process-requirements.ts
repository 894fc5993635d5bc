import { bySubgraph, GRAPH_PROCESSES, SUBGRAPH_REGISTRY, SUBGRAPHS as REGISTERED_SUBGRAPHS, type GraphProcessName, type SubgraphName } from '@wego/config';

export type ServingProcessName = GraphProcessName;
export const SERVING_PROCESSES: ServingProcessName[] = ['gateway', ...REGISTERED_SUBGRAPHS.map((subgraph) => subgraph.name)];
export const SUBGRAPHS: SubgraphName[] = REGISTERED_SUBGRAPHS.map((subgraph) => subgraph.name);

const IDENTITY = ['JWT_JWKS_URL', 'JWT_ISSUER', 'JWT_AUDIENCE'];

/** What each process cannot start without in production: every place that runs it must give these. */
export const REQUIRED_IN_PRODUCTION: Record<ServingProcessName, string[]> = {
  // The gateway holds every subgraph's secret; a subgraph its own and its neighbours'.
  gateway: [...IDENTITY, ...REGISTERED_SUBGRAPHS.map((subgraph) => subgraph.secretVariable)],
  ...bySubgraph((subgraph) => [
    ...IDENTITY,
    'DATABASE_URL',
    subgraph.secretVariable,
    ...subgraph.neighbours.map((neighbour) => SUBGRAPH_REGISTRY[neighbour].secretVariable),
  ]),
};

export const SETUP_REQUIRED_IN_PRODUCTION = ['DATABASE_URL', 'RUNTIME_DATABASE_URL'];

/** The variables of an environment without which the parser refuses it. */
export function variablesThatCannotBeRemoved(parse: (env: Record<string, string>) => unknown, environment: Record<string, string>): string[] {
  return Object.keys(environment)
    .filter((name) => {
      const rest = { ...environment };
      delete rest[name];
      try {
        parse(rest);
        return false;
      } catch {
        return true;
      }
    })
    .sort();
}

/** The file a process command runs: `node <path>`, and nothing else. */
export function scriptOf(command: string[] | undefined): string {
  if (!command || command.length !== 2 || command[0] !== 'node') throw new Error(`expected ["node", "<script>"], got ${JSON.stringify(command)}`);
  return command[1]!;
}

export function folderOfProcess(name: ServingProcessName): string {
  return GRAPH_PROCESSES.find((process) => process.name === name)!.folder;
}
