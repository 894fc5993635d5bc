import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { parseCalendarDate, type CalendarDate } from '@wego/calendar';
import { ErrorCode } from '@wego/errors';

function toDate(value: unknown): CalendarDate {
  const date = typeof value === 'string' ? parseCalendarDate(value) : null;
  if (!date) {
    throw new GraphQLError(`${JSON.stringify(value)?.slice(0, 20) ?? 'This value'} is not a calendar date (YYYY-MM-DD).`, {
      extensions: { code: ErrorCode.BadUserInput },
    });
  }
  return date;
}

/** `Date`: a real calendar date, `YYYY-MM-DD` on the wire. */
export const DateScalar = new GraphQLScalarType<CalendarDate, string>({
  name: 'Date',
  description: 'A calendar date, `YYYY-MM-DD` on the wire; only real dates (2027-02-30 is refused).',
  serialize: (value) => toDate(value),
  parseValue: (value) => toDate(value),
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) {
      throw new GraphQLError('A Date is written as a string, YYYY-MM-DD.', { nodes: ast, extensions: { code: ErrorCode.BadUserInput } });
    }
    try {
      return toDate(ast.value);
    } catch (error) {
      // Located at the literal, so that the operation's validation error points where it was written.
      throw new GraphQLError((error as Error).message, { nodes: ast, extensions: { code: ErrorCode.BadUserInput } });
    }
  },
});
