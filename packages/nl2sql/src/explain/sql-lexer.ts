import { lex, type Dialect, type LexMode, type Token } from '@tessera/sql-lexer';

/** Tokens of `@tessera/sql-lexer`, shaped for explanations: no layout, compound operators, nesting depth. */

export type SqlTokenKind =
  | 'word'
  | 'quotedIdent'
  | 'string'
  | 'number'
  | 'op'
  | 'open'
  | 'close'
  | 'comma'
  | 'semicolon'
  | 'dot'
  | 'param';

export interface SqlToken {
  kind: SqlTokenKind;
  text: string;
  /** Upper case for words, unquoted text for identifiers and strings, the name for {{parameters}}. */
  value: string;
  depth: number;
}

/**
 * Without a dialect, text is read the widest way: `"…"` and `` `…` `` are names and `'…'` takes both
 * `''` and backslash escapes (ClickHouse's quoting), so SQL written for any engine explains.
 */
const ANY_DIALECT: LexMode = { dialect: 'clickhouse', backslashEscapes: true, nestedComments: false };
const COMPOUND = new Set(['<>', '!=', '<=', '>=', '||', '::']);
const PUNCT_KINDS: Record<string, SqlTokenKind> = {
  '(': 'open',
  ')': 'close',
  ',': 'comma',
  ';': 'semicolon',
  '.': 'dot',
};

function stringValue(text: string): string {
  if (text.startsWith('$')) {
    const delimiter = text.slice(0, text.indexOf('$', 1) + 1);
    return text.slice(delimiter.length, text.endsWith(delimiter) ? -delimiter.length : undefined);
  }
  const body = /^[eE]'/.test(text) ? text.slice(1) : text;
  const quote = body[0] ?? "'";
  const closed = body.length > 1 && body.endsWith(quote);
  return body.slice(1, closed ? -1 : undefined).replaceAll(quote + quote, quote);
}

function kindOf(token: Token): SqlTokenKind {
  switch (token.kind) {
    case 'word':
      return 'word';
    case 'quoted':
      return 'quotedIdent';
    case 'string':
      return 'string';
    case 'number':
      return 'number';
    case 'param':
    case 'placeholder':
      return 'param';
    case 'punct':
      return PUNCT_KINDS[token.text] ?? 'op';
    default:
      return 'op';
  }
}

/** Never throws: unterminated literals run to the end, unknown characters are operators. */
export function lexSql(sql: string, dialect?: Dialect): SqlToken[] {
  const tokens: SqlToken[] = [];
  let depth = 0;
  let previous: Token | undefined;
  for (const token of lex(sql, dialect ?? ANY_DIALECT, { tolerant: true }).tokens) {
    if (token.kind === 'whitespace' || token.kind === 'comment' || token.kind === 'hint') {
      previous = undefined;
      continue;
    }
    const last = tokens.at(-1);
    if (
      last?.kind === 'op' &&
      previous?.kind === 'operator' &&
      token.kind === 'operator' &&
      previous.end === token.start &&
      COMPOUND.has(last.text + token.text)
    ) {
      last.text += token.text;
      last.value = last.text;
      previous = undefined;
      continue;
    }
    previous = token;
    const kind = kindOf(token);
    const value =
      kind === 'word'
        ? token.text.toUpperCase()
        : kind === 'string'
          ? stringValue(token.text)
          : kind === 'quotedIdent' || kind === 'param'
            ? token.value
            : token.text;
    if (kind === 'close') depth = Math.max(0, depth - 1);
    tokens.push({ kind, text: token.text, value, depth });
    if (kind === 'open') depth++;
  }
  return tokens;
}

/** Splits tokens at top-level occurrences of `separator` (e.g. commas of a select list). */
export function splitTopLevel(tokens: SqlToken[], isSeparator: (t: SqlToken) => boolean): SqlToken[][] {
  const parts: SqlToken[][] = [[]];
  const base = tokens[0]?.depth ?? 0;
  for (const t of tokens) {
    if (t.depth === base && isSeparator(t)) parts.push([]);
    else parts.at(-1)?.push(t);
  }
  return parts.filter((p) => p.length > 0);
}

/** Compact text for tokens: identifiers lose their table qualifier and quotes. */
export function tokensText(tokens: SqlToken[]): string {
  let out = '';
  tokens.forEach((t, i) => {
    const next = tokens[i + 1];
    if (t.kind === 'dot' || next?.kind === 'dot') {
      if (t.kind === 'dot' && next && next.text !== '*') return;
      if (t.kind !== 'dot') return;
    }
    const text =
      t.kind === 'quotedIdent'
        ? t.value
        : t.kind === 'word' && !KEYWORDS.has(t.value)
          ? t.text
          : t.kind === 'word'
            ? t.value
            : t.text;
    const tight =
      t.kind === 'open' || t.kind === 'close' || t.kind === 'comma' || out === '' || out.endsWith('(');
    out += (tight && t.kind !== 'open' ? '' : out === '' || out.endsWith('(') ? '' : ' ') + text;
  });
  return out.replace(/\s+\(/g, '(').replace(/\(\s+/g, '(').trim();
}

const KEYWORDS = new Set(
  `SELECT DISTINCT FROM WHERE GROUP BY HAVING ORDER LIMIT OFFSET JOIN LEFT RIGHT FULL INNER OUTER CROSS ON USING AS AND OR NOT
   IN IS NULL LIKE ILIKE BETWEEN CASE WHEN THEN ELSE END ASC DESC WITH UNION ALL INTERSECT EXCEPT OVER PARTITION QUALIFY
   WINDOW DATE TIMESTAMP INTERVAL EXISTS NATURAL LATERAL FILTER`.split(/\s+/),
);
