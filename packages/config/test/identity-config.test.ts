import { ConfigError, DEVELOPMENT_JWT_SECRET, parseSharedConfig } from '../src';

const SECRET = 'a-local-secret-of-at-least-thirty-two-characters';
const JWKS = 'https://login.example.org/.well-known/jwks.json';
const PRODUCTION = { NODE_ENV: 'production', JWT_JWKS_URL: JWKS, JWT_ISSUER: 'https://login.example.org/', JWT_AUDIENCE: 'wego-graph' };

/** Tokens verified against JWKS alone, by either key-set algorithm, for `issuer` and `audience`. */
const keySetIdentity = (issuer: string, audience: string) => ({ jwtSecret: null, jwksUrl: JWKS, algorithms: ['RS256', 'ES256'], issuer, audience });

function refusal(env: Record<string, string>): string {
  try {
    parseSharedConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.message;
    throw error;
  }
  throw new Error('the configuration was accepted');
}

describe('identity configuration', () => {
  it('verifies HS256 with the development secret when nothing is set, outside production', () => {
    expect(parseSharedConfig({}).identity).toEqual({
      jwtSecret: DEVELOPMENT_JWT_SECRET,
      jwksUrl: null,
      algorithms: ['HS256'],
      issuer: 'wego',
      audience: 'wego-graph',
    });
  });

  it('verifies HS256 with JWT_SECRET', () => {
    expect(parseSharedConfig({ JWT_SECRET: SECRET }).identity).toMatchObject({ jwtSecret: SECRET, jwksUrl: null, algorithms: ['HS256'] });
  });

  it('verifies RS256 and ES256 against JWT_JWKS_URL, with no secret', () => {
    expect(parseSharedConfig({ JWT_JWKS_URL: JWKS, JWT_ISSUER: 'idp', JWT_AUDIENCE: 'graph' }).identity).toEqual(keySetIdentity('idp', 'graph'));
  });

  it('narrows the algorithms to JWT_ALGORITHMS', () => {
    expect(parseSharedConfig({ JWT_JWKS_URL: JWKS, JWT_ALGORITHMS: ' ES256 ' }).identity.algorithms).toEqual(['ES256']);
    expect(parseSharedConfig({ JWT_JWKS_URL: JWKS, JWT_ALGORITHMS: 'RS256,ES256,RS256' }).identity.algorithms).toEqual(['RS256', 'ES256']);
  });

  it.each([
    [{ JWT_JWKS_URL: JWKS, JWT_ALGORITHMS: 'none' }, /"none" is never accepted/],
    [{ JWT_ALGORITHMS: 'HS256,none' }, /"none" is never accepted/],
    [{ JWT_ALGORITHMS: 'NONE' }, /"none" is never accepted/],
    [{ JWT_JWKS_URL: JWKS, JWT_ALGORITHMS: 'HS256' }, /HS256 cannot be verified against JWT_JWKS_URL/],
    [{ JWT_SECRET: SECRET, JWT_ALGORITHMS: 'RS256' }, /RS256 needs the issuer's public keys in JWT_JWKS_URL/],
    [{ JWT_JWKS_URL: JWKS, JWT_ALGORITHMS: 'PS256' }, /"PS256" is not supported/],
    [{ JWT_JWKS_URL: JWKS, JWT_ALGORITHMS: ' , ' }, /name at least one algorithm/],
    [{ JWT_JWKS_URL: JWKS, JWT_SECRET: SECRET }, /set one, not both/],
    [{ JWT_JWKS_URL: 'ftp://login.example.org/jwks.json' }, /JWT_JWKS_URL must be an http\(s\) URL/],
    [{ JWT_JWKS_URL: 'jwks.json' }, /JWT_JWKS_URL must be an http\(s\) URL/],
    [{ JWT_SECRET: 'short' }, /at least 32 characters/],
  ])('refuses %p', (env, reason) => {
    expect(refusal(env)).toMatch(reason);
  });

  describe('in production', () => {
    it('takes the issuer’s JWKS over https with its issuer and audience', () => {
      expect(parseSharedConfig(PRODUCTION).identity).toEqual(keySetIdentity('https://login.example.org/', 'wego-graph'));
    });

    it('requires JWT_JWKS_URL: HS256 with a shared secret is refused', () => {
      expect(refusal({ NODE_ENV: 'production' })).toMatch(/JWT_JWKS_URL: required in production/);
      const withSecret = refusal({ ...PRODUCTION, JWT_JWKS_URL: '', JWT_SECRET: SECRET });
      expect(withSecret).toMatch(/JWT_JWKS_URL must be an http\(s\) URL/);
      const secretOnly = refusal({ NODE_ENV: 'production', JWT_SECRET: SECRET, JWT_ISSUER: 'wego', JWT_AUDIENCE: 'wego-graph' });
      expect(secretOnly).toMatch(/JWT_JWKS_URL: required in production/);
      expect(secretOnly).toMatch(/JWT_SECRET: refused in production/);
      expect(refusal({ ...PRODUCTION, JWT_SECRET: SECRET })).toMatch(/JWT_SECRET: refused in production/);
      expect(refusal({ ...PRODUCTION, JWT_ALGORITHMS: 'HS256' })).toMatch(/HS256 cannot be verified against JWT_JWKS_URL/);
    });

    it('requires the JWKS over https, and the issuer and audience named', () => {
      expect(refusal({ ...PRODUCTION, JWT_JWKS_URL: 'http://login.example.org/jwks.json' })).toMatch(/must be an https URL in production/);
      expect(refusal({ NODE_ENV: 'production', JWT_JWKS_URL: JWKS })).toMatch(/JWT_ISSUER: required in production[\s\S]*JWT_AUDIENCE: required in production/);
    });
  });
});
