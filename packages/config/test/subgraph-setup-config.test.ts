import { ConfigError, parseSubgraphSetupConfig } from '../src';

const ADMIN = 'postgres://postgres@db.internal:5432/wego';
const RUNTIME = 'postgres://wego_membership:s3cret@db.internal:5432/wego';

describe('parseSubgraphSetupConfig', () => {
  it('takes the administrator from DATABASE_URL and the runtime role from RUNTIME_DATABASE_URL', () => {
    expect(parseSubgraphSetupConfig({ DATABASE_URL: ADMIN, RUNTIME_DATABASE_URL: RUNTIME })).toMatchObject({
      adminDatabaseUrl: ADMIN,
      runtimeDatabaseUrl: RUNTIME,
    });
  });

  it('leaves the runtime role to its development default outside production, and requires it in production', () => {
    expect(parseSubgraphSetupConfig({ DATABASE_URL: ADMIN }).runtimeDatabaseUrl).toBeNull();
    expect(() => parseSubgraphSetupConfig({ DATABASE_URL: ADMIN, NODE_ENV: 'production' })).toThrow(/RUNTIME_DATABASE_URL: required in production/);
    expect(parseSubgraphSetupConfig({ DATABASE_URL: ADMIN, RUNTIME_DATABASE_URL: RUNTIME, NODE_ENV: 'production' }).environment).toBe('production');
  });

  it('refuses a runtime role that is the administrator, or that Postgres could not name with `_owner` added', () => {
    expect(() => parseSubgraphSetupConfig({ DATABASE_URL: ADMIN, RUNTIME_DATABASE_URL: 'postgres://postgres:x@db.internal/wego' })).toThrow(ConfigError);
    for (const role of ['', 'Wego', 'pg_wego', `w${'x'.repeat(57)}`, 'wego-membership']) {
      expect(() => parseSubgraphSetupConfig({ DATABASE_URL: ADMIN, RUNTIME_DATABASE_URL: `postgres://${role}:x@db.internal/wego` })).toThrow(ConfigError);
    }
    expect(() => parseSubgraphSetupConfig({})).toThrow(/DATABASE_URL/);
  });
});
