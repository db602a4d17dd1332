import { AppError, formatGraphQLError } from '@tessera/errors';
import { buildSchema, graphql } from 'graphql';
import { describe, expect, it } from 'vitest';
import { DateTimeScalar, JSONScalar } from './scalars.ts';

const schema = buildSchema(`
  scalar DateTime
  scalar JSON
  type Query { echo(at: DateTime!): DateTime!  stored: DateTime!  json(value: JSON): JSON  count: Int }
`);
Object.assign(schema.getType('DateTime') as object, {
  serialize: DateTimeScalar.serialize,
  parseValue: DateTimeScalar.parseValue,
  parseLiteral: DateTimeScalar.parseLiteral,
});
Object.assign(schema.getType('JSON') as object, {
  serialize: JSONScalar.serialize,
  parseValue: JSONScalar.parseValue,
  parseLiteral: JSONScalar.parseLiteral,
});
const rootValue = {
  echo: ({ at }: { at: Date }) => {
    expect(at).toBeInstanceOf(Date);
    return at;
  },
  stored: () => '2026-01-02T03:04:05.000Z',
  json: ({ value }: { value: unknown }) => value,
};
const run = (source: string, variableValues?: Record<string, unknown>) =>
  graphql({ schema, source, rootValue, variableValues });

describe('DateTime', () => {
  it('parses ISO strings from literals and variables into Dates and serialises them back', async () => {
    expect(await run('{ echo(at: "2026-03-01T10:00:00Z") }')).toEqual({
      data: { echo: '2026-03-01T10:00:00.000Z' },
    });
    expect(await run('query ($at: DateTime!) { echo(at: $at) }', { at: '2026-03-01' })).toEqual({
      data: { echo: '2026-03-01T00:00:00.000Z' },
    });
  });

  it('serialises stored strings as they are', async () => {
    expect(await run('{ stored }')).toEqual({ data: { stored: '2026-01-02T03:04:05.000Z' } });
  });

  it('refuses text that is not a date, and non-strings, as BAD_USER_INPUT', async () => {
    for (const [source, variables] of [
      ['query ($at: DateTime!) { echo(at: $at) }', { at: 'yesterday' }],
      ['query ($at: DateTime!) { echo(at: $at) }', { at: 12 }],
      ['{ echo(at: "not a date") }', undefined],
      ['{ echo(at: 5) }', undefined],
    ] as const) {
      const result = await run(source, variables);
      expect(result.data ?? undefined, source).toBeUndefined();
      const [error] = result.errors ?? [];
      if (!error) throw new Error(`no error for ${source}`);
      const formatted = formatGraphQLError(error.toJSON(), error, { logUnknown: () => undefined });
      expect(formatted.extensions?.code, source).toBe('BAD_USER_INPUT');
      expect(formatted.message, source).toContain('DateTime must be an ISO 8601 date-time string');
    }
    expect(() => DateTimeScalar.parseValue(new Date('x'))).toThrow(AppError);
    expect(DateTimeScalar.parseValue(new Date(0))).toEqual(new Date(0));
  });
});

describe('JSON', () => {
  it('passes values through and reads literals with their variables', async () => {
    expect(await run('query ($v: JSON) { json(value: $v) }', { v: { a: [1, 'x', null] } })).toEqual({
      data: { json: { a: [1, 'x', null] } },
    });
    expect(
      await run('query ($n: Int) { json(value: { a: [1, 2.5, "s", true, null, $n], e: RED }) }', { n: 7 }),
    ).toEqual({ data: { json: { a: [1, 2.5, 's', true, null, 7], e: 'RED' } } });
  });
});
