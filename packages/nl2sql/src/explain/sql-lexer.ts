/** A tolerant SQL tokenizer, enough to split statements and clauses for explanations. */

export type SqlTokenKind =
  'word' | 'quotedIdent' | 'string' | 'number' | 'op' | 'open' | 'close' | 'comma' | 'semicolon' | 'dot';

export interface SqlToken {
  kind: SqlTokenKind;
  text: string;
  /** Upper case for words, unquoted text for identifiers and strings. */
  value: string;
  depth: number;
}

const PATTERN =
  /\s+|--[^\n]*|\/\*[\s\S]*?(?:\*\/|$)|'(?:[^']|'')*'?|"(?:[^"]|"")*"?|`(?:[^`]|``)*`?|\d+(?:\.\d+)?(?:e[+-]?\d+)?|[A-Za-z_][A-Za-z0-9_$]*|<>|!=|<=|>=|\|\||::|[(),;.*+\-/<>=%]|./g;

export function lexSql(sql: string): SqlToken[] {
  const tokens: SqlToken[] = [];
  let depth = 0;
  for (const match of sql.matchAll(PATTERN)) {
    const text = match[0];
    if (/^\s/.test(text) || text.startsWith('--') || text.startsWith('/*')) continue;
    let kind: SqlTokenKind = 'op';
    let value = text;
    if (text === '(') kind = 'open';
    else if (text === ')') kind = 'close';
    else if (text === ',') kind = 'comma';
    else if (text === ';') kind = 'semicolon';
    else if (text === '.') kind = 'dot';
    else if (text.startsWith("'")) {
      kind = 'string';
      value = text.slice(1, text.endsWith("'") && text.length > 1 ? -1 : undefined).replaceAll("''", "'");
    } else if (text.startsWith('"') || text.startsWith('`')) {
      kind = 'quotedIdent';
      value = text.slice(1, -1);
    } else if (/^\d/.test(text)) kind = 'number';
    else if (/^[A-Za-z_]/.test(text)) {
      kind = 'word';
      value = text.toUpperCase();
    }
    if (kind === 'close') depth = Math.max(0, depth - 1);
    tokens.push({ kind, text, value, depth });
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
