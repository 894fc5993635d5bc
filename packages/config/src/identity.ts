import { z } from 'zod';

type Environment = Record<string, string | undefined>;

/** The secret the local stack signs and verifies tokens with when none is configured. */
export const DEVELOPMENT_JWT_SECRET = 'wego-local-development-secret-change-me-in-production';

/** The signing algorithms a token may use; every other one (`none` first) is refused. */
export const TOKEN_ALGORITHMS = ['HS256', 'RS256', 'ES256'] as const;
export type TokenAlgorithm = (typeof TOKEN_ALGORITHMS)[number];

const SECRET_ALGORITHMS: readonly TokenAlgorithm[] = ['HS256'];
const KEY_SET_ALGORITHMS: readonly TokenAlgorithm[] = ['RS256', 'ES256'];

export interface IdentityConfig {
  /** The HS256 key tokens are signed and verified with, for local use; null when they are verified against `jwksUrl`. */
  jwtSecret: string | null;
  /** Where the token issuer publishes its public keys (a JSON Web Key Set); null when tokens are verified with `jwtSecret`. */
  jwksUrl: string | null;
  algorithms: TokenAlgorithm[];
  /** The `iss` every token must carry. */
  issuer: string;
  /** The `aud` every token must carry. */
  audience: string;
}

const DEVELOPMENT_IDENTITY: IdentityConfig = {
  jwtSecret: DEVELOPMENT_JWT_SECRET,
  jwksUrl: null,
  algorithms: ['HS256'],
  issuer: 'wego',
  audience: 'wego-graph',
};

function protocolOf(url: string): string {
  try {
    return new URL(url).protocol;
  } catch {
    return '';
  }
}

const identitySchema = z.object({
  JWT_SECRET: z.string().min(32, 'JWT_SECRET must be at least 32 characters').optional(),
  JWT_JWKS_URL: z
    .string()
    .refine((value) => ['http:', 'https:'].includes(protocolOf(value)), 'JWT_JWKS_URL must be an http(s) URL')
    .optional(),
  JWT_ALGORITHMS: z.string().optional(),
  JWT_ISSUER: z.string().min(1).optional(),
  JWT_AUDIENCE: z.string().min(1).optional(),
});

function algorithmsOf(listed: string | undefined, keySet: boolean, issues: string[]): TokenAlgorithm[] {
  const allowed = keySet ? KEY_SET_ALGORITHMS : SECRET_ALGORITHMS;
  if (listed === undefined) return [...allowed];
  const names = [...new Set(listed.split(',').map((name) => name.trim()).filter((name) => name.length > 0))];
  if (names.length === 0) issues.push('JWT_ALGORITHMS: name at least one algorithm');
  for (const name of names) {
    if (name.toLowerCase() === 'none') issues.push('JWT_ALGORITHMS: "none" is never accepted: an unsigned token proves nothing');
    else if (!(TOKEN_ALGORITHMS as readonly string[]).includes(name)) issues.push(`JWT_ALGORITHMS: "${name}" is not supported (${TOKEN_ALGORITHMS.join(', ')})`);
    else if (!allowed.includes(name as TokenAlgorithm)) {
      issues.push(
        keySet
          ? `JWT_ALGORITHMS: ${name} cannot be verified against JWT_JWKS_URL (use ${KEY_SET_ALGORITHMS.join(', ')})`
          : `JWT_ALGORITHMS: ${name} needs the issuer's public keys in JWT_JWKS_URL; JWT_SECRET verifies ${SECRET_ALGORITHMS.join(', ')} only`,
      );
    }
  }
  return names as TokenAlgorithm[];
}

function issuesOf(error: z.ZodError): string[] {
  return error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

/** Production verifies RS256/ES256 against a JWKS only: a shared secret there would let whoever holds it mint any role. */
export function identityConfigOf(env: Environment, production: boolean): { config: IdentityConfig; issues: string[] } {
  const parsed = identitySchema.safeParse(env);
  if (!parsed.success) return { config: DEVELOPMENT_IDENTITY, issues: issuesOf(parsed.error) };
  const raw = parsed.data;
  const issues: string[] = [];
  const keySet = raw.JWT_JWKS_URL !== undefined;
  if (production) {
    if (!keySet) issues.push('JWT_JWKS_URL: required in production (HS256 tokens signed with a shared JWT_SECRET are for local use only)');
    else if (protocolOf(raw.JWT_JWKS_URL!) !== 'https:') issues.push('JWT_JWKS_URL: must be an https URL in production');
    if (raw.JWT_SECRET !== undefined) issues.push('JWT_SECRET: refused in production (tokens are verified against JWT_JWKS_URL)');
    if (raw.JWT_ISSUER === undefined) issues.push('JWT_ISSUER: required in production (the "iss" of the issuer\'s tokens)');
    if (raw.JWT_AUDIENCE === undefined) issues.push('JWT_AUDIENCE: required in production (the "aud" the issuer gives tokens for this graph)');
  } else if (keySet && raw.JWT_SECRET !== undefined) {
    issues.push('JWT_SECRET, JWT_JWKS_URL: set one, not both (JWT_JWKS_URL for the issuer\'s RS256/ES256 tokens, JWT_SECRET for local HS256 tokens)');
  }
  return {
    config: {
      jwtSecret: keySet ? null : (raw.JWT_SECRET ?? DEVELOPMENT_JWT_SECRET),
      jwksUrl: raw.JWT_JWKS_URL ?? null,
      algorithms: algorithmsOf(raw.JWT_ALGORITHMS, keySet, issues),
      issuer: raw.JWT_ISSUER ?? DEVELOPMENT_IDENTITY.issuer,
      audience: raw.JWT_AUDIENCE ?? DEVELOPMENT_IDENTITY.audience,
    },
    issues,
  };
}
