import {
  GraphQLError,
  Kind,
  getNamedType,
  isLeafType,
  isNonNullType,
  print,
  type ASTNode,
  type ASTVisitor,
  type GraphQLFormattedError,
  type ValidationContext,
  type ValueNode,
} from 'graphql';
import { ErrorCode } from './codes';

interface MalformedLiteral {
  field: string;
  message: string;
}

const LEAF_LITERALS: ReadonlySet<string> = new Set([Kind.INT, Kind.FLOAT, Kind.STRING, Kind.BOOLEAN, Kind.ENUM, Kind.NULL]);

/** Literal values the schema's types refused, by the very AST node GraphQL's own validation error points at. */
const malformedLiterals = new WeakMap<ASTNode, MalformedLiteral>();

type Step = string | number;

function fieldOf(path: readonly Step[]): string {
  return path.map((step, index) => (typeof step === 'number' ? `[${step}]` : index === 0 ? step : `.${step}`)).join('');
}

/** Why the literal's type refuses it, as graphql-js words it for the same value in a variable; null when the type takes it. */
function refusalOf(node: ValueNode, context: ValidationContext): string | null {
  const type = context.getInputType();
  if (!type) return null;
  if (node.kind === Kind.NULL) return isNonNullType(type) ? `Expected non-nullable type "${String(type)}" not to be null.` : null;
  const named = getNamedType(type);
  // A scalar written where an input object is expected is the operation's structure, not a value.
  if (!isLeafType(named)) return null;
  try {
    return named.parseLiteral(node, undefined) === undefined ? `Expected value of type "${String(type)}", found ${print(node)}.` : null;
  } catch (error) {
    return error instanceof Error ? error.message : `Expected value of type "${String(type)}", found ${print(node)}.`;
  }
}

/**
 * Refuses nothing itself: notes the refused literals so `reclassifyMalformedLiteral` can answer them as
 * BAD_USER_INPUT, as in a variable. A value of the wrong shape stays a validation error.
 */
export function malformedLiteralRule(context: ValidationContext): ASTVisitor {
  const path: Step[] = [];
  const pushed: boolean[] = [];
  return {
    enter(node, key) {
      let step: Step | undefined;
      if (node.kind === Kind.ARGUMENT || node.kind === Kind.OBJECT_FIELD) step = node.name.value;
      else if (path.length > 0 && typeof key === 'number') step = key;
      if (step !== undefined) path.push(step);
      pushed.push(step !== undefined);
      if (path.length === 0 || !LEAF_LITERALS.has(node.kind)) return;
      const reason = refusalOf(node as ValueNode, context);
      if (reason === null) return;
      const field = fieldOf(path);
      const at = path.length > 1 ? ` at "${field}"` : '';
      malformedLiterals.set(node, { field, message: `Argument "${String(path[0])}" got invalid value ${print(node)}${at}; ${reason}` });
    },
    leave() {
      if (pushed.pop()) path.pop();
    },
  };
}

/** An inline value the types refuse is answered as BAD_USER_INPUT, as the same value in a variable is. */
export function reclassifyMalformedLiteral(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  if (formatted.extensions?.code !== 'GRAPHQL_VALIDATION_FAILED' || !(error instanceof GraphQLError)) return formatted;
  const literal = error.nodes?.map((node) => malformedLiterals.get(node)).find((found) => found !== undefined);
  if (literal) {
    return { ...formatted, message: literal.message, extensions: { ...formatted.extensions, code: ErrorCode.BadUserInput, field: literal.field } };
  }
  const cause = error.originalError;
  if (cause instanceof GraphQLError && cause.extensions.code === ErrorCode.BadUserInput) {
    return { ...formatted, extensions: { ...formatted.extensions, code: ErrorCode.BadUserInput } };
  }
  return formatted;
}
