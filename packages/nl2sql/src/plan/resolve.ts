import { ATTRIBUTE_WORDS } from '../lexicon.ts';
import type { AttributeKind } from '../lexicon.ts';
import { planJoins } from '../schema/join-graph.ts';
import type { ColumnInfo, SchemaModel, TableInfo } from '../schema/model.ts';
import { addGrain, startOf } from '../time/dates.ts';
import type { Grain } from '../time/dates.ts';
import type { TimeParse } from '../time/parse-time.ts';
import { ResolveContext } from './context.ts';
import type { Penalty } from './context.ts';
import type { DimensionIntent, Intent } from './intent-types.ts';
import { columnLabel, humanize, singularName, slug, uniqueAliases } from './names.ts';
import type { Condition, Query, SelectItem } from './query.ts';
import { provisionalBase, resolveMeasure } from './resolve-measure.ts';
import type { ResolvedMeasure } from './resolve-measure.ts';
import { resolveTimeColumn } from './resolve-time.ts';
import { resolveFilters } from './resolve-filters.ts';

export interface Resolution {
  query?: Query;
  penalties: Penalty[];
  /** Phrases understood but left out of the query. */
  dropped: string[];
  measures: ResolvedMeasure[];
  notes: string[];
}

type Dim =
  | { kind: 'column'; column: ColumnInfo }
  | { kind: 'entity'; table: TableInfo }
  | { kind: 'time'; column: ColumnInfo };

const MAX_LIST_COLUMNS = 12;

export function resolveQuery(
  intent: Intent,
  time: TimeParse,
  model: SchemaModel,
  defaultLimit: number,
): Resolution {
  const provisional =
    provisionalBase(intent.measures[0]) ??
    (intent.subject?.kind === 'entity' ? intent.subject.table : undefined);
  const first = attempt(intent, time, model, defaultLimit, provisional);
  // Phrases read before the base table was known may read differently once it is ("fee by branch").
  const rebased = first.query && first.measures.length > 0 && first.query.base !== provisional;
  return rebased && first.query ? attempt(intent, time, model, defaultLimit, first.query.base) : first;
}

