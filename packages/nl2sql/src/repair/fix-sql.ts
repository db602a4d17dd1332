import type { SourceSchema } from '../types.ts';

/** What fixSql changed, one entry per repaired name. */
export interface SqlFix {
  from: string;
  to: string;
  kind: 'table' | 'column';
}

export interface FixedSql {
  /** The repaired statement (the input when nothing needed repair). */
  sql: string;
  fixes: SqlFix[];
  /** Names that match nothing in the schema closely enough to repair. */
  unknown: string[];
}

const KEYWORDS = new Set(
  `select from where group by order limit offset as on join left right inner outer full cross natural using and or not in is null
   like ilike between case when then else end distinct having asc desc with union all intersect except over partition rows range
   cast date time timestamp interval true false extract year month day week quarter hour minute second top nulls first last
   filter within any some exists values lateral recursive escape similar to collate at zone varchar integer int bigint double
   decimal numeric float real boolean text char`.split(/\s+/),
);

const TOKEN =
  /'(?:[^']|'')*'|"(?:[^"]|"")*"|`[^`]*`|[A-Za-z_][A-Za-z0-9_$]*|\d+(?:\.\d+)?|--[^\n]*|\/\*[\s\S]*?\*\/|\s+|./g;

export function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = prev[0] ?? 0;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = prev[j] ?? 0;
      const swap = i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1];
      prev[j] = Math.min(
        above + 1,
        (prev[j - 1] ?? 0) + 1,
        diagonal + (a[i - 1] === b[j - 1] ? 0 : 1),
        swap ? diagonal : Infinity,
      );
      diagonal = above;
    }
  }
  return prev[b.length] ?? 0;
}

/** The closest name within a third of the word's length (at least one edit), if exactly one is closest. */
function closest(word: string, names: string[]): string | undefined {
  const lower = word.toLowerCase();
  const limit = Math.max(1, Math.floor(lower.length / 3));
  let best = Infinity;
  let found: string[] = [];
  for (const name of names) {
    const d = editDistance(lower, name.toLowerCase());
    if (d < best) [best, found] = [d, [name]];
    else if (d === best) found.push(name);
  }
  return best <= limit && found.length === 1 ? found[0] : undefined;
}

const unquote = (token: string): string =>
  /^["`]/.test(token) ? token.slice(1, -1).replaceAll('""', '"') : token;
const quoteLike = (original: string, name: string): string =>
  original.startsWith('"') || /[^a-z0-9_]/.test(name) ? `"${name.replaceAll('"', '""')}"` : name;

/**
 * Repairs misspelt table and column names by edit distance against the schema ("prodcts" →
 * products, "categroy" → category, columns of the query's own tables first). Aliases, functions,
 * keywords and literals are left alone; the caller re-validates the result.
 */
export function fixSql(sql: string, schema: SourceSchema): FixedSql {
  const tokens = sql.match(TOKEN) ?? [];
  const tableNames = schema.tables.map((t) => t.name);
  const significant = (i: number, step: number): string | undefined => {
    for (let k = i + step; k >= 0 && k < tokens.length; k += step)
      if (!/^\s+$/.test(tokens[k] ?? '') && !(tokens[k] ?? '').startsWith('--')) return tokens[k];
    return undefined;
  };
  const isName = (t: string) => /^[A-Za-z_]/.test(t) || /^["`]/.test(t);
  // Pass 1: tables after FROM/JOIN, and aliases after AS or directly after a table.
  const aliases = new Set<string>();
  const tableAt = new Map<number, string>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] ?? '';
    if (!isName(t)) continue;
    const before = significant(i, -1)?.toLowerCase();
    if (
      before === 'from' ||
      before === 'join' ||
      (before === ',' && tableAt.size > 0 && !tokens.slice(0, i).some((x) => /^where$/i.test(x)))
    ) {
      const name = unquote(t);
      const known = tableNames.find((n) => n.toLowerCase() === name.toLowerCase());
      const table =
        known ??
        (!/^["`]/.test(t) && KEYWORDS.has(name.toLowerCase()) ? undefined : closest(name, tableNames));
      if (table) tableAt.set(i, table);
      let k = i + 1;
      while (/^\s+$/.test(tokens[k] ?? '')) k++;
      const next = tokens[k] ?? '';
      if (/^as$/i.test(next)) {
        const alias = significant(k, 1);
        if (alias) aliases.add(unquote(alias).toLowerCase());
      } else if (/^[A-Za-z_]/.test(next) && !KEYWORDS.has(next.toLowerCase()))
        aliases.add(next.toLowerCase());
    } else if (before === 'as') aliases.add(unquote(t).toLowerCase());
  }
  const used = new Set(tableAt.values());
  const columnsOf = (tables: string[]) =>
    schema.tables.filter((t) => tables.includes(t.name)).flatMap((t) => t.columns.map((c) => c.name));
  const ownColumns = columnsOf([...used]);
  const allColumns = columnsOf(tableNames);
  const fixes: SqlFix[] = [];
  const unknown: string[] = [];
  const out = tokens.map((t, i) => {
    const table = tableAt.get(i);
    if (table !== undefined) {
      if (unquote(t) !== table && unquote(t).toLowerCase() !== table.toLowerCase())
        fixes.push({ from: unquote(t), to: table, kind: 'table' });
      return unquote(t).toLowerCase() === table.toLowerCase() ? t : quoteLike(t, table);
    }
    if (!isName(t)) return t;
    const name = unquote(t);
    const lower = name.toLowerCase();
    const quoted = /^["`]/.test(t);
    if (!quoted && KEYWORDS.has(lower)) return t;
    if (aliases.has(lower) || significant(i, 1) === '(' || significant(i, -1)?.toLowerCase() === 'as')
      return t;
    if (significant(i, 1) === '.') {
      // a qualifier: a table (or alias) name
      if (aliases.has(lower) || tableNames.some((n) => n.toLowerCase() === lower)) return t;
      const fixed = closest(name, tableNames);
      if (fixed) {
        fixes.push({ from: name, to: fixed, kind: 'table' });
        return quoteLike(t, fixed);
      }
      unknown.push(name);
      return t;
    }
    if (
      allColumns.some((c) => c.toLowerCase() === lower) ||
      tableNames.some((n) => n.toLowerCase() === lower)
    )
      return t;
    const fixed = closest(name, ownColumns) ?? closest(name, allColumns);
    if (fixed) {
      fixes.push({ from: name, to: fixed, kind: 'column' });
      return quoteLike(t, fixed);
    }
    unknown.push(name);
    return t;
  });
  return { sql: out.join(''), fixes, unknown };
}
