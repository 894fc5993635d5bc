import {
  ConfigError,
  DEVELOPMENT_SUBGRAPH_SECRETS,
  parseGatewayConfig,
  parseGovernanceConfig,
  parseSubgraphConfig,
  parseSubgraphSecret,
} from '../src';

const DATABASE = { DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/test' };
const PRODUCTION = {
  ...DATABASE,
  NODE_ENV: 'production',
  JWT_JWKS_URL: 'https://login.example.org/.well-known/jwks.json',
  JWT_ISSUER: 'https://login.example.org/',
  JWT_AUDIENCE: 'wego-graph',
};
const SECRETS = { MEMBERSHIP_SECRET: 'm'.repeat(32), GOVERNANCE_SECRET: 'g'.repeat(40), REGIONAL_OFFICES_SECRET: 'r'.repeat(64) };

describe('subgraph secrets', () => {
  it('default outside production to a development secret of each subgraph, all different', () => {
    expect(parseSubgraphConfig(DATABASE, 'MEMBERSHIP_PORT', 4001, 'membership').subgraphSecret).toBe(DEVELOPMENT_SUBGRAPH_SECRETS.membership);
    expect(new Set(Object.values(DEVELOPMENT_SUBGRAPH_SECRETS)).size).toBe(3);
  });

  it('are required in production, each of them', () => {
    expect(() => parseSubgraphConfig(PRODUCTION, 'MEMBERSHIP_PORT', 4001, 'membership')).toThrow(/MEMBERSHIP_SECRET: required in production/);
    expect(() => parseGovernanceConfig({ ...PRODUCTION, GOVERNANCE_SECRET: SECRETS.GOVERNANCE_SECRET })).toThrow(/MEMBERSHIP_SECRET/);
    expect(() => parseGatewayConfig({ ...PRODUCTION, MEMBERSHIP_SECRET: SECRETS.MEMBERSHIP_SECRET, GOVERNANCE_SECRET: SECRETS.GOVERNANCE_SECRET })).toThrow(
      /REGIONAL_OFFICES_SECRET: required in production/,
    );
  });

  it('must be at least 32 characters, in production and out of it', () => {
    for (const env of [DATABASE, PRODUCTION]) {
      for (const secret of ['', 's'.repeat(31)]) {
        expect(() => parseSubgraphSecret({ ...env, REGIONAL_OFFICES_SECRET: secret }, 'regional-offices')).toThrow(ConfigError);
      }
    }
    expect(parseSubgraphSecret({ ...PRODUCTION, REGIONAL_OFFICES_SECRET: 's'.repeat(32) }, 'regional-offices')).toBe('s'.repeat(32));
  });

  it('are read by each process as it needs them: a subgraph its own, governance its neighbours’ too, the gateway all three', () => {
    const env = { ...PRODUCTION, ...SECRETS };
    expect(parseSubgraphConfig(env, 'REGIONAL_OFFICES_PORT', 4003, 'regional-offices').subgraphSecret).toBe(SECRETS.REGIONAL_OFFICES_SECRET);
    expect(parseGovernanceConfig(env)).toMatchObject({
      subgraphSecret: SECRETS.GOVERNANCE_SECRET,
      membershipSecret: SECRETS.MEMBERSHIP_SECRET,
      regionalOfficesSecret: SECRETS.REGIONAL_OFFICES_SECRET,
    });
    expect(parseGatewayConfig(env).subgraphSecrets).toEqual({
      membership: SECRETS.MEMBERSHIP_SECRET,
      governance: SECRETS.GOVERNANCE_SECRET,
      'regional-offices': SECRETS.REGIONAL_OFFICES_SECRET,
    });
  });
});
