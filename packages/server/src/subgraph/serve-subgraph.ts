import type { BaseContext } from '@apollo/server';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { HTTP_EDGE_DEFAULTS, OPERATION_LIMIT_DEFAULTS, type SubgraphConfig } from '@wego/config';
import { startGraphQLHost, type GraphQLHost, type HostRoute } from '../http';
import { createTokenVerifier } from '@wego/identity';
import type { Logger } from '../logging';
import { callerAdmission } from './caller-admission';
import { createSubgraphApollo, loadSchemaDocument } from './subgraph-apollo';
import { identifyRequest, type RequestIdentity } from './viewer-context';

export interface SubgraphDefinition<TContext extends BaseContext & { requestId: string }> {
  schemaPath: string;
  resolvers: GraphQLResolverMap<unknown>;
  /** Builds a request's context once its caller is verified. */
  contextOf: (identity: RequestIdentity) => TContext;
  /** Whether the subgraph can serve: its database answers. */
  healthy: () => Promise<boolean>;
  /** The operation limits and the HTTP edge (CORS, rate limit, keep-alive) take their defaults when omitted. */
  config: Pick<SubgraphConfig, 'identity' | 'environment' | 'port' | 'host' | 'subgraphSecret'> &
    Partial<Pick<SubgraphConfig, 'operationLimits' | 'http'>>;
  logger: Logger;
  /** Only regional-offices admits an office's own token without the secret. */
  admitsOfficeTokens: boolean;
  /** Extra GET routes beside /graphql (the explorer), served without admission: they hold no data. */
  routes?: readonly HostRoute[];
}

/** Serves a subgraph over HTTP to the gateway (and offices, where allowed): its SDL and resolvers, every caller's token verified again. */
export async function serveSubgraph<TContext extends BaseContext & { requestId: string }>(
  definition: SubgraphDefinition<TContext>,
): Promise<GraphQLHost> {
  const { config } = definition;
  const http = config.http ?? HTTP_EDGE_DEFAULTS;
  const apollo = createSubgraphApollo<TContext>({
    typeDefs: loadSchemaDocument(definition.schemaPath),
    resolvers: definition.resolvers,
    logger: definition.logger,
    production: config.environment === 'production',
    operationLimits: config.operationLimits ?? OPERATION_LIMIT_DEFAULTS,
  });
  const { identity } = config;
  const tokens = createTokenVerifier(identity, {
    onKeySetFailure: (failure) => definition.logger.error('the token issuer\'s key set could not be fetched', { jwksUrl: identity.jwksUrl, error: failure }),
  });
  return startGraphQLHost(
    {
      apollo,
      admit: callerAdmission({
        tokens,
        subgraphSecret: config.subgraphSecret,
        admitsOfficeTokens: definition.admitsOfficeTokens,
      }),
      context: async (request) => definition.contextOf(await identifyRequest(tokens, request)),
      healthy: definition.healthy,
      routes: definition.routes ?? [],
      cors: { origins: http.corsOrigins, localOrigins: http.corsLocalOrigins },
      // Direct callers are counted; the gateway's calls, which present the secret, are not (callerAdmission).
      rateLimit: { max: http.rateLimitPerMinute, windowMs: http.rateLimitWindowMs },
      keepAliveTimeoutMs: http.keepAliveTimeoutMs,
      logger: definition.logger,
    },
    config.port,
    config.host,
  );
}
