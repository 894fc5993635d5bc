import { GraphQLError } from 'graphql';
import { jwtVerify, errors as joseErrors, type JWTPayload, type JWTVerifyGetKey, type JWTVerifyOptions, type KeyLike } from 'jose';
import type { IdentityConfig } from '@wego/config';
import { ErrorCode, unauthenticated } from '@wego/errors';
import { viewerFromClaims } from './claims';
import { KeySetUnavailable, verificationKeyOf } from './verification-key';
import { ANONYMOUS, type Viewer } from './viewer';

/** How far the clocks of the issuer and of this graph may drift apart, for `exp`, `nbf` and `iat`. */
export const CLOCK_TOLERANCE_SECONDS = 5;

/** Checks callers' tokens; made once per process, since it keeps the issuer's keys between requests. */
export interface TokenVerifier {
  /** The viewer a token proves; throws UNAUTHENTICATED for a token that is not good. */
  verify(token: string): Promise<Viewer>;
  /** The viewer of an `Authorization` header: anonymous without one, else its verified bearer token. */
  viewerOf(authorization: string | undefined | null): Promise<Viewer>;
}

export interface TokenVerifierOptions {
  /** Told when the issuer's key set cannot be fetched: every token is refused until it can. */
  onKeySetFailure?: (failure: unknown) => void;
}

async function verifiedPayload(token: string, key: JWTVerifyGetKey, options: JWTVerifyOptions): Promise<JWTPayload> {
  try {
    return (await jwtVerify(token, key, options)).payload;
  } catch (error) {
    if (!(error instanceof joseErrors.JWKSMultipleMatchingKeys)) throw error;
    // A token without `kid` while the issuer publishes several keys of its kind, as during a key rotation.
    for await (const candidate of error as unknown as AsyncIterable<KeyLike>) {
      try {
        return (await jwtVerify(token, candidate, options)).payload;
      } catch (attempt) {
        if (!(attempt instanceof joseErrors.JWSSignatureVerificationFailed)) throw attempt;
      }
    }
    throw new joseErrors.JWSSignatureVerificationFailed();
  }
}

function keySetUnavailable(): GraphQLError {
  return new GraphQLError('Tokens cannot be verified right now; try again shortly.', {
    extensions: { code: ErrorCode.Unavailable, retryable: true, http: { status: 503 } },
  });
}

export function createTokenVerifier(config: IdentityConfig, options: TokenVerifierOptions = {}): TokenVerifier {
  const key = verificationKeyOf(config);
  const rules: JWTVerifyOptions = {
    algorithms: [...config.algorithms],
    issuer: config.issuer,
    audience: config.audience,
    requiredClaims: ['sub', 'exp'],
    clockTolerance: CLOCK_TOLERANCE_SECONDS,
  };
  const verify = async (token: string): Promise<Viewer> => {
    let payload: JWTPayload;
    try {
      payload = await verifiedPayload(token, key, rules);
    } catch (error) {
      if (error instanceof KeySetUnavailable) {
        options.onKeySetFailure?.(error.failure);
        throw keySetUnavailable();
      }
      if (error instanceof joseErrors.JWTExpired) throw unauthenticated('Your token has expired; sign in again.');
      throw unauthenticated('Your token could not be verified.');
    }
    const viewer = viewerFromClaims(payload);
    if (!viewer) throw unauthenticated('Your token does not name a role this graph knows (secretariat, office or member).');
    return viewer;
  };
  return {
    verify,
    async viewerOf(authorization) {
      if (authorization === undefined || authorization === null || authorization === '') return ANONYMOUS;
      const match = /^Bearer\s+(\S+)$/i.exec(authorization);
      if (!match?.[1]) throw unauthenticated('The Authorization header must be "Bearer <token>".');
      return verify(match[1]);
    },
  };
}
