import { readFileSync } from 'node:fs';
import { ApolloServer, type BaseContext } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault, ApolloServerPluginLandingPageProductionDefault } from '@apollo/server/plugin/landingPage/default';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { parse, type DocumentNode } from 'graphql';
import type { OperationLimits } from '@wego/config';
import type { Logger } from '../logging';
import { malformedLiteralRule, maskError, reclassifyMalformedLiteral, withoutSuggestions } from '@wego/errors';
import { errorLoggingPlugin, withRequestId } from '../http';
import { operationLimitRules } from '@wego/operation-limits';
import { subgraphCachePolicyPlugins } from './subgraph-cache-policy';
import { withSharedDescriptions } from './shared-descriptions';

/** The subgraph's SDL file, parsed, with the descriptions every subgraph shares filled in. */
export function loadSchemaDocument(path: string): DocumentNode {
  return withSharedDescriptions(parse(readFileSync(path, 'utf8')));
}

export interface SubgraphApolloOptions {
  typeDefs: DocumentNode;
  resolvers: GraphQLResolverMap<unknown>;
  logger: Logger;
  production: boolean;
  /** The gateway's query plans pass these: `_entities` representations are variables, which the limits do not count. */
  operationLimits: OperationLimits;
}

export function createSubgraphApollo<TContext extends BaseContext & { requestId: string }>(
  options: SubgraphApolloOptions,
): ApolloServer<TContext> {
  const limits = operationLimitRules(options.operationLimits, options.production);
  return new ApolloServer<TContext>({
    schema: buildSubgraphSchema({ typeDefs: options.typeDefs, resolvers: options.resolvers }),
    parseOptions: limits.parseOptions,
    // The process stops on SIGTERM itself, draining first; Apollo Server's own handler would end it mid-drain.
    stopOnTerminationSignals: false,
    validationRules: [...limits.validationRules, malformedLiteralRule],
    formatError: (formatted, error) => {
      const coded = maskError(reclassifyMalformedLiteral(limits.formatTokenRefusal(formatted), error));
      return withRequestId(options.production ? withoutSuggestions(coded) : coded);
    },
    includeStacktraceInErrorResponses: false,
    introspection: !options.production,
    plugins: [
      errorLoggingPlugin<TContext>(options.logger),
      // No usage reporting: it would instrument every field of every answer.
      ApolloServerPluginInlineTraceDisabled(),
      ...subgraphCachePolicyPlugins<TContext>(),
      options.production ? ApolloServerPluginLandingPageProductionDefault({ footer: false }) : ApolloServerPluginLandingPageLocalDefault({ footer: false }),
    ],
  });
}
