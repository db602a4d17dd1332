import { ApolloServer } from '@apollo/server';
import { buildSchema, parse, validate, specifiedRules } from 'graphql';
import { describe, expect, it } from 'vitest';
import { QUERY_LIMITS, queryLimits } from './limits.ts';

const schema = buildSchema(`
  type Node { id: ID! name: String child: Node }
  type Query { node: Node nodes(first: Int): [Node] }
`);

function errors(query: string, blockFieldSuggestions = true): string[] {
  const { validationRules } = queryLimits({ blockFieldSuggestions });
  return validate(schema, parse(query), [...specifiedRules, ...validationRules]).map((e) => e.message);
}

/** The error messages a client gets from an Apollo server protected as the gateway is. */
async function served(query: string, blockFieldSuggestions = true): Promise<string[]> {
  const { plugins, validationRules } = queryLimits({ blockFieldSuggestions });
  const server = new ApolloServer({ schema, plugins, validationRules });
  await server.start();
  try {
    const { body } = await server.executeOperation({ query });
    return body.kind === 'single' ? (body.singleResult.errors ?? []).map((e) => e.message) : [];
  } catch (error) {
    // The token limit is enforced while parsing, where graphql-armor throws (a 400 over HTTP).
    return [(error as Error).message];
  } finally {
    await server.stop();
  }
}

/** A selection `depth` levels deep: node { child { child { … id } } }. */
const deep = (depth: number) => `{ node ${'{ child '.repeat(depth - 2)}{ id }${' }'.repeat(depth - 2)} }`;

describe('query limits', () => {
  it('publishes the documented numbers', () => {
    expect(QUERY_LIMITS).toEqual({
      maxDepth: 12,
      maxAliases: 15,
      maxDirectives: 50,
      maxTokens: 1000,
      maxCost: 5000,
    });
  });

  it('allows depth 12 and refuses 13, also through fragments', () => {
    expect(errors(deep(12))).toEqual([]);
    expect(errors(deep(13))).toEqual([expect.stringMatching(/depth limit of 12/i)]);
    const viaFragment = `{ ...F } fragment F on Query ${deep(13).slice(1, -1).replace(/^ /, '{ ')} }`;
    expect(errors(viaFragment).join()).toMatch(/depth limit of 12/i);
  });

  it('allows 15 aliases and refuses 16', () => {
    const aliases = (n: number) =>
      `{ ${Array.from({ length: n }, (_, i) => `a${i}: node { id }`).join(' ')} }`;
    expect(errors(aliases(15))).toEqual([]);
    expect(errors(aliases(16)).join()).toMatch(/aliases limit of 15/i);
  });

  it('allows 50 directives and refuses 51', () => {
    const directives = (n: number) => `{ node { id ${'@include(if: true) '.repeat(n)} } }`;
    expect(errors(directives(50)).join()).not.toMatch(/directives limit/i);
    expect(errors(directives(51)).join()).toMatch(/directives limit of 50/i);
  });

  it('refuses documents above 1000 tokens', async () => {
    const fields = (n: number) => `{ node { ${Array.from({ length: n }, () => 'id').join(' ')} } }`;
    expect(await served(fields(400))).toEqual([]);
    expect((await served(fields(1000))).join()).toMatch(/Token limit of 1000 exceeded/);
  });

  it('leaves cost to the rate limiter (a large page passes validation)', () => {
    expect(errors('{ nodes(first: 100000) { id name child { id name child { id } } } }')).toEqual([]);
  });

  it('hides field suggestions only when asked (production)', async () => {
    expect((await served('{ node { nmae } }', true)).join()).toMatch(/Cannot query field "nmae"/);
    expect((await served('{ node { nmae } }', true)).join()).not.toMatch(/Did you mean/);
    expect((await served('{ node { nmae } }', false)).join()).toMatch(/Did you mean "name"/);
  });
  it('does not count introspection towards depth (tools need deep __schema queries)', () => {
    const introspection = `{ __schema { types { fields { type { ofType { ofType { ofType { ofType { ofType { ofType { ofType { ofType { name } } } } } } } } } } } } }`;
    expect(errors(introspection)).toEqual([]);
  });

  it('counts depth through fragments as if they were written inline', () => {
    const inline = deep(12);
    const viaFragments = `{ ...A } fragment A on Query { node { ...B } } fragment B on Node { child { ...C } } fragment C on Node ${'{ child '.repeat(8)}{ id }${' }'.repeat(8)}`;
    expect(errors(inline)).toEqual([]);
    expect(errors(viaFragments)).toEqual([]);
  });
});
