import { lexSql, splitTopLevel, tokensText } from './sql-lexer.ts';
import type { SqlToken } from './sql-lexer.ts';

const CLAUSES = [
  'SELECT',
  'FROM',
  'WHERE',
  'GROUP BY',
  'HAVING',
  'QUALIFY',
  'WINDOW',
  'ORDER BY',
  'LIMIT',
  'OFFSET',
] as const;
type Clause = (typeof CLAUSES)[number];

const AGGREGATES: Record<string, (arg: string, distinct: boolean) => string> = {
  COUNT: (arg, distinct) =>
    arg === '*'
      ? 'the number of rows'
      : distinct
        ? `the number of distinct ${arg}`
        : `the number of ${arg} values`,
  SUM: (arg) => `the total of ${arg}`,
  AVG: (arg) => `the average of ${arg}`,
  MIN: (arg) => `the smallest ${arg}`,
  MAX: (arg) => `the largest ${arg}`,
  MEDIAN: (arg) => `the median of ${arg}`,
};
const PERIOD_FUNCTIONS: Record<string, string> = {
  TOSTARTOFMONTH: 'month',
  TOSTARTOFQUARTER: 'quarter',
  TOSTARTOFWEEK: 'week',
  TOMONDAY: 'week',
  TOYEAR: 'year',
  YEAR: 'year',
  MONTH: 'month number',
  QUARTER: 'quarter number',
  DAYOFWEEK: 'weekday',
};
const OPERATORS: Record<string, string> = {
  '=': 'is',
  '<>': 'is not',
  '!=': 'is not',
  '>': 'is greater than',
  '>=': 'is at least',
  '<': 'is less than',
  '<=': 'is at most',
};
const MODIFYING = new Set([
  'INSERT',
  'UPDATE',
  'DELETE',
  'MERGE',
  'DROP',
  'CREATE',
  'ALTER',
  'TRUNCATE',
  'GRANT',
  'REVOKE',
  'COPY',
  'ATTACH',
  'DETACH',
  'INSTALL',
  'LOAD',
  'SET',
  'PRAGMA',
  'CALL',
  'VACUUM',
]);

function splitClauses(tokens: SqlToken[]): Map<Clause, SqlToken[]> {
  const clauses = new Map<Clause, SqlToken[]>();
  let current: Clause | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as SqlToken;
    const two = `${t.value} ${tokens[i + 1]?.value ?? ''}`;
    const clause =
      t.depth === 0 && t.kind === 'word' ? CLAUSES.find((c) => c === t.value || c === two) : undefined;
    if (clause) {
      current = clause;
      clauses.set(clause, []);
      if (clause.includes(' ')) i++;
      continue;
    }
    if (current) clauses.get(current)?.push(t);
  }
  return clauses;
}

/** One select-list item or expression in words: "the total of fee", "the month of loaned_on". */
function describeExpression(tokens: SqlToken[]): string {
  const first = tokens[0];
  if (tokens.length === 1 && first?.text === '*') return 'all columns';
  const overAt = tokens.findIndex((t) => t.value === 'OVER' && t.depth === (first?.depth ?? 0));
  if (overAt > 0) return `${describeExpression(tokens.slice(0, overAt))} (computed across rows)`;
  const name = first?.value ?? '';
  const open = tokens[1];
  const last = tokens.at(-1);
  if (
    first?.kind === 'word' &&
    open?.kind === 'open' &&
    last?.kind === 'close' &&
    last.depth === first.depth
  ) {
    const inner = tokens.slice(2, -1);
    const distinct = inner[0]?.value === 'DISTINCT';
    const args = splitTopLevel(distinct ? inner.slice(1) : inner, (t) => t.kind === 'comma');
    const aggregate = AGGREGATES[name];
    const arg = args[0] ?? [];
    if (aggregate && args.length === 1)
      return aggregate(arg.length === 1 && arg[0]?.text === '*' ? '*' : describeExpression(arg), distinct);
    if (name === 'DATE_TRUNC' && args.length === 2)
      return `the ${args[0]?.[0]?.value.toLowerCase() ?? 'period'} of ${describeExpression(args[1] ?? [])}`;
    if (name === 'EXTRACT' && inner.some((t) => t.value === 'FROM')) {
      const from = inner.findIndex((t) => t.value === 'FROM');
      return `the ${inner[0]?.value.toLowerCase()} of ${describeExpression(inner.slice(from + 1))}`;
    }
    if (name === 'CAST' && inner.some((t) => t.value === 'AS'))
      return describeExpression(
        inner.slice(
          0,
          inner.findIndex((t) => t.value === 'AS'),
        ),
      );
    const period = PERIOD_FUNCTIONS[name];
    if (period && args.length === 1) return `the ${period} of ${describeExpression(args[0] ?? [])}`;
  }
  return tokensText(tokens);
}

