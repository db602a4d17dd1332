import { AppError, ErrorCode } from '@tessera/errors';
import { GraphQLScalarType, Kind, valueFromASTUntyped } from 'graphql';

function toDate(value: unknown): Date {
  const date = typeof value === 'string' ? new Date(value) : value instanceof Date ? value : null;
  if (!date || Number.isNaN(date.getTime()))
    throw new AppError(ErrorCode.BAD_USER_INPUT, 'DateTime must be an ISO 8601 date-time string');
  return date;
}

/**
 * ISO 8601 date-time, the `DateTime` of every subgraph. Dates go out as `toISOString()` (strings
 * stored as text go out as they are); input becomes a `Date`, and text that is not a date is
 * BAD_USER_INPUT instead of an invalid Date reaching a service.
 */
export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  serialize: (value) => (value instanceof Date ? value.toISOString() : String(value)),
  parseValue: toDate,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING)
      throw new AppError(ErrorCode.BAD_USER_INPUT, 'DateTime must be an ISO 8601 date-time string');
    return toDate(ast.value);
  },
});

/** Any JSON value, as given; services validate the inputs they take, field by field. */
export const JSONScalar = new GraphQLScalarType<unknown, unknown>({
  name: 'JSON',
  serialize: (value) => value,
  parseValue: (value) => value,
  parseLiteral: (ast, variables) => valueFromASTUntyped(ast, variables),
});
