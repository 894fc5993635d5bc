import { SignJWT, jwtVerify, errors as joseErrors } from 'jose';
import type { IdentityConfig } from '@wego/config';
import { unauthenticated } from '@wego/errors';
import { ANONYMOUS, type Viewer } from './viewer';

const ALGORITHM = 'HS256';
const DEFAULT_LIFETIME = '12h';

function keyOf(config: IdentityConfig): Uint8Array {
  return new TextEncoder().encode(config.jwtSecret);
}

export type TokenClaims =
  | { sub: string; role: 'secretariat' }
  | { sub: string; role: 'office'; officeId: string }
  | { sub: string; role: 'member'; memberId: string };

export async function signToken(config: IdentityConfig, claims: TokenClaims, lifetime: string = DEFAULT_LIFETIME): Promise<string> {
  return new SignJWT({ ...claims })
    .setProtectedHeader({ alg: ALGORITHM, typ: 'JWT' })
    .setIssuer(config.issuer)
    .setAudience(config.audience)
    .setIssuedAt()
    .setExpirationTime(lifetime)
    .setSubject(claims.sub)
    .sign(keyOf(config));
}

function viewerFromClaims(payload: Record<string, unknown>): Viewer | null {
  const subject = payload.sub;
  if (typeof subject !== 'string' || subject.length === 0) return null;
  switch (payload.role) {
    case 'secretariat':
      return { role: 'secretariat', subject };
    case 'office':
      return typeof payload.officeId === 'string' && payload.officeId ? { role: 'office', subject, officeId: payload.officeId } : null;
    case 'member':
      return typeof payload.memberId === 'string' && payload.memberId ? { role: 'member', subject, memberId: payload.memberId } : null;
    default:
      return null;
  }
}

/** The viewer a token proves; throws UNAUTHENTICATED for a bad, expired, unsigned or malformed token. */
export async function verifyToken(config: IdentityConfig, token: string): Promise<Viewer> {
  let payload: Record<string, unknown>;
  try {
    ({ payload } = await jwtVerify(token, keyOf(config), {
      algorithms: [ALGORITHM],
      issuer: config.issuer,
      audience: config.audience,
      requiredClaims: ['sub', 'exp'],
    }));
  } catch (error) {
    if (error instanceof joseErrors.JWTExpired) throw unauthenticated('Your token has expired; sign in again.');
    throw unauthenticated('Your token could not be verified.');
  }
  const viewer = viewerFromClaims(payload);
  if (!viewer) throw unauthenticated('Your token does not name a role this graph knows (secretariat, office or member).');
  return viewer;
}

/** The viewer of an `Authorization` header: anonymous without one, else its verified bearer token. */
export async function viewerFromAuthorization(config: IdentityConfig, header: string | undefined | null): Promise<Viewer> {
  if (header === undefined || header === null || header === '') return ANONYMOUS;
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match?.[1]) throw unauthenticated('The Authorization header must be "Bearer <token>".');
  return verifyToken(config, match[1]);
}
