import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, exportSPKI, generateKeyPair, SignJWT, type JWK, type KeyLike } from 'jose';
import type { IdentityConfig } from '@wego/config';
import type { TokenClaims } from '@wego/identity';

export type IssuerAlgorithm = 'RS256' | 'ES256';

/** A key pair of the issuer; `kid` is how a token names the public half in the key set. */
export interface SigningKey {
  kid: string;
  algorithm: IssuerAlgorithm;
  privateKey: KeyLike;
  publicKey: KeyLike;
}

export interface SignOptions {
  /** The header's `alg`; the key's own algorithm when omitted. */
  algorithm?: string;
  /** The header's `kid`; the key's own when omitted, none when null. */
  kid?: string | null;
  issuer?: string;
  audience?: string;
  /** Seconds from now until `exp` (negative: already expired); no `exp` at all when null. */
  expiresIn?: number | null;
  /** Seconds from now until `nbf`. */
  notBefore?: number;
}

/** An identity provider for the tests: key pairs, their public JWKS on real HTTP, tokens signed with them. */
export interface TokenIssuer {
  issuer: string;
  audience: string;
  jwksUrl: string;
  /** The identity a process configured with this issuer's JWKS verifies tokens with. */
  identity: IdentityConfig;
  keys: Record<IssuerAlgorithm, SigningKey>;
  /** A key pair of the same kind naming the same `kid` as the published one, but published nowhere: a forger's. */
  stranger(algorithm: IssuerAlgorithm): Promise<SigningKey>;
  /** The public key of `key` as PEM, which anyone may read. */
  publicPem(key: SigningKey): Promise<string>;
  sign(claims: TokenClaims, key: SigningKey, options?: SignOptions): Promise<string>;
  stop(): Promise<void>;
}

const ISSUER = 'https://login.wego.test/';
const AUDIENCE = 'wego-graph-under-test';

async function keyPair(algorithm: IssuerAlgorithm, kid: string): Promise<SigningKey> {
  const { privateKey, publicKey } = await generateKeyPair(algorithm);
  return { kid, algorithm, privateKey, publicKey };
}

// Published without `alg`, as many issuers do: then only the allow-list stops an RS512 token signed
// with the published RSA key.
async function publicJwk(key: SigningKey): Promise<JWK> {
  return { ...(await exportJWK(key.publicKey)), kid: key.kid, use: 'sig' };
}

export async function startTokenIssuer(): Promise<TokenIssuer> {
  const keys = { RS256: await keyPair('RS256', 'rsa-2026'), ES256: await keyPair('ES256', 'ec-2026') };
  const body = JSON.stringify({ keys: [await publicJwk(keys.RS256), await publicJwk(keys.ES256)] });
  const server = createServer((request, response) => {
    if (request.url !== '/.well-known/jwks.json') {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': 'application/json' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const jwksUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/.well-known/jwks.json`;
  return {
    issuer: ISSUER,
    audience: AUDIENCE,
    jwksUrl,
    identity: { jwtSecret: null, jwksUrl, algorithms: ['RS256', 'ES256'], issuer: ISSUER, audience: AUDIENCE },
    keys,
    stranger: (algorithm) => keyPair(algorithm, keys[algorithm].kid),
    publicPem: (key) => exportSPKI(key.publicKey),
    async sign(claims, key, options = {}) {
      const now = Math.floor(Date.now() / 1000);
      const kid = options.kid === undefined ? key.kid : options.kid;
      const token = new SignJWT({ ...claims })
        .setProtectedHeader({ alg: options.algorithm ?? key.algorithm, typ: 'JWT', ...(kid === null ? {} : { kid }) })
        .setIssuer(options.issuer ?? ISSUER)
        .setAudience(options.audience ?? AUDIENCE)
        .setSubject(claims.sub)
        .setIssuedAt(now);
      if (options.expiresIn !== null) token.setExpirationTime(now + (options.expiresIn ?? 3600));
      if (options.notBefore !== undefined) token.setNotBefore(now + options.notBefore);
      return token.sign(key.privateKey);
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
