import type { Condition, MeasureExpr, Query, SelectItem } from '../plan/query.ts';
import type { TimeGrainOverride } from '../schema/glossary.ts';
import type { ColumnInfo } from '../schema/model.ts';
import { renderFragment } from '../schema/sql-fragment.ts';
import type { ColumnRef, Fragment } from '../schema/sql-fragment.ts';
import type { DialectRenderer } from './dialect.ts';

/**
 * Renders a query plan as one SELECT statement. Identifiers come only from the schema and are
 * quoted when needed; every literal goes through the dialect's escaping.
 */
export function renderSql(
  query: Query,
  d: DialectRenderer,
  grainOverrides: TimeGrainOverride[] = [],
): string {
  const qualified = query.joins.length > 0;
  const ref = (c: ColumnRef): string =>
    qualified ? `${d.ident(c.table)}.${d.ident(c.column)}` : d.ident(c.column);
  const col = (c: ColumnInfo): string => ref({ table: c.table, column: c.name });
  const frag = (f: Fragment): string => renderFragment(f, ref);

  const condition = (c: Condition): string => {
    switch (c.kind) {
      case 'in': {
        if (c.values.length === 1)
          return `${col(c.column)} ${c.negated ? '<>' : '='} ${d.string(c.values[0] ?? '')}`;
        return `${col(c.column)} ${c.negated ? 'NOT IN' : 'IN'} (${c.values.map(d.string).join(', ')})`;
      }
      case 'compare':
        return `${col(c.column)} ${c.op} ${safeNumber(c.value)}`;
      case 'range':
        return [
          c.start && `${col(c.column)} >= ${d.date(c.start)}`,
          c.end && `${col(c.column)} < ${d.date(c.end)}`,
        ]
          .filter(Boolean)
          .join(' AND ');
      case 'anyRange':
        return `(${c.ranges.map((r) => `(${col(c.column)} >= ${d.date(r.start)} AND ${col(c.column)} < ${d.date(r.end)})`).join(' OR ')})`;
      case 'monthOfYear':
        return `${d.monthOfYear(col(c.column))} IN (${c.months.map(safeNumber).join(', ')})`;
      case 'fragment':
        return `(${frag(c.fragment)})`;
    }
  };

  const measure = (m: MeasureExpr, filter?: Fragment): string => {
    const when = filter ? `CASE WHEN ${frag(filter)} THEN ` : '';
    const whenEnd = filter ? ' END' : '';
    switch (m.kind) {
      case 'fragment':
        return frag(m.fragment);
      case 'aggregate':
        return `${m.fn}(${when}${'parts' in m.inner ? frag(m.inner) : col(m.inner)}${whenEnd})`;
      case 'count':
        return filter ? `COUNT(${when}1${whenEnd})` : 'COUNT(*)';
      case 'countDistinct':
        return `COUNT(DISTINCT ${when}${col(m.column)}${whenEnd})`;
      case 'ratio': {
        const test = condition(m.condition);
        if (!m.of) return `AVG(CASE WHEN ${test} THEN 1.0 ELSE 0 END)`;
        const value = 'parts' in m.of ? frag(m.of) : col(m.of);
        return `SUM(CASE WHEN ${test} THEN ${value} ELSE 0 END) * 1.0 / NULLIF(SUM(${value}), 0)`;
      }
      case 'shareOfTotal': {
        const inner = measure(m.of, filter);
        return `${inner} * 1.0 / NULLIF(SUM(${inner}) OVER (), 0)`;
      }
    }
  };

  const expression = (item: SelectItem): string => {
    if (item.measure) return measure(item.measure, item.measureFilter);
    const column = item.column as ColumnInfo;
    if (!item.grain) return col(column);
    const override = grainOverrides.find((o) => o.grain === item.grain);
    if (override) return renderFragment(override.template, ref, { date: col(column) });
    return d.period(item.grain, col(column), column.kind === 'timestamp');
  };

  const selectList = query.select.map((item) => {
    const plainColumn = !item.measure && !item.grain && item.column?.name === item.alias;
    return plainColumn ? expression(item) : `${expression(item)} AS ${d.ident(item.alias)}`;
  });
  const lines = [
    `SELECT ${query.distinct ? 'DISTINCT ' : ''}${selectList.join(', ')}`,
    `FROM ${d.ident(query.base)}`,
  ];
  for (const step of query.joins) {
    const on = step.edge.fromColumns
      .map(
        (c, i) =>
          `${ref({ table: step.edge.from, column: c })} = ${ref({ table: step.edge.to, column: step.edge.toColumns[i] ?? c })}`,
      )
      .join(' AND ');
    lines.push(`JOIN ${d.ident(step.table)} ON ${on}`);
  }
  if (query.where.length > 0) lines.push(`WHERE ${query.where.map(condition).join(' AND ')}`);
  const groupItems = query.select.filter((s) => !s.measure);
  if (query.aggregated && groupItems.length > 0)
    lines.push(`GROUP BY ${groupItems.map(expression).join(', ')}`);
  if (query.having.length > 0) {
    const having = query.having.map((h) => {
      const item = query.select.find((s) => s.alias === h.alias);
      return item ? `${expression(item)} ${h.op} ${safeNumber(h.value)}` : '';
    });
    lines.push(`HAVING ${having.filter(Boolean).join(' AND ')}`);
  }
  if (query.orderBy.length > 0)
    lines.push(
      `ORDER BY ${query.orderBy.map((o) => `${d.ident(o.alias)} ${o.direction.toUpperCase()}`).join(', ')}`,
    );
  if (query.limit !== undefined) lines.push(`LIMIT ${Math.max(0, Math.floor(query.limit))}`);
  return lines.join('\n');
}

function safeNumber(value: number): string {
  if (!Number.isFinite(value)) throw new Error('not a finite number');
  return String(value);
}
