import { readFileSync } from 'node:fs';
import { ApolloServer, type BaseContext } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault, ApolloServerPluginLandingPageProductionDefault } from '@apollo/server/plugin/landingPage/default';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { parse, type DocumentNode } from 'graphql';
import type { Logger } from '@wego/logging';
import { malformedLiteralRule, maskError, reclassifyMalformedLiteral, withoutSuggestions } from '@wego/errors';
import { errorLoggingPlugin } from '@wego/graphql-http';

/** The subgraph's SDL file, parsed. */
export function loadSchemaDocument(path: string): DocumentNode {
  return parse(readFileSync(path, 'utf8'));
}

export interface SubgraphApolloOptions {
  typeDefs: DocumentNode;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  resolvers: GraphQLResolverMap<any>;
  logger: Logger;
  production: boolean;
}

export function createSubgraphApollo<TContext extends BaseContext & { requestId: string }>(
  options: SubgraphApolloOptions,
): ApolloServer<TContext> {
  return new ApolloServer<TContext>({
    schema: buildSubgraphSchema({ typeDefs: options.typeDefs, resolvers: options.resolvers }),
    validationRules: [malformedLiteralRule],
    formatError: (formatted, error) => {
      const coded = maskError(reclassifyMalformedLiteral(formatted, error));
      return options.production ? withoutSuggestions(coded) : coded;
    },
    includeStacktraceInErrorResponses: false,
    introspection: !options.production,
    plugins: [
      errorLoggingPlugin<TContext>(options.logger),
      // No usage reporting and no cache hints: both would instrument every field of every answer.
      ApolloServerPluginInlineTraceDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      options.production ? ApolloServerPluginLandingPageProductionDefault({ footer: false }) : ApolloServerPluginLandingPageLocalDefault({ footer: false }),
    ],
  });
}
