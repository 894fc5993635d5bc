import type { BaseContext } from '@apollo/server';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import type { SubgraphConfig } from '@wego/config';
import { startGraphQLHost, type GraphQLHost, type HostRoute } from '@wego/graphql-http';
import { createTokenVerifier } from '@wego/identity';
import type { Logger } from '@wego/logging';
import { callerAdmission } from './caller-admission';
import { createSubgraphApollo, loadSchemaDocument } from './subgraph-apollo';
import { identifyRequest, type RequestIdentity } from './viewer-context';

export interface SubgraphDefinition<TContext extends BaseContext & { requestId: string }> {
  schemaPath: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  resolvers: GraphQLResolverMap<any>;
  /** Builds a request's context once its caller is verified. */
  contextOf: (identity: RequestIdentity) => TContext;
  /** Whether the subgraph can serve: its database answers. */
  healthy: () => Promise<boolean>;
  config: Pick<SubgraphConfig, 'identity' | 'environment' | 'port' | 'host' | 'subgraphSecret'>;
  logger: Logger;
  /** Whether a regional office's own token admits it without the secret: regional-offices alone (README, "Subgraphs answer the gateway only"). */
  admitsOfficeTokens: boolean;
  /** Extra GET routes beside /graphql (the explorer), served without admission: they hold no data. */
  routes?: readonly HostRoute[];
}

/** Serves a subgraph over HTTP to the gateway (and offices, where allowed): its SDL and resolvers, every caller's token verified again. */
export async function serveSubgraph<TContext extends BaseContext & { requestId: string }>(
  definition: SubgraphDefinition<TContext>,
): Promise<GraphQLHost> {
  const apollo = createSubgraphApollo<TContext>({
    typeDefs: loadSchemaDocument(definition.schemaPath),
    resolvers: definition.resolvers,
    logger: definition.logger,
    production: definition.config.environment === 'production',
  });
  const { identity } = definition.config;
  const tokens = createTokenVerifier(identity, {
    onKeySetFailure: (failure) => definition.logger.error('the token issuer\'s key set could not be fetched', { jwksUrl: identity.jwksUrl, error: failure }),
  });
  return startGraphQLHost(
    {
      apollo,
      admit: callerAdmission({
        tokens,
        subgraphSecret: definition.config.subgraphSecret,
        admitsOfficeTokens: definition.admitsOfficeTokens,
      }),
      context: async (request) => definition.contextOf(await identifyRequest(tokens, request)),
      healthy: definition.healthy,
      routes: definition.routes,
    },
    definition.config.port,
    definition.config.host,
  );
}
