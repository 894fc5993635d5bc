import { z } from 'zod';
import { ConfigError, parseWith } from './shared';
import { bySubgraph, SUBGRAPH_REGISTRY, type SubgraphName } from './subgraph-registry';

type Environment = Record<string, string | undefined>;

/** The secrets outside production when none is configured; `pnpm start` replaces them with fresh ones. */
export const DEVELOPMENT_SUBGRAPH_SECRETS: Readonly<Record<SubgraphName, string>> = bySubgraph(
  (subgraph) => `wego-local-development-${subgraph.name}-secret-change-me`,
);

const environmentSchema = z.object({ NODE_ENV: z.enum(['development', 'test', 'production']).default('development') });

/** Required in production, at least 32 characters whenever set. */
export function parseSubgraphSecret(env: Environment, subgraph: SubgraphName): string {
  const variable = SUBGRAPH_REGISTRY[subgraph].secretVariable;
  const schema = z.object({ [variable]: z.string().min(32, `${variable} must be at least 32 characters`).optional() });
  const secret = parseWith(schema, env)[variable] as string | undefined;
  if (secret) return secret;
  if (parseWith(environmentSchema, env).NODE_ENV === 'production') throw new ConfigError([`${variable}: required in production`]);
  return DEVELOPMENT_SUBGRAPH_SECRETS[subgraph];
}

/** Every subgraph's secret, as the gateway holds them. */
export function parseSubgraphSecrets(env: Environment): Record<SubgraphName, string> {
  return bySubgraph((subgraph) => parseSubgraphSecret(env, subgraph.name));
}
