import { GraphQLError } from 'graphql';
import { exportSPKI, generateKeyPair, importJWK, SignJWT, UnsecuredJWT, type KeyLike } from 'jose';
import type { IdentityConfig } from '@wego/config';
import { createTokenVerifier, signToken, type TokenClaims } from '../src';
import { publishedKey, startKeySetServer, type KeySetServer, type PublishedKey } from './key-set-server';

const LOCAL: IdentityConfig = {
  jwtSecret: 'a-local-secret-of-at-least-thirty-two-characters',
  jwksUrl: null,
  algorithms: ['HS256'],
  issuer: 'wego',
  audience: 'wego-graph',
};
const SECRETARIAT: TokenClaims = { role: 'secretariat', sub: 'officer' };

interface Forged {
  alg?: string;
  kid?: string | null;
  claims?: Record<string, unknown>;
  issuer?: string;
  audience?: string;
  expiresIn?: number | null;
  notBefore?: number;
}

/** A token as anyone could make one: every header and claim chosen by the caller. */
function forge(key: KeyLike | Uint8Array, issuer: string, audience: string, options: Forged = {}): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  const kid = options.kid ?? null;
  const token = new SignJWT(options.claims ?? { ...SECRETARIAT })
    .setProtectedHeader({ alg: options.alg ?? 'HS256', ...(kid === null ? {} : { kid }) })
    .setIssuer(options.issuer ?? issuer)
    .setAudience(options.audience ?? audience)
    .setIssuedAt(now);
  if (options.expiresIn !== null) token.setExpirationTime(now + (options.expiresIn ?? 600));
  if (options.notBefore !== undefined) token.setNotBefore(now + options.notBefore);
  return token.sign(key);
}

async function refusal(promise: Promise<unknown>): Promise<{ code: unknown; status: unknown; message: string }> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  if (!(error instanceof GraphQLError)) throw new Error(`expected a GraphQLError refusal, got ${String(error)}`);
  return { code: error.extensions.code, status: (error.extensions.http as { status?: number } | undefined)?.status, message: error.message };
}

const UNAUTHENTICATED = { code: 'UNAUTHENTICATED', status: 401 };

describe('local tokens (HS256 with a secret)', () => {
  const tokens = createTokenVerifier(LOCAL);
  const secret = new TextEncoder().encode(LOCAL.jwtSecret!);
  const local = (options: Forged = {}) => forge(secret, LOCAL.issuer, LOCAL.audience, options);

  it('yields the viewer each role names', async () => {
    await expect(tokens.verify(await signToken(LOCAL, SECRETARIAT))).resolves.toEqual({ role: 'secretariat', subject: 'officer' });
    await expect(tokens.verify(await signToken(LOCAL, { role: 'office', officeId: 'east-asia', sub: 's' }))).resolves.toEqual({
      role: 'office',
      subject: 's',
      officeId: 'east-asia',
    });
    await expect(tokens.verify(await signToken(LOCAL, { role: 'member', memberId: 'm-1', sub: 'm' }))).resolves.toEqual({
      role: 'member',
      subject: 'm',
      memberId: 'm-1',
    });
  });

  it('takes a token that expired within the 5 s clock tolerance', async () => {
    await expect(tokens.verify(await local({ expiresIn: -3 }))).resolves.toMatchObject({ role: 'secretariat' });
  });

  it.each<[string, () => Promise<string>]>([
    ['alg none', async () => new UnsecuredJWT({ ...SECRETARIAT }).setIssuer(LOCAL.issuer).setAudience(LOCAL.audience).setExpirationTime('1h').encode()],
    ['signed with another secret', async () => signToken({ ...LOCAL, jwtSecret: 'another-secret-of-at-least-thirty-two-chars' }, SECRETARIAT)],
    ['HS512 with the right secret (not in the allow-list)', async () => local({ alg: 'HS512' })],
    ['RS256 by some key pair', async () => forge((await generateKeyPair('RS256')).privateKey, LOCAL.issuer, LOCAL.audience, { alg: 'RS256' })],
    ['for another audience', async () => local({ audience: 'other' })],
    ['from another issuer', async () => local({ issuer: 'other' })],
    ['expired 10 s ago', async () => local({ expiresIn: -10 })],
    ['without exp', async () => local({ expiresIn: null })],
    ['not valid before a minute from now', async () => local({ notBefore: 60 })],
    ['without sub', async () => local({ claims: { role: 'secretariat' } })],
    ['of an unknown role', async () => local({ claims: { role: 'admin', sub: 'x' } })],
    ['of an office without its officeId', async () => local({ claims: { role: 'office', sub: 'x' } })],
    ['of a member with an empty memberId', async () => local({ claims: { role: 'member', sub: 'x', memberId: '' } })],
    ['cut short', async () => (await signToken(LOCAL, SECRETARIAT)).slice(0, -4)],
    ['that is no JWT', async () => 'abc.def.ghi'],
  ])('refuses a token %s with UNAUTHENTICATED (401)', async (_name, make) => {
    await expect(refusal(tokens.verify(await make()))).resolves.toMatchObject(UNAUTHENTICATED);
  });

  it('says when a token has expired', async () => {
    await expect(refusal(tokens.verify(await local({ expiresIn: -60 })))).resolves.toMatchObject({ message: 'Your token has expired; sign in again.' });
  });

  it('reads the Authorization header: none is anonymous, anything but "Bearer <token>" is refused', async () => {
    for (const absent of [undefined, null, '']) await expect(tokens.viewerOf(absent)).resolves.toEqual({ role: 'anonymous' });
    await expect(tokens.viewerOf(`bearer ${await signToken(LOCAL, SECRETARIAT)}`)).resolves.toMatchObject({ role: 'secretariat' });
    for (const header of ['Basic dXNlcjpwYXNz', 'Bearer', 'Bearer a b', 'token']) {
      await expect(refusal(tokens.viewerOf(header))).resolves.toMatchObject(UNAUTHENTICATED);
    }
  });
});

