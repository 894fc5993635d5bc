import { createRemoteJWKSet, errors as joseErrors, type JWTVerifyGetKey } from 'jose';
import { TOKEN_ALGORITHMS, type IdentityConfig } from '@wego/config';

/** The issuer's key set could not be fetched or read: no token can be checked, whoever sent it. */
export class KeySetUnavailable extends Error {
  constructor(readonly failure: unknown) {
    super('The token issuer\'s key set could not be fetched.');
    this.name = 'KeySetUnavailable';
  }
}

// jose's defaults, stated: forged key ids refetch the set at most every 30 s, so cannot make us hammer the issuer.
const KEY_SET_OPTIONS = { timeoutDuration: 5000, cooldownDuration: 30_000, cacheMaxAge: 600_000 };

/** Errors that say the token names no key of the set, which is the caller's problem, not the issuer's. */
function isCallersFault(error: unknown): boolean {
  return error instanceof joseErrors.JWKSNoMatchingKey || error instanceof joseErrors.JWKSMultipleMatchingKeys || error instanceof joseErrors.JOSENotSupported;
}

function issuerKeySet(url: string): JWTVerifyGetKey {
  const keySet = createRemoteJWKSet(new URL(url), KEY_SET_OPTIONS);
  return async (header, token) => {
    try {
      return await keySet(header, token);
    } catch (error) {
      throw isCallersFault(error) ? error : new KeySetUnavailable(error);
    }
  };
}

function assertConsistent(config: IdentityConfig): void {
  const symmetric = config.algorithms.filter((algorithm) => algorithm.startsWith('HS'));
  const unknown = config.algorithms.filter((algorithm) => !(TOKEN_ALGORITHMS as readonly string[]).includes(algorithm));
  const problems = [
    (config.jwtSecret === null) === (config.jwksUrl === null) ? 'exactly one of jwtSecret and jwksUrl must be set' : null,
    config.algorithms.length === 0 ? 'no algorithm is allowed' : null,
    unknown.length > 0 ? `unsupported algorithms: ${unknown.join(', ')}` : null,
    config.jwksUrl !== null && symmetric.length > 0 ? 'a key set verifies no HS* algorithm' : null,
    config.jwtSecret !== null && symmetric.length !== config.algorithms.length ? 'a secret verifies HS* algorithms only' : null,
  ].filter((problem): problem is string => problem !== null);
  if (problems.length > 0) throw new Error(`Identity configuration refused: ${problems.join('; ')}.`);
}

/** The key a token is checked with: the shared secret, or the key of the issuer's set the token names. */
export function verificationKeyOf(config: IdentityConfig): JWTVerifyGetKey {
  assertConsistent(config);
  if (config.jwksUrl !== null) return issuerKeySet(config.jwksUrl);
  const secret = new TextEncoder().encode(config.jwtSecret!);
  return () => secret;
}
