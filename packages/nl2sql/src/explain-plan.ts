import type { Resolution } from './plan/resolve.ts';
import type { Condition, Query } from './plan/query.ts';
import { humanize } from './plan/names.ts';
import { addDays, formatDay, periodLabel } from './time/dates.ts';

function describeCondition(c: Condition): string {
  switch (c.kind) {
    case 'in': {
      const values = c.values.map((v) => `'${v}'`);
      const list = values.length > 1 ? `${values.slice(0, -1).join(', ')} or ${values.at(-1)}` : values[0];
      return `${humanize(c.column.name)} ${c.negated ? 'is not' : 'is'} ${list}`;
    }
    case 'compare':
      return `${humanize(c.column.name)} ${c.op} ${c.value}`;
    case 'range': {
      const name = humanize(c.column.name);
      const period = c.start && c.end ? periodLabel(c.start, c.end) : undefined;
      if (period) return `${name} is ${/,/.test(period) ? 'on' : 'in'} ${period}`;
      if (c.start && c.end)
        return `${name} is from ${formatDay(c.start)} to ${formatDay(addDays(c.end, -1))}`;
      return c.start
        ? `${name} on or after ${formatDay(c.start)}`
        : `${name} before ${formatDay(c.end ?? '')}`;
    }
    case 'anyRange':
      return `${humanize(c.column.name)} is in ${c.ranges.map((r) => periodLabel(r.start, r.end) ?? `${formatDay(r.start)} – ${formatDay(addDays(r.end, -1))}`).join(' or ')}`;
    case 'monthOfYear':
      return `${humanize(c.column.name)} in month ${c.months.join(', ')}`;
    case 'fragment':
      return c.fragment.parts.map((p) => ('ref' in p ? p.ref.column : 'text' in p ? p.text : '')).join('');
  }
}

/** Plain-English account of what the generated query computes and which assumptions it made. */
export function explainPlan(query: Query, resolution: Resolution): string {
  const measures = query.select.filter((s) => s.role === 'measure');
  const dims = query.select.filter((s) => s.role === 'dimension');
  const parts: string[] = [];
  if (measures.length > 0) {
    const what = measures
      .map((m) => (m.definition ? `${m.label} (${m.definition.replace(/\.$/, '').toLowerCase()})` : m.label))
      .join(' and ');
    parts.push(`Computes ${what}`);
    const groups = [...new Set(dims.map((d) => d.entity ?? d.label))];
    if (groups.length > 0) parts.push(`for each ${groups.join(' and ')}`);
  } else {
    parts.push(
      `Lists ${query.distinct ? 'distinct ' : ''}${query.select.map((s) => s.label).join(', ')} of ${humanize(query.base)}`,
    );
  }
  const conditions = query.where.filter((c) => c.kind !== 'fragment' || measures.every((m) => !m.definition));
  if (conditions.length > 0) parts.push(`where ${conditions.map(describeCondition).join(' and ')}`);
  for (const h of query.having) parts.push(`keeping only ${humanize(h.alias)} ${h.op} ${h.value}`);
  let sentence = parts.join(', ');
  if (query.orderBy.length > 0) {
    const o = query.orderBy[0];
    const direction = o?.direction === 'desc' ? 'highest first' : 'lowest first';
    const isTime = dims.some((d) => d.grain && d.alias === o?.alias);
    sentence += isTime ? ', in time order' : `, ${direction} by ${humanize(o?.alias ?? '')}`;
    if (query.limit !== undefined && query.limit <= 100) sentence += ` (top ${query.limit})`;
  }
  if (query.joins.length > 0) {
    sentence += `. Joins ${humanize(query.base)} to ${query.joins.map((j) => humanize(j.table)).join(', ')} through ${query.joins
      .map((j) => j.edge.fromColumns.join(', '))
      .join(', ')}`;
  }
  const notes = [
    ...resolution.notes,
    ...resolution.penalties.filter((p) => p.factor < 1).map((p) => p.reason),
  ];
  return `${sentence}.${notes.length > 0 ? ` Note: ${notes.join('; ')}.` : ''}`;
}
