import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { OPERATION_LIMIT_DEFAULTS, type ResponseCacheConfig } from '@wego/config';
import { createGateway } from '@wego/gateway/src/server';
import type { GraphQLHost, Logger } from '@wego/server';
import { testEnvironment } from '@wego/testing';
import type { GraphUnderTest } from '../support/graph-under-test';

/** One more gateway in front of the graph's subgraphs, with a response cache of the test's choosing. */
export async function startCachingGateway(graph: GraphUnderTest, responseCache: ResponseCacheConfig, logger: Logger): Promise<GraphQLHost> {
  const { subgraphs } = graph;
  return createGateway({
    config: {
      identity: testEnvironment().shared.identity,
      environment: 'test',
      port: 0,
      host: '127.0.0.1',
      subgraphTimeoutMs: 10000,
      operationLimits: OPERATION_LIMIT_DEFAULTS,
      subgraphUrls: { membership: subgraphs.membership.host.url, governance: subgraphs.governance.host.url, 'regional-offices': subgraphs['regional-offices'].host.url },
      subgraphSecrets: graph.secrets,
      responseCache,
    },
    logger,
  });
}

// The probe runs in plain Node, so it loads the compiled module.
const COMPILED_REDIS_PING = join(dirname(require.resolve('@wego/gateway/package.json')), 'dist', 'response-cache', 'redis-ping.js');

/**
 * Whether a Redis server answers PING at the URL. Asked in a child process, because jest decides
 * which tests run before any of them can wait.
 */
export function redisAnswers(url: string): boolean {
  const probe = `
    const { redisAnswersPing } = require(${JSON.stringify(COMPILED_REDIS_PING)});
    redisAnswersPing(process.argv[1]).then((answers) => process.exit(answers ? 0 : 1), () => process.exit(1));
    setTimeout(() => process.exit(1), 3000).unref();`;
  return spawnSync(process.execPath, ['-e', probe, url], { timeout: 5000 }).status === 0;
}