function splitAlias(item: SqlToken[]): { expr: SqlToken[]; alias?: string } {
  const asAt = item.findLastIndex((t) => t.value === 'AS' && t.depth === item[0]?.depth);
  if (asAt > 0 && asAt === item.length - 2)
    return {
      expr: item.slice(0, asAt),
      alias: item.at(-1)?.kind === 'quotedIdent' ? item.at(-1)?.value : item.at(-1)?.text,
    };
  const last = item.at(-1);
  const before = item.at(-2);
  if (
    item.length > 1 &&
    last &&
    (last.kind === 'word' || last.kind === 'quotedIdent') &&
    before &&
    (before.kind === 'close' || before.kind === 'word' || before.kind === 'quotedIdent') &&
    !/^(END|ASC|DESC|NULL)$/.test(last.value)
  ) {
    return { expr: item.slice(0, -1), alias: last.kind === 'quotedIdent' ? last.value : last.text };
  }
  return { expr: item };
}

function isWrapped(tokens: SqlToken[]): boolean {
  const first = tokens[0];
  if (first?.kind !== 'open' || tokens.at(-1)?.kind !== 'close') return false;
  return !tokens.slice(1, -1).some((t) => t.kind === 'close' && t.depth === first.depth);
}

/** A literal as a reader would write it: DATE '2024-01-01' → 2024-01-01, 'fiction' → 'fiction'. */
function literal(part: SqlToken[]): string {
  const [a, b] = part;
  if (part.length === 1 && a?.kind === 'string') return `'${a.value}'`;
  if (part.length === 2 && (a?.value === 'DATE' || a?.value === 'TIMESTAMP') && b?.kind === 'string')
    return b.value;
  if (part.length === 4 && a?.value === 'TODATE' && part[2]?.kind === 'string') return part[2].value;
  return tokensText(part);
}

