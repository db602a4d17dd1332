import { ATTRIBUTE_WORDS } from '../lexicon.ts';
import type { Comparison } from '../lexicon.ts';
import type { ColumnInfo, TableInfo } from '../schema/model.ts';
import type { ResolveContext } from './context.ts';
import type { Intent } from './intent-types.ts';
import type { Condition } from './query.ts';

export interface ResolvedFilters {
  conditions: Condition[];
  tables: string[];
  /** Comparisons on a measure ("more than 10 loans"): HAVING conditions. */
  measureComparisons: { index?: number; op: Comparison; value: number; words: string }[];
}

/** The numeric column that says how big a row is (invoices → amount). */
function amountColumn(table: TableInfo | undefined): ColumnInfo | undefined {
  const numeric = table?.columns.filter((c) => c.kind === 'number' && !c.isKey) ?? [];
  for (const word of ATTRIBUTE_WORDS.amount) {
    const column = numeric.find(
      (c) => c.words.includes(word.slice(0, 5)) || c.words.some((w) => w.startsWith(word.slice(0, 5))),
    );
    if (column) return column;
  }
  return numeric[0];
}

export function resolveFilters(ctx: ResolveContext, intent: Intent): ResolvedFilters {
  const result: ResolvedFilters = { conditions: [], tables: [], measureComparisons: [] };
  const byColumn = new Map<ColumnInfo, Condition & { kind: 'in' }>();
  for (const filter of intent.filters) {
    if (filter.kind === 'value') {
      const ranked = filter.options
        .map((o) => ({ ...o, score: ctx.score(o.column, o.weight) }))
        .sort((a, b) => b.score - a.score);
      const [best, second] = ranked;
      if (!best) continue;
      if (second && best.score - second.score < 0.05 && second.column !== best.column) {
        ctx.penalize(
          0.85,
          `"${filter.words}" is a value of both ${best.column.table}.${best.column.name} and ${second.column.table}.${second.column.name}`,
        );
      }
      if (best.weight < 0.6)
        ctx.penalize(0.9, `"${filter.words}" only loosely matches ${best.values.join(', ')}`);
      const existing = byColumn.get(best.column);
      if (existing && existing.negated === filter.negated) {
        existing.values.push(...best.values.filter((v) => !existing.values.includes(v)));
        continue;
      }
      const condition: Condition & { kind: 'in' } = {
        kind: 'in',
        column: best.column,
        values: [...best.values],
        negated: filter.negated,
      };
      byColumn.set(best.column, condition);
      result.conditions.push(condition);
      ctx.addTable(best.column.table, 1);
    } else if (filter.kind === 'compare') {
      const target = filter.target;
      if (target.kind === 'measure') {
        result.measureComparisons.push({
          index: target.index,
          op: filter.op,
          value: filter.value,
          words: filter.words,
        });
        continue;
      }
      const column =
        target.kind === 'column' ? ctx.pick(target.column) : amountColumn(ctx.model.tables.get(target.table));
      if (!column) {
        ctx.penalize(0.6, `could not tell what "${filter.words}" compares`);
        continue;
      }
      if (target.kind === 'entity')
        ctx.penalize(0.9, `read "${filter.words}" as ${column.table}.${column.name}`);
      result.conditions.push({ kind: 'compare', column, op: filter.op, value: filter.value });
    } else {
      const near = filter.near;
      let column: ColumnInfo | undefined;
      if (near && 'options' in near) column = ctx.pick(near);
      else {
        const tableName =
          near?.table ?? (intent.subject?.kind === 'entity' ? intent.subject.table : ctx.primaryBase);
        const table = tableName ? ctx.model.tables.get(tableName) : undefined;
        column = table?.label ?? table?.columns.find((c) => c.kind === 'text' && !c.isKey);
        ctx.penalize(
          0.8,
          `guessed that "${filter.text}" is a ${column ? `${column.table}.${column.name}` : 'name'}`,
        );
      }
      if (!column) continue;
      result.conditions.push({ kind: 'in', column, values: [filter.text], negated: false });
    }
  }
  result.tables = [...new Set(result.conditions.flatMap((c) => ('column' in c ? [c.column.table] : [])))];
  return result;
}
