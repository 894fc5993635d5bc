/** Which browser origins are answered with CORS headers. */
export interface CorsPolicy {
  /** Origins answered, matched exactly. */
  origins: readonly string[];
  /** Whether any `http://localhost:<port>` and `http://127.0.0.1:<port>` is answered too (outside production). */
  localOrigins: boolean;
}

/** Outside production, with no origin listed: pages served from this machine. */
export const LOCAL_ORIGINS_ONLY: CorsPolicy = { origins: [], localOrigins: true };

const LOCAL_ORIGIN = /^http:\/\/(localhost|127\.0\.0\.1)(:\d{1,5})?$/;

export function allowsOrigin(policy: CorsPolicy, origin: string | undefined): boolean {
  if (!origin) return false;
  return policy.origins.includes(origin) || (policy.localOrigins && LOCAL_ORIGIN.test(origin));
}