function describeCondition(tokens: SqlToken[]): string {
  if (isWrapped(tokens)) return describeCondition(tokens.slice(1, -1));
  const depth = tokens[0]?.depth ?? 0;
  const ors = splitTopLevel(tokens, (t) => t.value === 'OR');
  if (ors.length > 1) return ors.map(describeCondition).join(' or ');
  const at = (value: string): number => tokens.findIndex((t) => t.depth === depth && t.value === value);
  const text = (part: SqlToken[]): string => describeExpression(part);
  const between = at('BETWEEN');
  if (between > 0) {
    const and = tokens.findIndex((t, i) => i > between && t.depth === depth && t.value === 'AND');
    return `${text(tokens.slice(0, between))} is between ${literal(tokens.slice(between + 1, and))} and ${literal(tokens.slice(and + 1))}`;
  }
  const notAt = at('NOT');
  const inAt = at('IN');
  if (inAt > 0) {
    const negated = notAt === inAt - 1;
    const values = splitTopLevel(tokens.slice(inAt + 2, -1), (t) => t.kind === 'comma').map(literal);
    return `${text(tokens.slice(0, negated ? notAt : inAt))} is ${negated ? 'not ' : ''}one of ${values.join(', ')}`;
  }
  const isAt = at('IS');
  if (isAt > 0)
    return `${text(tokens.slice(0, isAt))} is ${tokens[isAt + 1]?.value === 'NOT' ? 'not empty' : 'empty'}`;
  const likeAt = tokens.findIndex((t) => t.depth === depth && (t.value === 'LIKE' || t.value === 'ILIKE'));
  if (likeAt > 0) {
    const pattern = tokens[likeAt + 1]?.value ?? '';
    const core = pattern.replace(/^%|%$/g, '');
    const how =
      pattern.startsWith('%') && pattern.endsWith('%')
        ? 'contains'
        : pattern.endsWith('%')
          ? 'starts with'
          : pattern.startsWith('%')
            ? 'ends with'
            : 'matches';
    return `${text(tokens.slice(0, likeAt))} ${how} '${core}'`;
  }
  const opAt = tokens.findIndex(
    (t) => t.depth === depth && t.kind === 'op' && OPERATORS[t.text] !== undefined,
  );
  if (opAt > 0)
    return `${text(tokens.slice(0, opAt))} ${OPERATORS[tokens[opAt]?.text ?? '']} ${literal(tokens.slice(opAt + 1))}`;
  return tokensText(tokens);
}

