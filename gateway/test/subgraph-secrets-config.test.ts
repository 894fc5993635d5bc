import { parseGatewayConfig } from '../src/config';

const ISSUER = 'https://login.example.org/';
const PRODUCTION = { NODE_ENV: 'production', JWT_JWKS_URL: `${ISSUER}.well-known/jwks.json`, JWT_ISSUER: ISSUER, JWT_AUDIENCE: 'wego-graph' };
const SECRETS = { MEMBERSHIP_SECRET: 'm'.repeat(32), GOVERNANCE_SECRET: 'g'.repeat(40), REGIONAL_OFFICES_SECRET: 'r'.repeat(64) };

describe("the gateway's subgraph secrets", () => {
  it('are required in production, each of them', () => {
    expect(() => parseGatewayConfig({ ...PRODUCTION, MEMBERSHIP_SECRET: SECRETS.MEMBERSHIP_SECRET, GOVERNANCE_SECRET: SECRETS.GOVERNANCE_SECRET })).toThrow(
      /REGIONAL_OFFICES_SECRET: required in production/,
    );
  });

  it('are all three, each presented to its subgraph', () => {
    expect(parseGatewayConfig({ ...PRODUCTION, ...SECRETS }).subgraphSecrets).toEqual({
      membership: SECRETS.MEMBERSHIP_SECRET,
      governance: SECRETS.GOVERNANCE_SECRET,
      'regional-offices': SECRETS.REGIONAL_OFFICES_SECRET,
    });
  });
});
