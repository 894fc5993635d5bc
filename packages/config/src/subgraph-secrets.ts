import { z } from 'zod';
import { ConfigError, parseWith } from './shared';

type Environment = Record<string, string | undefined>;

/**
 * Each subgraph's secret, by subgraph name: the one variable every process that holds it reads.
 * The subgraph demands it of every caller; the gateway (and governance, for its neighbours) presents it.
 */
export const SUBGRAPH_SECRET_VARIABLES = {
  membership: 'MEMBERSHIP_SECRET',
  governance: 'GOVERNANCE_SECRET',
  'regional-offices': 'REGIONAL_OFFICES_SECRET',
} as const;

export type SubgraphName = keyof typeof SUBGRAPH_SECRET_VARIABLES;

export const SUBGRAPH_NAMES = Object.keys(SUBGRAPH_SECRET_VARIABLES) as SubgraphName[];

/** The secrets outside production when none is configured; `pnpm start` replaces them with fresh ones. */
export const DEVELOPMENT_SUBGRAPH_SECRETS: Readonly<Record<SubgraphName, string>> = {
  membership: 'wego-local-development-membership-secret-change-me',
  governance: 'wego-local-development-governance-secret-change-me',
  'regional-offices': 'wego-local-development-regional-offices-secret-change-me',
};

const environmentSchema = z.object({ NODE_ENV: z.enum(['development', 'test', 'production']).default('development') });

/** One subgraph's secret: required in production, at least 32 characters whenever it is set. */
export function parseSubgraphSecret(env: Environment, subgraph: SubgraphName): string {
  const variable = SUBGRAPH_SECRET_VARIABLES[subgraph];
  const schema = z.object({ [variable]: z.string().min(32, `${variable} must be at least 32 characters`).optional() });
  const secret = parseWith(schema, env)[variable] as string | undefined;
  if (secret) return secret;
  if (parseWith(environmentSchema, env).NODE_ENV === 'production') throw new ConfigError([`${variable}: required in production`]);
  return DEVELOPMENT_SUBGRAPH_SECRETS[subgraph];
}

/** Every subgraph's secret, as the gateway holds them. */
export function parseSubgraphSecrets(env: Environment): Record<SubgraphName, string> {
  return {
    membership: parseSubgraphSecret(env, 'membership'),
    governance: parseSubgraphSecret(env, 'governance'),
    'regional-offices': parseSubgraphSecret(env, 'regional-offices'),
  };
}
