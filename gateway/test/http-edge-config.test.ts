import { ConfigError, parseSubgraphConfig } from '@wego/config';
import { parseGatewayConfig } from '../src/config';

const SUBGRAPH = { DATABASE_URL: 'postgres://wego@localhost:5432/wego' };

describe('the HTTP edge configuration', () => {
  it('defaults to pages on this machine, 600 requests a minute and a 65 s keep-alive outside production', () => {
    expect(parseGatewayConfig({}).http).toEqual({
      corsOrigins: [],
      corsLocalOrigins: true,
      rateLimitPerMinute: 600,
      rateLimitWindowMs: 60000,
      keepAliveTimeoutMs: 65000,
    });
  });

  it('answers no origin by default in production', () => {
    const env = { NODE_ENV: 'production', JWT_JWKS_URL: 'https://issuer.example/jwks', JWT_ISSUER: 'issuer', JWT_AUDIENCE: 'graph', ...SUBGRAPH, REGIONAL_OFFICES_SECRET: 's'.repeat(40) };
    const http = parseSubgraphConfig(env, 'regional-offices').http;
    expect({ corsOrigins: http.corsOrigins, corsLocalOrigins: http.corsLocalOrigins }).toEqual({ corsOrigins: [], corsLocalOrigins: false });
  });

  it('reads CORS_ORIGINS as exact origins, and then answers those alone', () => {
    const http = parseGatewayConfig({ CORS_ORIGINS: ' https://office.wego.example , http://localhost:5173,https://office.wego.example' }).http;
    expect({ corsOrigins: http.corsOrigins, corsLocalOrigins: http.corsLocalOrigins }).toEqual({
      corsOrigins: ['https://office.wego.example', 'http://localhost:5173'],
      corsLocalOrigins: false,
    });
  });

  it.each(['*', 'office.wego.example', 'https://office.wego.example/', 'https://office.wego.example/graphql', 'ftp://office.wego.example'])(
    'refuses %s in CORS_ORIGINS: an origin is scheme://host[:port] and nothing more',
    (origin) => {
      expect(() => parseGatewayConfig({ CORS_ORIGINS: origin })).toThrow(ConfigError);
    },
  );

  it('reads RATE_LIMIT_PER_MINUTE and KEEP_ALIVE_TIMEOUT_MS for the gateway and every subgraph', () => {
    const env = { RATE_LIMIT_PER_MINUTE: '120', KEEP_ALIVE_TIMEOUT_MS: '75000' };
    expect(parseGatewayConfig(env).http).toMatchObject({ rateLimitPerMinute: 120, keepAliveTimeoutMs: 75000 });
    expect(parseSubgraphConfig({ ...env, ...SUBGRAPH }, 'membership').http).toMatchObject({ rateLimitPerMinute: 120, keepAliveTimeoutMs: 75000 });
  });

  it.each([
    ['RATE_LIMIT_PER_MINUTE', ['0', '-1', '2.5', 'many']],
    ['KEEP_ALIVE_TIMEOUT_MS', ['0', '999', '2.5', 'long']],
  ])('refuses a %s that is not a whole number in range', (variable, values) => {
    for (const value of values) expect(() => parseGatewayConfig({ [variable]: value })).toThrow(ConfigError);
  });

  it('gives every subgraph the gateway operation limits', () => {
    expect(parseSubgraphConfig({ ...SUBGRAPH, GATEWAY_MAX_ALIASES: '7' }, 'membership').operationLimits).toMatchObject({ maxAliases: 7 });
  });
});
