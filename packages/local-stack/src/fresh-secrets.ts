import { randomBytes } from 'node:crypto';
import { bySubgraph, SUBGRAPH_REGISTRY, SUBGRAPHS, type SubgraphName } from '@wego/config';

/** Each subgraph's secret, new at every start, so no secret of an earlier run (or the development default) opens a subgraph. */
export function freshSubgraphSecrets(): Record<SubgraphName, string> {
  return bySubgraph(() => randomBytes(32).toString('base64url'));
}

/** The variables that hand the named subgraphs' secrets to a process; every other is left out. */
export function secretVariables(secrets: Record<SubgraphName, string>, holders: readonly SubgraphName[]): Record<string, string> {
  return Object.fromEntries(holders.map((name) => [SUBGRAPH_REGISTRY[name].secretVariable, secrets[name]]));
}

/** The environment without any subgraph secret the caller of `pnpm start` may have set. */
export function withoutSecrets(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const rest = { ...env };
  for (const { secretVariable } of SUBGRAPHS) delete rest[secretVariable];
  return rest;
}