describe('production tokens (RS256, ES256 against a JWKS)', () => {
  let rsa: PublishedKey;
  let ec: PublishedKey;
  let keySet: KeySetServer;
  let identity: IdentityConfig;
  const ISSUER = 'https://login.example.org/';
  const AUDIENCE = 'wego-graph';
  const issued = (key: KeyLike | Uint8Array, options: Forged) => forge(key, ISSUER, AUDIENCE, options);
  const rsaPublicKey = async () => (await importJWK(rsa.jwk, 'RS256')) as KeyLike;

  beforeAll(async () => {
    rsa = await publishedKey('RS256', 'rsa-1');
    ec = await publishedKey('ES256', 'ec-1');
    keySet = await startKeySetServer([rsa, ec]);
    identity = { jwtSecret: null, jwksUrl: keySet.url, algorithms: ['RS256', 'ES256'], issuer: ISSUER, audience: AUDIENCE };
  });
  afterAll(() => keySet.stop());
  afterEach(() => jest.restoreAllMocks());

  it('takes RS256 and ES256 tokens signed by published keys', async () => {
    const tokens = createTokenVerifier(identity);
    await expect(tokens.verify(await issued(rsa.privateKey, { alg: 'RS256', kid: rsa.kid }))).resolves.toMatchObject({ role: 'secretariat' });
    await expect(tokens.verify(await issued(ec.privateKey, { alg: 'ES256', kid: ec.kid }))).resolves.toMatchObject({ role: 'secretariat' });
  });

  it.each<[string, () => Promise<string>]>([
    ['alg none', async () => new UnsecuredJWT({ ...SECRETARIAT }).setIssuer(ISSUER).setAudience(AUDIENCE).setExpirationTime('1h').encode()],
    [
      'HS256 keyed with the published RSA public key (key confusion)',
      async () => issued(new TextEncoder().encode(await exportSPKI(await rsaPublicKey())), { alg: 'HS256', kid: rsa.kid }),
    ],
    ['HS256 keyed with the JWK text of the published key', async () => issued(new TextEncoder().encode(JSON.stringify(rsa.jwk)), { alg: 'HS256', kid: rsa.kid })],
    ['RS512 signed by the published RSA key (not in the allow-list)', async () => issued(rsa.privateKey, { alg: 'RS512', kid: rsa.kid })],
    ['PS256 signed by the published RSA key (not in the allow-list)', async () => issued(rsa.privateKey, { alg: 'PS256', kid: rsa.kid })],
    ['RS256 by a key pair not published, naming a published kid', async () => issued((await generateKeyPair('RS256')).privateKey, { alg: 'RS256', kid: rsa.kid })],
    ['ES256 by a key pair not published, naming a published kid', async () => issued((await generateKeyPair('ES256')).privateKey, { alg: 'ES256', kid: ec.kid })],
    ['RS256 naming a kid not published', async () => issued(rsa.privateKey, { alg: 'RS256', kid: 'rsa-0' })],
    ['for another audience', async () => issued(rsa.privateKey, { alg: 'RS256', kid: rsa.kid, audience: 'other' })],
    ['from another issuer', async () => issued(ec.privateKey, { alg: 'ES256', kid: ec.kid, issuer: 'https://login.example.com/' })],
    ['expired 10 s ago', async () => issued(rsa.privateKey, { alg: 'RS256', kid: rsa.kid, expiresIn: -10 })],
    ['without exp', async () => issued(rsa.privateKey, { alg: 'RS256', kid: rsa.kid, expiresIn: null })],
  ])('refuses a token %s with UNAUTHENTICATED (401)', async (_name, make) => {
    await expect(refusal(createTokenVerifier(identity).verify(await make()))).resolves.toMatchObject(UNAUTHENTICATED);
  });

  it('takes only the algorithms allowed: an ES256-only graph refuses a good RS256 token', async () => {
    const tokens = createTokenVerifier({ ...identity, algorithms: ['ES256'] });
    await expect(refusal(tokens.verify(await issued(rsa.privateKey, { alg: 'RS256', kid: rsa.kid })))).resolves.toMatchObject(UNAUTHENTICATED);
    await expect(tokens.verify(await issued(ec.privateKey, { alg: 'ES256', kid: ec.kid }))).resolves.toMatchObject({ role: 'secretariat' });
  });

  it('fetches the key set once, and not again for tokens naming unknown keys within 30 s', async () => {
    const before = keySet.fetches();
    const tokens = createTokenVerifier(identity);
    await tokens.verify(await issued(rsa.privateKey, { alg: 'RS256', kid: rsa.kid }));
    await tokens.verify(await issued(ec.privateKey, { alg: 'ES256', kid: ec.kid }));
    for (let attempt = 0; attempt < 10; attempt += 1) {
      await expect(refusal(tokens.verify(await issued(rsa.privateKey, { alg: 'RS256', kid: `unknown-${attempt}` })))).resolves.toMatchObject(UNAUTHENTICATED);
    }
    expect(keySet.fetches() - before).toBe(1);
  });

  it('learns a key published later once 30 s have passed since the last fetch', async () => {
    const tokens = createTokenVerifier(identity);
    await tokens.verify(await issued(rsa.privateKey, { alg: 'RS256', kid: rsa.kid }));
    const next = await publishedKey('RS256', 'rsa-2');
    keySet.publish([rsa, ec, next]);
    try {
      const token = await issued(next.privateKey, { alg: 'RS256', kid: next.kid });
      await expect(refusal(tokens.verify(token))).resolves.toMatchObject(UNAUTHENTICATED);
      const now = Date.now();
      jest.spyOn(Date, 'now').mockReturnValue(now + 31_000);
      await expect(tokens.verify(token)).resolves.toMatchObject({ role: 'secretariat' });
    } finally {
      keySet.publish([rsa, ec]);
    }
  });

  it('tries each key of the kind when a token names none, as during a key rotation', async () => {
    const second = await publishedKey('RS256', 'rsa-2');
    keySet.publish([rsa, second, ec]);
    try {
      const tokens = createTokenVerifier(identity);
      await expect(tokens.verify(await issued(second.privateKey, { alg: 'RS256' }))).resolves.toMatchObject({ role: 'secretariat' });
      await expect(tokens.verify(await issued(rsa.privateKey, { alg: 'RS256' }))).resolves.toMatchObject({ role: 'secretariat' });
      const stranger = (await generateKeyPair('RS256')).privateKey;
      await expect(refusal(tokens.verify(await issued(stranger, { alg: 'RS256' })))).resolves.toMatchObject(UNAUTHENTICATED);
    } finally {
      keySet.publish([rsa, ec]);
    }
  });

  it('answers UNAVAILABLE (503) and reports it while the key set cannot be fetched, and recovers by itself', async () => {
    const failures: unknown[] = [];
    const tokens = createTokenVerifier(identity, { onKeySetFailure: (failure) => failures.push(failure) });
    const token = await issued(rsa.privateKey, { alg: 'RS256', kid: rsa.kid });
    keySet.fail(500);
    try {
      await expect(refusal(tokens.verify(token))).resolves.toMatchObject({ code: 'UNAVAILABLE', status: 503 });
      expect(failures).toHaveLength(1);
    } finally {
      keySet.fail(null);
    }
    await expect(tokens.verify(token)).resolves.toMatchObject({ role: 'secretariat' });
  });

  it('answers UNAVAILABLE when nothing listens at the key set URL', async () => {
    const tokens = createTokenVerifier({ ...identity, jwksUrl: 'http://127.0.0.1:9/jwks.json' });
    await expect(refusal(tokens.verify(await issued(rsa.privateKey, { alg: 'RS256', kid: rsa.kid })))).resolves.toMatchObject({
      code: 'UNAVAILABLE',
      status: 503,
    });
  });
});

describe('createTokenVerifier', () => {
  it.each<[string, Partial<IdentityConfig>]>([
    ['both a secret and a key set', { jwksUrl: 'https://login.example.org/jwks.json' }],
    ['neither a secret nor a key set', { jwtSecret: null }],
    ['no algorithm', { algorithms: [] }],
    ['"none"', { algorithms: ['none' as never] }],
    ['an asymmetric algorithm with a secret', { algorithms: ['HS256', 'RS256'] }],
    ['HS256 with a key set', { jwtSecret: null, jwksUrl: 'https://login.example.org/jwks.json', algorithms: ['HS256'] }],
  ])('refuses a configuration with %s', (_name, change) => {
    expect(() => createTokenVerifier({ ...LOCAL, ...change })).toThrow(/Identity configuration refused/);
  });
});