function attempt(
  intent: Intent,
  time: TimeParse,
  model: SchemaModel,
  defaultLimit: number,
  primaryBase: string | undefined,
): Resolution {
  const ctx = new ResolveContext(model);
  ctx.seed(intent);
  ctx.primaryBase = primaryBase;
  const out: Resolution = { penalties: ctx.penalties, dropped: [], measures: [], notes: [] };

  const dimIntents: DimensionIntent[] = [...intent.dimensions];
  if (intent.subject && intent.measures.length > 0) dimIntents.unshift(intent.subject);
  const dims: Dim[] = dimIntents.flatMap((d): Dim[] => {
    if (d.kind === 'entity') {
      const table = model.tables.get(d.table);
      return table ? [{ kind: 'entity', table }] : [];
    }
    const column = ctx.pick(d.column);
    return column ? [{ kind: 'column', column }] : [];
  });
  const filters = resolveFilters(ctx, intent);
  const hintTables = intent.timeHints.flatMap((h) => h.options.map((o) => o.column.table)).slice(0, 1);
  const needed = [
    ...dims.map((d) => (d.kind === 'entity' ? d.table.name : d.column.table)),
    ...filters.tables,
    ...hintTables,
  ];

  for (const m of intent.measures) {
    const resolved = resolveMeasure(ctx, m, needed);
    if (!resolved) out.dropped.push(m.words);
    else if (out.measures[0] && !joinable(model, out.measures[0].base, resolved.tables)) {
      ctx.penalize(0.7, `left out "${m.words}": it cannot be computed alongside ${out.measures[0].label}`);
      out.dropped.push(m.words);
    } else out.measures.push(resolved);
  }

  const first = out.measures[0];
  if (!first) return resolveRows(ctx, intent, time, filters, out, defaultLimit);
  const base = first.base;
  ctx.primaryBase = base;

  const needsTime = time.ranges.length > 0 || time.monthsOfYear.length > 0 || time.grain !== undefined;
  const timeColumn = needsTime ? resolveTimeColumn(ctx, intent.timeHints, first, base) : undefined;
  if (needsTime && !timeColumn) {
    ctx.penalize(0.4, 'no date column to apply the time period to');
  }
  const grain = time.grain === 'auto' ? autoGrain(time) : (time.grain ?? comparedPeriodGrain(time));
  if (grain && timeColumn) dims.unshift({ kind: 'time', column: timeColumn });

  const where: Condition[] = [...filters.conditions];
  addTimeConditions(where, time, timeColumn);
  const userColumns = new Set(
    where.flatMap((c) => ('column' in c ? [`${c.column.table}.${c.column.name}`] : [])),
  );
  const distinctFilters = new Map<string, ResolvedMeasure>();
  for (const m of out.measures) {
    if (!m.filter) continue;
    if (m.filter.refs.some((r) => userColumns.has(`${r.table}.${r.column}`))) {
      out.notes.push(
        `the question names ${m.filter.refs.map((r) => r.column).join(', ')}, so the default condition of ${m.label} is not applied`,
      );
      m.filter = undefined;
    } else distinctFilters.set(JSON.stringify(m.filter.parts), m);
  }
  const sharedFilter =
    distinctFilters.size === 1 && out.measures.every((m) => m.filter) ? out.measures[0]?.filter : undefined;
  if (sharedFilter) where.push({ kind: 'fragment', fragment: sharedFilter });

  const tables = new Set<string>([
    ...out.measures.flatMap((m) => m.tables),
    ...dims.map((d) => (d.kind === 'entity' ? d.table.name : d.column.table)),
    ...where.flatMap(conditionTables),
    ...out.measures.flatMap((m) => m.filter?.refs.map((r) => r.table) ?? []),
  ]);
  const joins = planJoins(model, base, tables);
  dropUnreachable(ctx, joins.missing, base, where, out, dims);

  const measureItems = out.measures.map((m): SelectItem => {
    let expr = m.expr;
    if (joins.fanOut && expr.kind === 'count') {
      const pk = model.tables.get(base)?.primaryKey;
      const key =
        pk?.length === 1 ? model.tables.get(base)?.columns.find((c) => c.name === pk[0]) : undefined;
      if (key) expr = { kind: 'countDistinct', column: key };
      else ctx.penalize(0.6, `counting ${base} through a one-to-many join may double count`);
    } else if (joins.fanOut) {
      ctx.penalize(0.5, `${m.label} is repeated by a one-to-many join`);
    }
    if (!sharedFilter && m.filter && expr.kind === 'fragment') {
      ctx.penalize(0.6, `the condition of ${m.label} cannot be applied next to the other measures`);
    }
    return {
      alias: m.alias,
      role: 'measure',
      label: m.label,
      measure: expr,
      measureFilter: sharedFilter ? undefined : m.filter,
      definition: m.definition,
      ratioOf: ratioBase(m),
    };
  });
  applyShare(intent, measureItems, where, dims.length > 0, ctx);

  const dimItems = dims.flatMap((d): SelectItem[] => dimensionItems(d, grain));
  const select = [...dimItems, ...measureItems];
  const aliases = uniqueAliases(
    select.map((s) => s.alias),
    new Set(model.tables.keys()),
  );
  select.forEach((s, i) => (s.alias = aliases[i] ?? s.alias));

  const having = filters.measureComparisons.flatMap((c) => {
    const item = measureItems[c.index ?? 0];
    if (!item) return [];
    if (dims.length === 0) ctx.penalize(0.8, `"${c.words}" compares the overall total`);
    return [{ alias: item.alias, op: c.op, value: c.value }];
  });

  const query: Query = {
    base,
    joins: joins.steps,
    select,
    where,
    having,
    aggregated: true,
    distinct: false,
    orderBy: [],
    limit: undefined,
  };
  const measureAlias = measureItems[0]?.alias ?? '';
  const timeItem = select.find((s) => s.grain);
  if (intent.rank && dims.length > 0) {
    query.orderBy.push({ alias: measureAlias, direction: intent.rank.direction });
    query.limit = intent.rank.limit ?? (intent.subject && !intent.subject.singular ? 10 : 1);
  } else if (intent.rank) {
    out.dropped.push('ranking without anything to rank');
  } else if (timeItem) {
    query.orderBy.push({ alias: timeItem.alias, direction: 'asc' });
  } else if (dims.length > 0) {
    query.orderBy.push({ alias: measureAlias, direction: intent.sort ?? 'desc' });
  }
  if (dims.length > 0) query.limit = Math.min(query.limit ?? defaultLimit, defaultLimit);
  out.query = query;
  return out;
}

const conditionTables = (c: Condition): string[] =>
  'column' in c ? [c.column.table] : c.fragment.refs.map((r) => r.table);

function joinable(model: SchemaModel, base: string, tables: string[]): boolean {
  const plan = planJoins(model, base, tables);
  return !plan.fanOut && plan.missing.length === 0;
}

