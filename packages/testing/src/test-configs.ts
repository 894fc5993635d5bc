import type { SubgraphConfig, SubgraphName } from '@wego/config';
import { testEnvironment } from './test-environment';

/** The configuration every subgraph under test shares; each adds its own settings to it. */
export type TestSubgraphConfig = Pick<SubgraphConfig, 'identity' | 'clock' | 'environment' | 'port' | 'host' | 'subgraphSecret'>;

/** The subgraph `name` as the tests run it: the test identity and secret, a pinned clock, any free port on loopback. */
export function testSubgraphConfig(name: SubgraphName, clock: SubgraphConfig['clock']): TestSubgraphConfig {
  const { shared, subgraphSecrets } = testEnvironment();
  return { identity: shared.identity, clock, environment: 'test', port: 0, host: '127.0.0.1', subgraphSecret: subgraphSecrets[name] };
}
