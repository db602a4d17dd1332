import type { ApolloServerPlugin } from '@apollo/server';
import { parse, visit, type DocumentNode } from 'graphql';
import { AppError } from '@tessera/errors';
import type { GatewayContext } from '../context.ts';

/**
 * Input hygiene at the edge, for every operation whatever the subgraph: a NUL character or a lone
 * UTF-16 surrogate in any string input (variables, nested object keys and values, inline literals)
 * is refused with BAD_USER_INPUT before anything runs. Nothing is silently changed: a database
 * would otherwise fail on NUL (an INTERNAL error) or store a replacement character.
 */

const NUL = '\u0000';

/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const isWellFormed = (value: string) => !LONE_SURROGATE.test(value);

/** Why a string is refused, or null when it is fine. */
export function badString(value: string): string | null {
  if (value.includes(NUL)) return 'Text must not contain NUL characters';
  if (!isWellFormed(value)) return 'Text must not contain unpaired UTF-16 surrogates';
  return null;
}

/** The first refused string in a variables value (keys included), with its path. */
export function findBadInput(value: unknown, path: string): { path: string; reason: string } | null {
  if (typeof value === 'string') {
    const reason = badString(value);
    return reason ? { path, reason } : null;
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findBadInput(value[i], `${path}[${i}]`);
      if (found) return found;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const keyReason = badString(key);
      if (keyReason) return { path, reason: keyReason };
      const found = findBadInput(item, `${path}.${key}`);
      if (found) return found;
    }
  }
  return null;
}

/** Per parsed document: Apollo Server hands the same DocumentNode to every request with the same text. */
const badLiterals = new WeakMap<DocumentNode, string | null>();

/** The first refused string literal (escapes such as \u0000 decoded) in a parsed document. */
function findBadLiteral(document: DocumentNode): string | null {
  let reason = badLiterals.get(document);
  if (reason === undefined) {
    reason = scanLiterals(document);
    badLiterals.set(document, reason);
  }
  return reason;
}

function scanLiterals(document: DocumentNode): string | null {
  let reason: string | null = null;
  visit(document, {
    StringValue(node) {
      reason = badString(node.value);
      return reason ? false : undefined;
    },
  });
  return reason;
}

/**
 * Text graphql-js cannot even parse because of a bad string: an unpaired surrogate escape
 * (\uD800) or a raw NUL or unpaired surrogate inside a string literal is a syntax error there;
 * for the caller it is bad input. Only sources that can contain one are parsed here.
 */
function findBadSource(source: string): string | null {
  if (!source.includes('\\u') && !source.includes(NUL) && isWellFormed(source)) return null;
  try {
    parse(source);
    return null; // literals that parse are checked on the document
  } catch (error) {
    const message = (error as Error).message;
    if (/Invalid character within String: U\+0000/.test(message))
      return 'Text must not contain NUL characters';
    if (/Invalid Unicode escape sequence|Invalid character within String: U\+D[89A-F]/i.test(message))
      return 'Text must not contain unpaired UTF-16 surrogates';
    return null; // an ordinary syntax error: Apollo reports it
  }
}

const OPERATION_NAME = /^[_A-Za-z][_0-9A-Za-z]*$/;

export function inputHygienePlugin(): ApolloServerPlugin<GatewayContext> {
  return {
    // Errors thrown before parsing become 500s (graphql-armor rewrites them too), so a source that
    // cannot parse because of a bad string is swapped for a stand-in operation before Apollo reads
    // it, and refused with BAD_USER_INPUT at didResolveOperation, where Apollo answers refusals.
    async requestDidStart({ request }) {
      const refusedSource = typeof request.query === 'string' ? findBadSource(request.query) : null;
      if (refusedSource) {
        const name = request.operationName;
        request.query = `query ${name && OPERATION_NAME.test(name) ? name : ''} { __typename }`;
      }
      return {
        async didResolveOperation({ request, document }) {
          if (refusedSource) throw new AppError('BAD_USER_INPUT', refusedSource);
          const variable = findBadInput(request.variables ?? {}, '$');
          if (variable)
            throw new AppError('BAD_USER_INPUT', variable.reason, {
              details: { variable: variable.path.replace(/^\$\.?/, '') },
            });
          const literal = findBadLiteral(document);
          if (literal) throw new AppError('BAD_USER_INPUT', literal);
        },
      };
    },
  };
}