/** Leaves out what the base table cannot reach rather than reference a table the query does not read. */
function dropUnreachable(
  ctx: ResolveContext,
  missing: string[],
  base: string,
  where: Condition[],
  out: Resolution,
  dims: Dim[] = [],
): void {
  if (missing.length === 0) return;
  ctx.penalize(0.5, `no join path from ${base} to ${missing.join(', ')}`);
  for (const d of [...dims]) {
    const table = d.kind === 'entity' ? d.table.name : d.column.table;
    if (missing.includes(table)) {
      dims.splice(dims.indexOf(d), 1);
      out.dropped.push(d.kind === 'entity' ? d.table.name : `${d.column.table}.${d.column.name}`);
    }
  }
  for (const c of [...where]) {
    if (!conditionTables(c).some((t) => missing.includes(t))) continue;
    where.splice(where.indexOf(c), 1);
    out.dropped.push(c.kind === 'in' ? c.values.join(', ') : conditionTables(c).join(', '));
  }
}

function ratioBase(m: ResolvedMeasure): SelectItem['ratioOf'] {
  const e = m.expr;
  if (e.kind === 'count') return 'rows';
  return e.kind === 'aggregate' && e.fn === 'SUM' ? e.inner : undefined;
}

/** Two or more whole years (quarters, months, days) compared: one row per period. */
function comparedPeriodGrain(time: TimeParse): Grain | undefined {
  const closed = time.ranges.filter((r) => r.start && r.end);
  if (closed.length < 2) return undefined;
  const grains = new Set(closed.map((r) => periodGrain(r.start as string, r.end as string)));
  const [grain] = grains;
  return grains.size === 1 ? grain : undefined;
}

function periodGrain(start: string, end: string): Grain | undefined {
  return (['day', 'month', 'quarter', 'year'] as const).find(
    (g) => startOf(start, g) === start && addGrain(start, g, 1) === end,
  );
}

function autoGrain(time: TimeParse): 'day' | 'month' {
  const range = time.ranges[0];
  if (range?.start && range.end && (Date.parse(range.end) - Date.parse(range.start)) / 86_400_000 <= 62)
    return 'day';
  return 'month';
}

function addTimeConditions(where: Condition[], time: TimeParse, column: ColumnInfo | undefined): void {
  if (!column) return;
  // Several whole periods ("2024 and 2025") are alternatives; open bounds ("since ...", "before ...") all apply.
  const closed = time.ranges.filter((r) => r.start && r.end);
  if (closed.length > 1)
    where.push({
      kind: 'anyRange',
      column,
      ranges: closed.map((r) => ({ start: r.start as string, end: r.end as string })),
    });
  for (const range of closed.length > 1 ? time.ranges.filter((r) => !closed.includes(r)) : time.ranges) {
    where.push({ kind: 'range', column, start: range.start, end: range.end });
  }
  if (time.monthsOfYear.length > 0) where.push({ kind: 'monthOfYear', column, months: time.monthsOfYear });
}

function dimensionItems(d: Dim, grain: SelectItem['grain']): SelectItem[] {
  if (d.kind === 'time')
    return [
      {
        alias: grain ?? 'day',
        role: 'dimension',
        label: `${grain} of ${columnLabel(d.column)}`,
        column: d.column,
        grain,
      },
    ];
  if (d.kind === 'column') {
    const isDate = d.column.kind === 'date' || d.column.kind === 'timestamp';
    return [
      {
        alias: d.column.name,
        role: 'dimension',
        label: columnLabel(d.column),
        column: d.column,
        grain: isDate ? 'day' : undefined,
      },
    ];
  }
  const keys = d.table.primaryKey.flatMap((k) => d.table.columns.filter((c) => c.name === k));
  const columns = [...keys, ...(d.table.label && !keys.includes(d.table.label) ? [d.table.label] : [])];
  const shown = columns.length > 0 ? columns : d.table.columns.slice(0, 1);
  const entity = humanize(singularName(d.table));
  return shown.map((column) => ({
    alias: column.name,
    role: 'dimension',
    label: `${entity} ${columnLabel(column)}`,
    column,
    entity,
  }));
}

