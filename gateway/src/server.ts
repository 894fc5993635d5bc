import { readFileSync } from 'node:fs';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { HTTP_EDGE_DEFAULTS, RESPONSE_CACHE_DEFAULTS } from '@wego/config';
import type { GatewayConfig } from './config';
import { malformedLiteralRule, maskError, reclassifyMalformedLiteral, withoutSuggestions } from '@wego/errors';
import { errorLoggingPlugin, type GraphQLHost, type HostRoute, type Logger, startGraphQLHost, withRequestId } from '@wego/server';
import { createTokenVerifier } from '@wego/identity';
import { operationLimitRules } from '@wego/operation-limits';
import { gatewayExplorer, gatewayLandingPage } from './explorer';
import type { GatewayContext } from './gateway-context';
import { operationResolutionPlugin } from './operation-resolution';
import { answerStoreOf } from './response-cache/answer-store-of';
import { responseCachePlugin } from './response-cache/response-cache-plugin';
import { stringifyAnswer } from './response-cache/serialized-answers';
import { SubgraphDataSource } from './subgraph-data-source';
import { SUPERGRAPH_PATH } from './subgraphs';

export interface GatewayOptions {
  /** The HTTP edge (CORS, keep-alive) and the response cache take their defaults when omitted. */
  config: Pick<
    GatewayConfig,
    'identity' | 'environment' | 'port' | 'host' | 'subgraphUrls' | 'subgraphTimeoutMs' | 'operationLimits' | 'subgraphSecrets'
  > &
    Partial<Pick<GatewayConfig, 'http' | 'responseCache'>>;
  logger: Logger;
  /** The supergraph to serve; the committed supergraph.graphql when omitted. */
  supergraphSdl?: string;
  /** Extra GET routes beside /graphql. */
  routes?: readonly HostRoute[];
}

function secretOf(secrets: Record<string, string>, subgraph: string): string {
  const secret = secrets[subgraph];
  if (!secret) throw new Error(`No secret is configured for the ${subgraph} subgraph.`);
  return secret;
}

/** The gateway: the static supergraph, the caller's JWT verified before any subgraph is called. */
export async function createGateway({ config, logger, supergraphSdl, routes }: GatewayOptions): Promise<GraphQLHost> {
  const gateway = new ApolloGateway({
    supergraphSdl: supergraphSdl ?? readFileSync(SUPERGRAPH_PATH, 'utf8'),
    buildService: ({ name, url }) => new SubgraphDataSource(name, config.subgraphUrls[name] ?? url ?? '', secretOf(config.subgraphSecrets, name), config.subgraphTimeoutMs),
    logger: { debug: () => undefined, info: (message) => logger.info(String(message)), warn: (message) => logger.warn(String(message)), error: (message) => logger.error(String(message)) },
  });
  const production = config.environment === 'production';
  const http = config.http ?? HTTP_EDGE_DEFAULTS;
  const limits = operationLimitRules(config.operationLimits, production);
  const tokens = createTokenVerifier(config.identity, {
    onKeySetFailure: (failure) => logger.error('the token issuer\'s key set could not be fetched', { jwksUrl: config.identity.jwksUrl, error: failure }),
  });
  const responseCache = config.responseCache ?? RESPONSE_CACHE_DEFAULTS;
  const answers = await answerStoreOf(responseCache, logger);
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    introspection: !production,
    includeStacktraceInErrorResponses: false,
    // Apollo Server's defaults, stated so that no upgrade turns them off unseen.
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    // The process stops on SIGTERM itself, draining first; Apollo Server's own handler would end it mid-drain.
    stopOnTerminationSignals: false,
    // As Apollo Server's own, but a cached answer is sent as it was first written.
    stringifyResult: stringifyAnswer,
    parseOptions: limits.parseOptions,
    validationRules: [...limits.validationRules, malformedLiteralRule],
    formatError: (formatted, error) => {
      const coded = maskError(reclassifyMalformedLiteral(limits.formatTokenRefusal(formatted), error));
      return withRequestId(production ? withoutSuggestions(coded) : coded);
    },
    plugins: [
      errorLoggingPlugin<GatewayContext>(logger),
      operationResolutionPlugin<GatewayContext>(),
      gatewayLandingPage(production),
      // The subgraphs compute the cache policy from their hints; the gateway folds their Cache-Control headers.
      ApolloServerPluginCacheControlDisabled(),
      responseCachePlugin<GatewayContext>(answers, responseCache.publicMaxAgeSeconds),
    ],
  });
  const host = await startGraphQLHost<GatewayContext>(
    {
      apollo,
      context: async ({ headers, requestId }) => ({
        viewer: await tokens.viewerOf(headers.authorization),
        authorization: headers.authorization,
        requestId,
      }),
      // Ready once Apollo Server has started, which loads the supergraph: the host listens only after that.
      healthy: async () => true,
      routes: routes ?? gatewayExplorer(production),
      cors: { origins: http.corsOrigins, localOrigins: http.corsLocalOrigins },
      // The gateway's callers meet the operation limits; the rate limit counts direct callers of the subgraphs.
      keepAliveTimeoutMs: http.keepAliveTimeoutMs,
      logger,
    },
    config.port,
    config.host,
  );
  return {
    ...host,
    stop: async () => {
      await host.stop();
      await answers?.close();
    },
  };
}
