import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError, SERVING_PROCESS_CONFIGURATIONS, SETUP_PROCESS_CONFIGURATIONS } from '../src';

const DATABASE = 'postgres://wego_membership:s3cret@db.internal:5432/wego';
const ROOT = join(__dirname, '..', '..', '..');

describe('each process\'s configuration, by name', () => {
  it('gives each serving process the port its entry file listens on by default', () => {
    const ports = Object.fromEntries(Object.entries(SERVING_PROCESS_CONFIGURATIONS).map(([name, parse]) => [name, parse({ DATABASE_URL: DATABASE }).port]));
    expect(ports).toEqual({ gateway: 4000, membership: 4001, governance: 4002, 'regional-offices': 4003 });
  });

  it('reads the same port variable and default as each subgraph\'s entry file', () => {
    for (const [name, variable, port] of [['membership', 'MEMBERSHIP_PORT', 4001], ['regional-offices', 'REGIONAL_OFFICES_PORT', 4003]] as const) {
      const entry = readFileSync(join(ROOT, 'services', name, 'src', 'main.ts'), 'utf8');
      expect(entry).toContain(`parseSubgraphConfig(process.env, '${variable}', ${port}, '${name}')`);
      expect(SERVING_PROCESS_CONFIGURATIONS[name]({ DATABASE_URL: DATABASE, [variable]: '5101' }).port).toBe(5101);
    }
    expect(readFileSync(join(ROOT, 'services', 'governance', 'src', 'main.ts'), 'utf8')).toContain('parseGovernanceConfig(process.env)');
    expect(readFileSync(join(ROOT, 'gateway', 'src', 'main.ts'), 'utf8')).toContain('parseGatewayConfig(process.env)');
  });

  it('refuses an empty environment in production, for every process and every setup', () => {
    for (const parse of [...Object.values(SERVING_PROCESS_CONFIGURATIONS), ...Object.values(SETUP_PROCESS_CONFIGURATIONS)]) {
      expect(() => parse({ NODE_ENV: 'production' })).toThrow(ConfigError);
    }
  });
});
