import { z } from 'zod';
import { ConfigError, parseWith } from './shared';

type Environment = Record<string, string | undefined>;

/** What every process's HTTP host needs of the environment: who may call it from a browser, how often, how long it keeps a connection. */
export interface HttpEdgeConfig {
  /** Browser origins answered with CORS headers, exactly as written (scheme, host and port). */
  corsOrigins: string[];
  /** Whether any `http://localhost:<port>` and `http://127.0.0.1:<port>` is answered too: outside production, when CORS_ORIGINS is unset. */
  corsLocalOrigins: boolean;
  /** Requests a direct caller may send per minute; the gateway's own calls are not counted. */
  rateLimitPerMinute: number;
  /** The rate limit's window: a minute; shorter only where a test needs to see it pass. */
  rateLimitWindowMs: number;
  /** How long an idle keep-alive connection stays open: above the idle timeout of the load balancer in front. */
  keepAliveTimeoutMs: number;
}

export const HTTP_EDGE_DEFAULTS: HttpEdgeConfig = {
  corsOrigins: [],
  corsLocalOrigins: true,
  rateLimitPerMinute: 600,
  rateLimitWindowMs: 60_000,
  // Common load balancers close idle connections after 60 s; the process must not close them first.
  keepAliveTimeoutMs: 65_000,
};

const environmentSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  CORS_ORIGINS: z.string().optional(),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(HTTP_EDGE_DEFAULTS.rateLimitPerMinute),
  KEEP_ALIVE_TIMEOUT_MS: z.coerce.number().int().min(1000).max(600_000).default(HTTP_EDGE_DEFAULTS.keepAliveTimeoutMs),
});

function originOf(written: string): string | null {
  try {
    const url = new URL(written);
    if (!['http:', 'https:'].includes(url.protocol) || url.origin !== written) return null;
    return url.origin;
  } catch {
    return null;
  }
}

/** CORS_ORIGINS is a comma-separated list of origins such as `https://office.example.org`: no path, no trailing slash, no wildcard. */
function corsOriginsOf(listed: string): string[] {
  const written = [...new Set(listed.split(',').map((origin) => origin.trim()).filter((origin) => origin.length > 0))];
  const invalid = written.filter((origin) => originOf(origin) === null);
  if (invalid.length > 0) {
    throw new ConfigError(invalid.map((origin) => `CORS_ORIGINS: "${origin}" is not an origin (write it as scheme://host[:port], without a path)`));
  }
  return written;
}

export function parseHttpEdgeConfig(env: Environment): HttpEdgeConfig {
  const raw = parseWith(environmentSchema, env);
  const listed = raw.CORS_ORIGINS !== undefined;
  return {
    corsOrigins: listed ? corsOriginsOf(raw.CORS_ORIGINS!) : [],
    corsLocalOrigins: !listed && raw.NODE_ENV !== 'production',
    rateLimitPerMinute: raw.RATE_LIMIT_PER_MINUTE,
    rateLimitWindowMs: HTTP_EDGE_DEFAULTS.rateLimitWindowMs,
    keepAliveTimeoutMs: raw.KEEP_ALIVE_TIMEOUT_MS,
  };
}
