import { ConfigError } from '@wego/config';
import { parseGovernanceConfig } from '../src/config';

const BASE = { DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/test' };

describe('parseGovernanceConfig', () => {
  const settingsOf = (env: Record<string, string>) => {
    const { port, executiveCommitteeMaxSeats, membershipUrl, regionalOfficesUrl } = parseGovernanceConfig({ ...BASE, ...env });
    return { port, executiveCommitteeMaxSeats, membershipUrl, regionalOfficesUrl };
  };

  it('defaults to port 4002, twenty Executive Committee seats and membership on 4001', () => {
    expect(settingsOf({})).toEqual({ port: 4002, executiveCommitteeMaxSeats: 20, membershipUrl: 'http://localhost:4001/graphql', regionalOfficesUrl: 'http://localhost:4003/graphql' });
  });

  it('reads GOVERNANCE_PORT, EXCOM_MAX_SEATS, MEMBERSHIP_URL and REGIONAL_OFFICES_URL', () => {
    const membershipUrl = 'http://membership:4001/graphql';
    const regionalOfficesUrl = 'http://offices:4003/graphql';
    const env = { GOVERNANCE_PORT: '5002', EXCOM_MAX_SEATS: '21', MEMBERSHIP_URL: membershipUrl, REGIONAL_OFFICES_URL: regionalOfficesUrl };
    expect(settingsOf(env)).toEqual({ port: 5002, executiveCommitteeMaxSeats: 21, membershipUrl, regionalOfficesUrl });
  });

  it('refuses a seat limit outside 1-100 or not whole, and neighbour URLs that are none', () => {
    for (const seats of ['0', '101', '12.5', 'twenty']) {
      expect(() => parseGovernanceConfig({ ...BASE, EXCOM_MAX_SEATS: seats })).toThrow(ConfigError);
    }
    expect(() => parseGovernanceConfig({ ...BASE, MEMBERSHIP_URL: 'membership' })).toThrow(ConfigError);
    expect(() => parseGovernanceConfig({ ...BASE, REGIONAL_OFFICES_URL: 'offices' })).toThrow(ConfigError);
  });
});

describe("governance's secrets", () => {
  const issuer = 'https://login.example.org/';
  const production = { ...BASE, NODE_ENV: 'production', JWT_JWKS_URL: `${issuer}.well-known/jwks.json`, JWT_ISSUER: issuer, JWT_AUDIENCE: 'wego-graph' };
  const secrets = { MEMBERSHIP_SECRET: 'm'.repeat(32), GOVERNANCE_SECRET: 'g'.repeat(40), REGIONAL_OFFICES_SECRET: 'r'.repeat(64) };

  it('include its neighbours’, each required in production', () => {
    expect(() => parseGovernanceConfig({ ...production, GOVERNANCE_SECRET: secrets.GOVERNANCE_SECRET })).toThrow(/MEMBERSHIP_SECRET/);
  });

  it('are its own and its neighbours’', () => {
    expect(parseGovernanceConfig({ ...production, ...secrets })).toMatchObject({
      subgraphSecret: secrets.GOVERNANCE_SECRET,
      membershipSecret: secrets.MEMBERSHIP_SECRET,
      regionalOfficesSecret: secrets.REGIONAL_OFFICES_SECRET,
    });
  });
});
