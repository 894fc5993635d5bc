import { ConfigError, DEVELOPMENT_SUBGRAPH_SECRETS, parseSubgraphConfig, parseSubgraphSecret } from '../src';

const DATABASE = { DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/test' };
const PRODUCTION = {
  ...DATABASE,
  NODE_ENV: 'production',
  JWT_JWKS_URL: 'https://login.example.org/.well-known/jwks.json',
  JWT_ISSUER: 'https://login.example.org/',
  JWT_AUDIENCE: 'wego-graph',
};
const SECRETS = { MEMBERSHIP_SECRET: 'm'.repeat(32), GOVERNANCE_SECRET: 'g'.repeat(40), REGIONAL_OFFICES_SECRET: 'r'.repeat(64) };

// The gateway's and governance's own readings of the secrets are tested beside them.
describe('subgraph secrets', () => {
  it('default outside production to a development secret of each subgraph, all different', () => {
    expect(parseSubgraphConfig(DATABASE, 'membership').subgraphSecret).toBe(DEVELOPMENT_SUBGRAPH_SECRETS.membership);
    expect(new Set(Object.values(DEVELOPMENT_SUBGRAPH_SECRETS)).size).toBe(3);
  });

  it('are required in production', () => {
    expect(() => parseSubgraphConfig(PRODUCTION, 'membership')).toThrow(/MEMBERSHIP_SECRET: required in production/);
  });

  it('must be at least 32 characters, in production and out of it', () => {
    for (const env of [DATABASE, PRODUCTION]) {
      for (const secret of ['', 's'.repeat(31)]) {
        expect(() => parseSubgraphSecret({ ...env, REGIONAL_OFFICES_SECRET: secret }, 'regional-offices')).toThrow(ConfigError);
      }
    }
    expect(parseSubgraphSecret({ ...PRODUCTION, REGIONAL_OFFICES_SECRET: 's'.repeat(32) }, 'regional-offices')).toBe('s'.repeat(32));
  });

  it('are read by a subgraph as its own', () => {
    expect(parseSubgraphConfig({ ...PRODUCTION, ...SECRETS }, 'regional-offices').subgraphSecret).toBe(SECRETS.REGIONAL_OFFICES_SECRET);
  });
});
