import { nameStems } from '../text/tokenize.ts';
import { GRAINS } from '../time/dates.ts';
import type { Grain } from '../time/dates.ts';
import type { GlossaryEntry } from '../types.ts';
import type { TableInfo } from './model.ts';
import { parseFragment, splitAggregate } from './sql-fragment.ts';
import type { ColumnRef, Fragment } from './sql-fragment.ts';

export interface MetricInfo {
  name: string;
  definition: string;
  /** Stems of each term. */
  terms: string[][];
  expression: Fragment;
  /** Set when the expression is one aggregate call, e.g. SUM(inner). */
  aggregate?: { fn: string; inner: Fragment };
  filter?: Fragment;
  /** The grain table; the metric must not be joined to anything that multiplies its rows. */
  base: string;
  tables: string[];
  timeColumn?: ColumnRef;
}

export interface TimeGrainOverride {
  grain: Grain;
  template: Fragment;
}

export function parseGlossary(
  entries: readonly GlossaryEntry[],
  tables: Map<string, TableInfo>,
): { metrics: MetricInfo[]; grainOverrides: TimeGrainOverride[]; warnings: string[] } {
  const hasColumn = (t: string, c: string): boolean =>
    tables.get(t)?.columns.some((col) => col.name === c) ?? false;
  const metrics: MetricInfo[] = [];
  const grainOverrides: TimeGrainOverride[] = [];
  const warnings: string[] = [];
  for (const entry of entries) {
    const name = entry.terms[0] ?? '';
    const expression = parseFragment(entry.expression, hasColumn);
    if ('error' in expression) {
      warnings.push(`glossary "${name}": ${expression.error}`);
      continue;
    }
    if (entry.kind === 'timeGrain') {
      const grain = entry.terms
        .map((t) => nameStems(t)[0])
        .find((w): w is Grain => GRAINS.includes(w as Grain));
      if (grain && expression.parts.some((p) => 'placeholder' in p))
        grainOverrides.push({ grain, template: expression });
      continue;
    }
    const filter = entry.filter ? parseFragment(entry.filter, hasColumn) : undefined;
    if (filter && 'error' in filter) {
      warnings.push(`glossary "${name}": filter ${filter.error}`);
      continue;
    }
    const [timeTable, timeColumnName] = (entry.timeColumn ?? '').split('.');
    const timeColumn =
      timeTable && timeColumnName && hasColumn(timeTable, timeColumnName)
        ? { table: timeTable, column: timeColumnName }
        : undefined;
    const involved = [
      ...entry.tables,
      ...expression.refs.map((r) => r.table),
      ...(filter?.refs ?? []).map((r) => r.table),
    ];
    const known = [...new Set(involved)].filter((t) => tables.has(t));
    const base = known[0];
    if (!base || known.length !== new Set(involved).size) {
      warnings.push(`glossary "${name}": unknown or missing tables`);
      continue;
    }
    metrics.push({
      name,
      definition: entry.definition,
      terms: entry.terms.map((t) => nameStems(t)),
      expression,
      aggregate: splitAggregate(expression),
      filter,
      base,
      tables: known,
      timeColumn,
    });
  }
  return { metrics, grainOverrides, warnings };
}

/** A metric that counts the rows of its table (COUNT(*) with no condition). */
export function isRowCount(metric: MetricInfo | undefined): boolean {
  if (!metric || metric.filter) return false;
  const text = metric.expression.parts.map((p) => ('text' in p ? p.text : '?')).join('');
  return /^\s*count\s*\(\s*\*\s*\)\s*$/i.test(text);
}
