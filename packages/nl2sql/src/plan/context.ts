import { joinDistance } from '../schema/join-graph.ts';
import type { ColumnInfo, SchemaModel } from '../schema/model.ts';
import type { ColumnChoice, Intent } from './intent-types.ts';

export interface Penalty {
  factor: number;
  reason: string;
}

/** What the question is about so far: weighs competing readings of ambiguous phrases. */
export class ResolveContext {
  readonly tableWeight = new Map<string, number>();
  readonly penalties: Penalty[] = [];
  primaryBase?: string;
  private readonly distances = new Map<string, number>();

  constructor(readonly model: SchemaModel) {}

  addTable(table: string, weight: number): void {
    this.tableWeight.set(table, Math.max(this.tableWeight.get(table) ?? 0, weight));
  }

  penalize(factor: number, reason: string): void {
    this.penalties.push({ factor, reason });
  }

  distance(from: string, to: string): number {
    const key = `${from}>${to}`;
    let d = this.distances.get(key);
    if (d === undefined) {
      d = joinDistance(this.model, from, to);
      this.distances.set(key, d);
    }
    return d;
  }

  score(column: ColumnInfo, weight: number): number {
    let score = weight + 0.25 * (this.tableWeight.get(column.table) ?? 0);
    if (this.primaryBase) {
      const d = this.distance(this.primaryBase, column.table);
      score -= d === Infinity ? 1 : 0.04 * d;
    }
    return score;
  }

  /** The best reading of a column phrase; penalizes near ties between tables. */
  pick(choice: ColumnChoice, accept: (c: ColumnInfo) => boolean = () => true): ColumnInfo | undefined {
    const ranked = choice.options
      .filter((o) => accept(o.column))
      .map((o) => ({ column: o.column, score: this.score(o.column, o.weight) }))
      .sort((a, b) => b.score - a.score);
    const [best, second] = ranked;
    if (best && second && best.score - second.score < 0.05 && second.column.table !== best.column.table) {
      this.penalize(
        0.85,
        `"${choice.words}" could be ${best.column.table}.${best.column.name} or ${second.column.table}.${second.column.name}`,
      );
    }
    return best?.column;
  }

  /** Registers the tables the intent mentions unambiguously. */
  seed(intent: Intent): void {
    const single = (choice: ColumnChoice): string | undefined => {
      const tables = new Set(choice.options.map((o) => o.column.table));
      return tables.size === 1 ? [...tables][0] : undefined;
    };
    for (const m of intent.measures) {
      if (m.kind === 'metric')
        m.options[0]?.metric.tables.forEach((t, i) => this.addTable(t, i === 0 ? 2 : 1));
      if (m.kind === 'count') this.addTable(m.table, 2);
      if (m.kind === 'aggregate') {
        const t = single(m.column);
        if (t) this.addTable(t, 1.5);
      }
    }
    for (const t of intent.contextTables) this.addTable(t, 1.5);
    const subject = intent.subject;
    if (subject?.kind === 'entity') this.addTable(subject.table, 1.5);
    for (const d of intent.dimensions) {
      if (d.kind === 'entity') this.addTable(d.table, 1);
      else {
        const t = single(d.column);
        if (t) this.addTable(t, 1);
      }
    }
    for (const f of intent.filters) {
      if (f.kind !== 'value') continue;
      const tables = new Set(f.options.map((o) => o.column.table));
      if (tables.size === 1) this.addTable([...tables][0] as string, 1);
    }
  }
}