function describeFrom(tokens: SqlToken[]): string {
  const joinAt = tokens.map((t, i) => (t.depth === 0 && t.value === 'JOIN' ? i : -1)).filter((i) => i >= 0);
  const tableName = (part: SqlToken[]): string => {
    const nameEnd = part.findIndex((t, i) => i > 0 && t.kind !== 'dot' && part[i - 1]?.kind !== 'dot');
    const name = part.slice(0, nameEnd < 0 ? part.length : nameEnd);
    return name[0]?.kind === 'open'
      ? 'a subquery'
      : (name
          .filter((t) => t.kind !== 'dot')
          .at(-1)
          ?.text.replace(/^["`]|["`]$/g, '') ?? '');
  };
  const firstEnd = joinAt[0] ?? tokens.length;
  let head = tokens.slice(0, firstEnd);
  while (['LEFT', 'RIGHT', 'FULL', 'INNER', 'OUTER', 'CROSS', 'NATURAL'].includes(head.at(-1)?.value ?? ''))
    head = head.slice(0, -1);
  const base = splitTopLevel(head, (t) => t.kind === 'comma')
    .map(tableName)
    .join(', ');
  if (joinAt.length === 0) return base;
  const joins = joinAt.map((start, k) => {
    const part = tokens.slice(start + 1, joinAt[k + 1] ?? tokens.length);
    const kind = tokens[start - 1]?.value;
    const on = part.findIndex((t) => t.depth === 0 && (t.value === 'ON' || t.value === 'USING'));
    const keep = kind === 'LEFT' ? ' (keeping rows without a match)' : '';
    const names = part
      .slice(on + 1)
      .filter((t, i, all) => (t.kind === 'word' || t.kind === 'quotedIdent') && all[i + 1]?.kind !== 'dot');
    const cols =
      on >= 0
        ? [
            ...new Set(
              names
                .map((t) => (t.kind === 'quotedIdent' ? t.value : t.text))
                .filter((w) => !/^(AND|ON)$/i.test(w)),
            ),
          ]
        : [];
    return `${tableName(part)}${cols.length > 0 ? ` on ${cols.join(', ')}` : ''}${keep}`;
  });
  return `${base}, joined with ${joins.join(', ')}`;
}

/** Plain-English explanation of a SELECT statement; anything else is named for what it is. */
export function explainSql(sql: string): string {
  const tokens = lexSql(sql);
  const statements = splitTopLevel(tokens, (t) => t.kind === 'semicolon');
  if (statements.length === 0) return 'The statement is empty.';
  if (statements.length > 1)
    return `This text holds ${statements.length} statements; only a single SELECT can be explained and run.`;
  let body = statements[0] ?? [];
  const lead = body[0]?.value ?? '';
  if (MODIFYING.has(lead))
    return `This is a ${lead} statement, not a query: it would change data, settings or the schema rather than read data.`;
  const sentences: string[] = [];
  if (lead === 'WITH') {
    const selectAt = body.findIndex((t) => t.depth === 0 && t.value === 'SELECT');
    const names = body
      .slice(1, selectAt)
      .filter(
        (t, i, all) =>
          t.depth === 0 && (t.kind === 'word' || t.kind === 'quotedIdent') && all[i + 1]?.value === 'AS',
      )
      .map((t) => t.value.toLowerCase());
    sentences.push(
      `First defines the intermediate result${names.length > 1 ? 's' : ''} ${names.join(', ')}.`,
    );
    body = body.slice(selectAt);
  }
  if (body[0]?.value !== 'SELECT') return 'This does not look like a SELECT query.';
  const union = body.filter((t) => t.depth === 0 && ['UNION', 'INTERSECT', 'EXCEPT'].includes(t.value));
  if (union.length > 0) sentences.push(`Combines ${union.length + 1} queries with ${union[0]?.value}.`);
  const clauses = splitClauses(body);
  let select = clauses.get('SELECT') ?? [];
  const distinct = select[0]?.value === 'DISTINCT';
  if (distinct) select = select.slice(1);
  const items = splitTopLevel(select, (t) => t.kind === 'comma').map((item) => {
    const { expr, alias } = splitAlias(item);
    const described = describeExpression(expr);
    return alias && alias !== described ? `${described} (as ${alias})` : described;
  });
  const from = clauses.get('FROM');
  sentences.push(
    `Returns ${distinct ? 'the distinct combinations of ' : ''}${items.join(', ')}${from ? ` from ${describeFrom(from)}` : ''}.`,
  );
  const where = clauses.get('WHERE');
  if (where)
    sentences.push(
      `Only rows where ${splitTopLevel(where, (t) => t.value === 'AND' && !isBetweenAnd(where, t))
        .map(describeCondition)
        .join(', and ')}.`,
    );
  const group = clauses.get('GROUP BY');
  if (group)
    sentences.push(
      `One row per ${splitTopLevel(group, (t) => t.kind === 'comma')
        .map(describeExpression)
        .join(' and ')}.`,
    );
  const having = clauses.get('HAVING');
  if (having) sentences.push(`Keeps only groups where ${describeCondition(having)}.`);
  const order = clauses.get('ORDER BY');
  if (order) {
    const keys = splitTopLevel(order, (t) => t.kind === 'comma').map((k) => {
      const desc = k.at(-1)?.value === 'DESC';
      const expr = k.at(-1)?.value === 'DESC' || k.at(-1)?.value === 'ASC' ? k.slice(0, -1) : k;
      return `${describeExpression(expr)} ${desc ? 'from highest to lowest' : 'from lowest to highest'}`;
    });
    sentences.push(`Sorted by ${keys.join(', then ')}.`);
  }
  const limit = clauses.get('LIMIT');
  if (limit)
    sentences.push(
      tokensText(limit) === '1'
        ? 'Returns only the first row.'
        : `Returns at most ${tokensText(limit)} rows.`,
    );
  return sentences.join(' ');
}

function isBetweenAnd(tokens: SqlToken[], and: SqlToken): boolean {
  const index = tokens.indexOf(and);
  for (let i = index - 1; i >= 0; i--) {
    const t = tokens[i];
    if (!t || t.depth !== and.depth) continue;
    if (t.value === 'BETWEEN') return true;
    if (t.value === 'AND' || t.value === 'OR') return false;
  }
  return false;
}
