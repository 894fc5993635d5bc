import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, type GraphQLFormattedError, type ParseOptions, type ValidationContext, type ValidationRule } from 'graphql';
import type { OperationLimits } from '@wego/config';
import { operationCosts } from './operation-cost';

/** Every refused operation answers this code, before any subgraph is called (HTTP 400). */
export const OPERATION_LIMIT_CODE = 'GRAPHQL_VALIDATION_FAILED';

type ArmorConfig = NonNullable<ConstructorParameters<typeof ApolloArmor>[0]>;
type RejectCallback = NonNullable<NonNullable<ArmorConfig['maxDepth']>['onReject']>[number];

type Limit = 'depth' | 'aliases' | 'directives' | 'tokens' | 'cost';

/** What a client reads in production: which limit, never its value. */
const REFUSAL: Record<Limit, string> = {
  depth: 'The operation nests its fields too deeply; ask for fewer levels at once.',
  aliases: 'The operation uses too many aliases; send fewer in one operation.',
  directives: 'The operation uses too many directives; send fewer in one operation.',
  tokens: 'The operation is too long; send a shorter one.',
  cost: 'The operation asks for too much at once; ask for smaller pages or fewer fields.',
};

/** Limit values help whoever writes the query; in production they would help only an attacker. */
function refusalMessage(limit: Limit, detail: string, production: boolean): string {
  return production ? REFUSAL[limit] : `${REFUSAL[limit]} ${detail}`;
}

function refusal(context: ValidationContext | null, message: string): void {
  context?.reportError(new GraphQLError(message, { extensions: { code: OPERATION_LIMIT_CODE } }));
}

function armorRefusal(limit: Limit, production: boolean): { onReject: RejectCallback[]; propagateOnRejection: false } {
  const reject: RejectCallback = (context, error) =>
    refusal(context, refusalMessage(limit, error.message.replace(/^Syntax Error: /, ''), production));
  return { onReject: [reject], propagateOnRejection: false };
}

function costRule(maxCost: number, production: boolean): ValidationRule {
  return (context) => ({
    Document(document) {
      for (const [name, cost] of operationCosts(context.getSchema(), document)) {
        if (cost <= maxCost) continue;
        const operation = name ? `Operation ${name}` : 'The operation';
        refusal(context, refusalMessage('cost', `${operation} costs ${cost}; the limit is ${maxCost}.`, production));
      }
    },
  });
}

export interface OperationLimitRules {
  /** Stops lexing a document at its first token past the limit, before it is parsed whole. */
  parseOptions: ParseOptions;
  validationRules: ValidationRule[];
  /** Rewrites the parser's refusal of a long document as the other limits' refusal. */
  formatTokenRefusal(formatted: GraphQLFormattedError): GraphQLFormattedError;
}

// graphql-js's own message when maxLexicalTokens is exceeded (the typo is graphql 16's).
const TOKEN_LIMIT_MESSAGE = /Document contains more that \d+ tokens/;

/** Tokens are limited by the parser itself: Armor's token plugin throws from a parsing hook, which Apollo Server answers as a 500. */
export function operationLimitRules(limits: OperationLimits, production: boolean): OperationLimitRules {
  const armor = new ApolloArmor({
    maxDepth: { n: limits.maxDepth, flattenFragments: true, ...armorRefusal('depth', production) },
    maxAliases: { n: limits.maxAliases, ...armorRefusal('aliases', production) },
    maxDirectives: { n: limits.maxDirectives, ...armorRefusal('directives', production) },
    // Replaced: tokens by the parser, cost by costRule, suggestions by the error formatting of every process.
    maxTokens: { enabled: false },
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: false },
  }).protect();
  return {
    parseOptions: { maxLexicalTokens: limits.maxTokens },
    validationRules: [...armor.validationRules, costRule(limits.maxCost, production)],
    formatTokenRefusal(formatted) {
      if (formatted.extensions?.code !== 'GRAPHQL_PARSE_FAILED' || !TOKEN_LIMIT_MESSAGE.test(formatted.message)) return formatted;
      const message = refusalMessage('tokens', `It has more than ${limits.maxTokens} tokens.`, production);
      return { message, extensions: { ...formatted.extensions, code: OPERATION_LIMIT_CODE } };
    },
  };
}
