import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError } from '@wego/config';
import { SERVING_PROCESS_CONFIGURATIONS, SETUP_PROCESS_CONFIGURATIONS } from './kit/process-configurations.js';
import { REPOSITORY_ROOT } from './kit/repository.js';

const DATABASE = 'postgres://wego_membership:s3cret@db.internal:5432/wego';
const entryOf = (folder: string) => readFileSync(join(REPOSITORY_ROOT, folder, 'src', 'main.ts'), 'utf8');

describe('each process\'s configuration, by name', () => {
  it('gives each serving process the port its entry file listens on by default', () => {
    const ports = Object.fromEntries(Object.entries(SERVING_PROCESS_CONFIGURATIONS).map(([name, parse]) => [name, parse({ DATABASE_URL: DATABASE }).port]));
    expect(ports).toEqual({ gateway: 4000, membership: 4001, governance: 4002, 'regional-offices': 4003 });
  });

  it('reads the same port variable and default as each subgraph\'s entry file', () => {
    for (const [name, variable] of [['membership', 'MEMBERSHIP_PORT'], ['regional-offices', 'REGIONAL_OFFICES_PORT']] as const) {
      // The entry file runs the subgraph by its registered name, which its port variable derives from.
      expect(entryOf(join('services', name))).toContain(`runSubgraphProcess(process.env, { name: '${name}',`);
      expect(SERVING_PROCESS_CONFIGURATIONS[name]({ DATABASE_URL: DATABASE, [variable]: '5101' }).port).toBe(5101);
    }
    expect(entryOf(join('services', 'governance'))).toContain('configOf: parseGovernanceConfig,');
    expect(entryOf('gateway')).toContain('parseGatewayConfig(process.env)');
  });

  it('refuses an empty environment in production, for every process and every setup', () => {
    for (const parse of [...Object.values(SERVING_PROCESS_CONFIGURATIONS), ...Object.values(SETUP_PROCESS_CONFIGURATIONS)]) {
      expect(() => parse({ NODE_ENV: 'production' })).toThrow(ConfigError);
    }
  });
});