/** "share of loans by branch" → each row's part of the total; "percentage of loans that were overdue" → a ratio. */
function applyShare(
  intent: Intent,
  measures: SelectItem[],
  where: Condition[],
  grouped: boolean,
  ctx: ResolveContext,
): void {
  const first = measures[0];
  if (!intent.share || !first?.measure) return;
  const condition = [...where].reverse().find((c) => c.kind === 'in' && c.column.table === ctx.primaryBase);
  const m = first.measure;
  if (condition?.kind === 'in' && first.ratioOf) {
    where.splice(where.indexOf(condition), 1);
    first.measure = { kind: 'ratio', condition, of: first.ratioOf === 'rows' ? undefined : first.ratioOf };
    first.alias = `${slug(condition.values.join('_'))}_share`;
    first.label = `share of ${first.label} where ${humanize(condition.column.name)} is ${condition.values.join(' or ')}`;
    first.definition = undefined;
  } else if (grouped) {
    measures.push({
      ...first,
      alias: `share_of_${first.alias}`,
      label: `share of total ${first.label}`,
      measure: { kind: 'shareOfTotal', of: m },
    });
  } else {
    ctx.penalize(0.7, 'a share needs a grouping or a condition');
  }
}

/** Questions without a measure: list rows, distinct values, or rank rows by an attribute ("cheapest book"). */
function resolveRows(
  ctx: ResolveContext,
  intent: Intent,
  time: TimeParse,
  filters: ReturnType<typeof resolveFilters>,
  out: Resolution,
  defaultLimit: number,
): Resolution {
  const model = ctx.model;
  const subject = intent.subject;
  const listed = subject ?? intent.dimensions[0];
  const subjectColumn = listed?.kind === 'column' ? ctx.pick(listed.column) : undefined;
  const tableName =
    subject?.kind === 'entity' ? subject.table : (subjectColumn?.table ?? intent.contextTables[0]);
  const table = tableName ? model.tables.get(tableName) : undefined;
  if (!table) return out;
  ctx.primaryBase = table.name;
  const where: Condition[] = [...filters.conditions];
  const needsTime = time.ranges.length > 0 || time.monthsOfYear.length > 0;
  const timeColumn = needsTime ? resolveTimeColumn(ctx, intent.timeHints, undefined, table.name) : undefined;
  addTimeConditions(where, time, timeColumn);

  let columns: ColumnInfo[];
  const orderBy: Query['orderBy'] = [];
  let limit = defaultLimit;
  const attribute =
    intent.attributeRank ??
    (intent.rank ? { attribute: 'amount' as AttributeKind, direction: intent.rank.direction } : undefined);
  if (attribute) {
    const column = attributeColumn(table, attribute.attribute);
    if (!column) {
      ctx.penalize(0.3, `${table.name} has no ${attribute.attribute} column`);
      return out;
    }
    if (!intent.attributeRank)
      ctx.penalize(0.45, `nothing says what to rank ${table.name} by; ${column.name} would be a guess`);
    columns = table.label ? [...new Set([table.label, column])] : table.columns.slice(0, MAX_LIST_COLUMNS);
    orderBy.push({ alias: column.name, direction: attribute.direction });
    limit = intent.attributeRank?.limit ?? intent.rank?.limit ?? (subject?.singular === false ? 10 : 1);
  } else if (subjectColumn) {
    columns = [subjectColumn];
    orderBy.push({ alias: subjectColumn.name, direction: 'asc' });
  } else {
    columns = table.columns.slice(0, MAX_LIST_COLUMNS);
    if (!intent.list && !subject) ctx.penalize(0.8, `listed ${table.name} rows`);
  }
  const select = columns.map((column): SelectItem => ({
    alias: column.name,
    role: 'attribute',
    label: columnLabel(column),
    column,
  }));
  const aliases = uniqueAliases(
    select.map((s) => s.alias),
    new Set(model.tables.keys()),
  );
  select.forEach((s, i) => {
    const order = orderBy.find((o) => o.alias === s.alias);
    s.alias = aliases[i] ?? s.alias;
    if (order) order.alias = s.alias;
  });
  const tables = new Set([table.name, ...where.flatMap(conditionTables)]);
  const joins = planJoins(model, table.name, tables);
  dropUnreachable(ctx, joins.missing, table.name, where, out);
  out.query = {
    base: table.name,
    joins: joins.steps,
    select,
    where,
    having: [],
    aggregated: false,
    distinct: joins.fanOut || !!subjectColumn,
    orderBy,
    limit: Math.min(limit, defaultLimit),
  };
  return out;
}

function attributeColumn(table: TableInfo, attribute: AttributeKind): ColumnInfo | undefined {
  const fits = (c: ColumnInfo): boolean =>
    attribute === 'date' ? c.kind === 'date' || c.kind === 'timestamp' : c.kind === 'number' && !c.isKey;
  for (const word of ATTRIBUTE_WORDS[attribute]) {
    const column = table.columns.find((c) => fits(c) && c.words.some((w) => w.startsWith(word.slice(0, 4))));
    if (column) return column;
  }
  return table.columns.find(fits);
}
