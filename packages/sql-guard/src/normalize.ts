import { tokenize } from './tokenizer.ts';
import { ENGINES, type Engine } from './types.ts';

/**
 * Words folded to upper case. Only reserved words: folding an arbitrary identifier could merge
 * two different queries (MySQL table names are case-sensitive on Linux), which for a cache key
 * would serve one query's results for another. Words that are also functions in some engine
 * (left, right, any, all) are left alone for the same reason.
 */
const KEYWORDS = new Set([
  'AND',
  'AS',
  'ASC',
  'BETWEEN',
  'BY',
  'CASE',
  'CAST',
  'CROSS',
  'DESC',
  'DISTINCT',
  'ELSE',
  'END',
  'EXCEPT',
  'EXISTS',
  'EXPLAIN',
  'FALSE',
  'FOLLOWING',
  'FROM',
  'FULL',
  'GROUP',
  'HAVING',
  'ILIKE',
  'IN',
  'INNER',
  'INTERSECT',
  'INTERVAL',
  'IS',
  'JOIN',
  'LATERAL',
  'LIKE',
  'LIMIT',
  'NATURAL',
  'NOT',
  'NULL',
  'NULLS',
  'OFFSET',
  'ON',
  'OR',
  'ORDER',
  'OUTER',
  'OVER',
  'PARTITION',
  'PRECEDING',
  'RECURSIVE',
  'ROWS',
  'SELECT',
  'THEN',
  'TRUE',
  'UNBOUNDED',
  'UNION',
  'USING',
  'WHEN',
  'WHERE',
  'WINDOW',
  'WITH',
]);

function normalizeFor(sql: string, engine: Engine): string {
  const tokens = tokenize(sql, engine);
  while (tokens.length > 0) {
    const last = tokens[tokens.length - 1];
    if (last?.kind === 'whitespace' || last?.kind === 'comment' || last?.text === ';') tokens.pop();
    else break;
  }
  let out = '';
  let gap = false;
  for (const token of tokens) {
    if (token.kind === 'whitespace' || token.kind === 'comment') {
      gap = true;
      continue;
    }
    if (gap && out !== '') out += ' ';
    gap = false;
    const folded = token.text.toUpperCase();
    if (token.kind === 'word' && /^[A-Za-z]+$/.test(token.text) && KEYWORDS.has(folded)) out += folded;
    else if (token.kind === 'param') out += `{{${token.value}}}`;
    else out += token.text;
  }
  return out;
}

/**
 * A cache key for `sql`: comments removed, whitespace outside literals collapsed to one space,
 * reserved keywords upper-cased, trailing semicolons dropped; literals and identifiers untouched.
 * Without `engine`, the query is normalized only if all engines read it the same way; otherwise
 * (and whenever it cannot be tokenized) the text is returned unchanged, which is always a safe key.
 */
export function normalizeSql(sql: string, engine?: Engine): string {
  try {
    if (engine) return normalizeFor(sql, engine);
    const results = new Set(ENGINES.map((e) => normalizeFor(sql, e)));
    const [only] = results;
    return results.size === 1 && only !== undefined ? only : sql;
  } catch {
    return sql;
  }
}
