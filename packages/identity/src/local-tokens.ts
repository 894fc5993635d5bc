import { SignJWT } from 'jose';
import type { IdentityConfig } from '@wego/config';
import type { TokenClaims } from './claims';

const DEFAULT_LIFETIME = '12h';

/** Why no token can be made here: production tokens come from the issuer that holds the private keys. */
export class LocalTokensUnavailable extends Error {
  constructor() {
    super('Tokens are verified against the issuer\'s keys (JWT_JWKS_URL): ask the issuer for a token. Local HS256 tokens need JWT_SECRET instead.');
    this.name = 'LocalTokensUnavailable';
  }
}

/** An HS256 token signed with the configured JWT_SECRET, for local use and tests. */
export async function signToken(
  config: Pick<IdentityConfig, 'jwtSecret' | 'issuer' | 'audience'>,
  claims: TokenClaims,
  lifetime: string = DEFAULT_LIFETIME,
): Promise<string> {
  if (config.jwtSecret === null) throw new LocalTokensUnavailable();
  return new SignJWT({ ...claims })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuer(config.issuer)
    .setAudience(config.audience)
    .setIssuedAt()
    .setExpirationTime(lifetime)
    .setSubject(claims.sub)
    .sign(new TextEncoder().encode(config.jwtSecret));
}
