import { GraphQLError, buildSchema, parse, specifiedRules, validate } from 'graphql';
import { malformedLiteralRule, reclassifyMalformedLiteral } from '../src';

const schema = buildSchema(`
  enum Category { FULL ASSOCIATE }
  input Fee { amountDue: Int!, category: Category, years: [Int!], payer: Payer }
  input Payer { year: Int! }
  type Query { fee(input: Fee!, first: Int): Int }
`);

/** Each validation error of the operation as a client gets it: Apollo Server's wrapping, then the reclassification. */
function answered(operation: string): Array<{ code: unknown; field: unknown; message: string }> {
  return validate(schema, parse(operation), [...specifiedRules, malformedLiteralRule]).map((error) => {
    const wrapped = new GraphQLError(error.message, {
      nodes: error.nodes,
      originalError: error.originalError ?? error,
      extensions: { ...error.extensions, code: 'GRAPHQL_VALIDATION_FAILED' },
    });
    const formatted = reclassifyMalformedLiteral(wrapped.toJSON(), wrapped);
    return { code: formatted.extensions?.code, field: formatted.extensions?.field, message: formatted.message };
  });
}

describe('a literal the schema\'s types refuse', () => {
  it.each([
    ['a non-integer Int', '{ fee(input: { amountDue: 10.5 }) }', 'input.amountDue', 'Argument "input" got invalid value 10.5 at "input.amountDue"; Int cannot represent non-integer value: 10.5'],
    ['an enum value that does not exist', '{ fee(input: { amountDue: 1, category: NOBLE }) }', 'input.category', 'Argument "input" got invalid value NOBLE at "input.category"; Value "NOBLE" does not exist in "Category" enum.'],
    ['null where a value is required', '{ fee(input: { amountDue: null }) }', 'input.amountDue', 'Argument "input" got invalid value null at "input.amountDue"; Expected non-nullable type "Int!" not to be null.'],
    ['an item of a list', '{ fee(input: { amountDue: 1, years: [2026, 20.27] }) }', 'input.years[1]', 'Argument "input" got invalid value 20.27 at "input.years[1]"; Int cannot represent non-integer value: 20.27'],
    ['a field of a nested input', '{ fee(input: { amountDue: 1, payer: { year: "2026" } }) }', 'input.payer.year', 'Argument "input" got invalid value "2026" at "input.payer.year"; Int cannot represent non-integer value: "2026"'],
    ['a top-level argument', '{ fee(input: { amountDue: 1 }, first: true) }', 'first', 'Argument "first" got invalid value true; Int cannot represent non-integer value: true'],
  ])('%s is BAD_USER_INPUT, naming the field', (_, operation, field, message) => {
    expect(answered(operation)).toEqual([{ code: 'BAD_USER_INPUT', field, message }]);
  });

  it.each([
    ['an unknown input field', '{ fee(input: { amountDue: 1, discount: 2 }) }'],
    ['a missing required field', '{ fee(input: {}) }'],
    ['a number for an input object', '{ fee(input: 5) }'],
    ['an object for a number', '{ fee(input: { amountDue: { dollars: 1 } }) }'],
    ['an unknown argument', '{ fee(input: { amountDue: 1 }, discount: 2.5) }'],
  ])('%s stays GRAPHQL_VALIDATION_FAILED', (_, operation) => {
    expect(answered(operation).map((answer) => answer.code)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
  });
});
