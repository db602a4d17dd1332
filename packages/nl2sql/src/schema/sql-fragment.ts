/**
 * Glossary SQL (metric expressions, filters, grain templates) is data written by a source's
 * owner. It is parsed into text pieces and `table.column` references, so the renderer can qualify
 * and quote the references for the query at hand, and anything unsafe is rejected up front.
 */

export interface ColumnRef {
  table: string;
  column: string;
}

export type FragmentPart = { text: string } | { ref: ColumnRef } | { placeholder: string };

export interface Fragment {
  parts: FragmentPart[];
  refs: ColumnRef[];
}

const PIECE = /'(?:[^']|'')*'|"(?:[^"]|"")*"|[A-Za-z_][A-Za-z0-9_]*|\{[a-z]+\}|\s+|./gs;

function unquote(identifier: string): string {
  return identifier.startsWith('"') ? identifier.slice(1, -1).replaceAll('""', '"') : identifier;
}

const isIdentifier = (piece: string | undefined): piece is string =>
  piece !== undefined && /^(?:"|[A-Za-z_])/.test(piece);

/** Parses a glossary fragment; `hasColumn` decides which `a.b` pairs are column references. */
export function parseFragment(
  sql: string,
  hasColumn: (table: string, column: string) => boolean,
): Fragment | { error: string } {
  const pieces = sql.match(PIECE) ?? [];
  const parts: FragmentPart[] = [];
  const refs: ColumnRef[] = [];
  let depth = 0;
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i] ?? '';
    if (
      piece === ';' ||
      (piece === '-' && pieces[i + 1] === '-') ||
      (piece === '/' && pieces[i + 1] === '*')
    ) {
      return { error: 'contains a statement separator or a comment' };
    }
    if (piece === '(') depth++;
    if (piece === ')' && --depth < 0) return { error: 'unbalanced parentheses' };
    const placeholder = /^\{([a-z]+)\}$/.exec(piece);
    if (placeholder?.[1]) {
      parts.push({ placeholder: placeholder[1] });
      continue;
    }
    if (isIdentifier(piece) && pieces[i + 1] === '.' && isIdentifier(pieces[i + 2])) {
      const ref = { table: unquote(piece), column: unquote(pieces[i + 2] ?? '') };
      if (!hasColumn(ref.table, ref.column)) return { error: `unknown column ${ref.table}.${ref.column}` };
      parts.push({ ref });
      refs.push(ref);
      i += 2;
      continue;
    }
    parts.push({ text: piece });
  }
  if (depth !== 0) return { error: 'unbalanced parentheses' };
  return { parts, refs };
}

export function renderFragment(
  fragment: Fragment,
  column: (ref: ColumnRef) => string,
  placeholders: Record<string, string> = {},
): string {
  return fragment.parts
    .map((p) =>
      'ref' in p ? column(p.ref) : 'placeholder' in p ? (placeholders[p.placeholder] ?? '') : p.text,
    )
    .join('');
}

/** `SUM(x)` → { fn: 'SUM', inner: x } when one aggregate call spans the whole expression. */
export function splitAggregate(fragment: Fragment): { fn: string; inner: Fragment } | undefined {
  const parts = fragment.parts.filter(
    (p, i) => !('text' in p && /^\s+$/.test(p.text) && (i === 0 || i === fragment.parts.length - 1)),
  );
  const [head, open] = parts;
  const close = parts.at(-1);
  if (!head || !open || !close || !('text' in head) || !('text' in open) || !('text' in close))
    return undefined;
  const fn = head.text.toUpperCase();
  if (!['SUM', 'AVG', 'COUNT', 'MIN', 'MAX'].includes(fn) || open.text !== '(' || close.text !== ')')
    return undefined;
  let depth = 0;
  for (let i = 1; i < parts.length; i++) {
    const p = parts[i];
    if (p && 'text' in p && p.text === '(') depth++;
    if (p && 'text' in p && p.text === ')' && --depth === 0 && i !== parts.length - 1) return undefined;
  }
  const innerParts = parts.slice(2, -1);
  const text = innerParts
    .map((p) => ('text' in p ? p.text : 'x'))
    .join('')
    .trim();
  if (text === '*' || /^distinct\b/i.test(text)) return undefined;
  return { fn, inner: { parts: innerParts, refs: innerParts.flatMap((p) => ('ref' in p ? [p.ref] : [])) } };
}
