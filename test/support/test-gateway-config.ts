import { OPERATION_LIMIT_DEFAULTS } from '@wego/config';
import type { GatewayConfig } from '@wego/gateway/src/config';
import { testEnvironment } from '@wego/testing';

export type TestGatewayConfig = Pick<
  GatewayConfig,
  'identity' | 'environment' | 'port' | 'host' | 'subgraphTimeoutMs' | 'operationLimits' | 'subgraphUrls' | 'subgraphSecrets'
>;

/** A gateway as the tests run it, in front of `subgraphUrls`: the test identity and secrets, any free port on loopback. */
export function testGatewayConfig(subgraphUrls: Record<string, string>, subgraphTimeoutMs = 10_000): TestGatewayConfig {
  const { shared, subgraphSecrets } = testEnvironment();
  return {
    identity: shared.identity,
    environment: 'test',
    port: 0,
    host: '127.0.0.1',
    subgraphTimeoutMs,
    operationLimits: OPERATION_LIMIT_DEFAULTS,
    subgraphUrls,
    subgraphSecrets,
  };
}
