import { z } from 'zod';
import { parseWith } from './shared';

type Environment = Record<string, string | undefined>;

/** How large an operation the gateway and every subgraph accept before running any of it. */
export interface OperationLimits {
  /** Fields nested in one another, counted from the operation's root fields (1). */
  maxDepth: number;
  /** Aliased fields in one operation, fragments included. */
  maxAliases: number;
  /** Directives written in one operation, fragments included. */
  maxDirectives: number;
  /** Lexical tokens in the whole document (names, punctuation, values). */
  maxTokens: number;
  /** The operation's cost, as it is priced before it runs (packages/operation-limits/src/operation-cost.ts). */
  maxCost: number;
}

export const OPERATION_LIMIT_DEFAULTS: OperationLimits = {
  maxDepth: 12,
  maxAliases: 15,
  maxDirectives: 20,
  maxTokens: 2000,
  // Nearly four times the README's heaviest query (13,035.75): room for fees or an audit trail on a full page,
  // while two nested pages of 200 (over 2.6 million) stay out.
  maxCost: 50000,
};

const limit = (max: number, fallback: number) => z.coerce.number().int().min(1).max(max).default(fallback);

const operationLimitsSchema = z.object({
  GATEWAY_MAX_DEPTH: limit(100, OPERATION_LIMIT_DEFAULTS.maxDepth),
  GATEWAY_MAX_ALIASES: limit(1000, OPERATION_LIMIT_DEFAULTS.maxAliases),
  GATEWAY_MAX_DIRECTIVES: limit(1000, OPERATION_LIMIT_DEFAULTS.maxDirectives),
  GATEWAY_MAX_TOKENS: limit(100000, OPERATION_LIMIT_DEFAULTS.maxTokens),
  GATEWAY_MAX_COST: limit(100_000_000, OPERATION_LIMIT_DEFAULTS.maxCost),
});

export function parseOperationLimits(env: Environment): OperationLimits {
  const raw = parseWith(operationLimitsSchema, env);
  return {
    maxDepth: raw.GATEWAY_MAX_DEPTH,
    maxAliases: raw.GATEWAY_MAX_ALIASES,
    maxDirectives: raw.GATEWAY_MAX_DIRECTIVES,
    maxTokens: raw.GATEWAY_MAX_TOKENS,
    maxCost: raw.GATEWAY_MAX_COST,
  };
}
