/** Adding a subgraph is a line here and its folder under services/: every other spelling derives from its name. */
const SUBGRAPH_DEFINITIONS = [
  { name: 'membership', defaultPort: 4001, neighbours: [] },
  { name: 'governance', defaultPort: 4002, neighbours: ['membership', 'regional-offices'] },
  { name: 'regional-offices', defaultPort: 4003, neighbours: [] },
] as const;

export type SubgraphName = (typeof SUBGRAPH_DEFINITIONS)[number]['name'];

/** A subgraph as every other part of the graph knows it: where it lives, what it listens on, what it is configured with. */
export interface RegisteredSubgraph {
  /** `regional-offices`: the name the supergraph, the processes and the deployments give it. */
  name: SubgraphName;
  /** `regionalOffices`: the name as a field of an object. */
  fieldName: string;
  /** `services/regional-offices`, from the repository's root. */
  folder: string;
  /** `services/regional-offices/src/schema.graphql`, from the repository's root. */
  schemaPath: string;
  /** `regional_offices`: the Postgres schema that holds its tables. */
  databaseSchema: string;
  /** `REGIONAL_OFFICES_PORT`, else `defaultPort`. */
  portVariable: string;
  defaultPort: number;
  /** `REGIONAL_OFFICES_URL`: where the gateway and its neighbours call it, else `defaultUrl`. */
  urlVariable: string;
  defaultUrl: string;
  /** `REGIONAL_OFFICES_SECRET`: what it demands of every caller. */
  secretVariable: string;
  /** The subgraphs it asks on its callers' behalf: it holds their secrets and their URLs too. */
  neighbours: readonly SubgraphName[];
}

function registered({ name, defaultPort, neighbours }: (typeof SUBGRAPH_DEFINITIONS)[number]): RegisteredSubgraph {
  const variablePrefix = name.toUpperCase().replace(/-/g, '_');
  return {
    name,
    fieldName: name.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase()),
    folder: `services/${name}`,
    schemaPath: `services/${name}/src/schema.graphql`,
    databaseSchema: name.replace(/-/g, '_'),
    portVariable: `${variablePrefix}_PORT`,
    defaultPort,
    urlVariable: `${variablePrefix}_URL`,
    defaultUrl: `http://localhost:${defaultPort}/graphql`,
    secretVariable: `${variablePrefix}_SECRET`,
    neighbours,
  };
}

/** The subgraphs, in the order the graph starts and lists them. */
export const SUBGRAPHS: readonly RegisteredSubgraph[] = SUBGRAPH_DEFINITIONS.map(registered);

export const SUBGRAPH_NAMES: readonly SubgraphName[] = SUBGRAPHS.map((subgraph) => subgraph.name);

export const SUBGRAPH_REGISTRY: Readonly<Record<SubgraphName, RegisteredSubgraph>> = bySubgraph((subgraph) => subgraph);

/** The gateway, the one process in front of the subgraphs. */
export const GATEWAY_PROCESS = { name: 'gateway', folder: 'gateway', portVariable: 'GATEWAY_PORT', defaultPort: 4000 } as const;

export type GraphProcessName = SubgraphName | typeof GATEWAY_PROCESS.name;

export interface GraphProcess {
  name: GraphProcessName;
  folder: string;
  portVariable: string;
  defaultPort: number;
}

/** Every serving process: the subgraphs, then the gateway. */
export const GRAPH_PROCESSES: readonly GraphProcess[] = [...SUBGRAPHS, GATEWAY_PROCESS];

/** One value for each subgraph, by name. */
export function bySubgraph<T>(valueOf: (subgraph: RegisteredSubgraph) => T): Record<SubgraphName, T> {
  return Object.fromEntries(SUBGRAPHS.map((subgraph) => [subgraph.name, valueOf(subgraph)])) as Record<SubgraphName, T>;
}
