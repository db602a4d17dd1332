import type { JoinEdge, SchemaModel } from './model.ts';

export interface JoinStep {
  /** The table this step adds. */
  table: string;
  /** The already joined table it attaches to. */
  via: string;
  edge: JoinEdge;
  /** True when `via` holds the foreign key (many-to-one: no row multiplication). */
  manyToOne: boolean;
}

export interface JoinPlan {
  steps: JoinStep[];
  /** Some step goes one-to-many, so base rows can repeat. */
  fanOut: boolean;
  /** Needed tables with no path from the base. */
  missing: string[];
}

const MANY_TO_ONE_COST = 1;
const ONE_TO_MANY_COST = 4;

/** Cheapest join tree from `base` to every needed table along the foreign-key graph. */
export function planJoins(model: SchemaModel, base: string, needed: Iterable<string>): JoinPlan {
  const cost = new Map<string, number>([[base, 0]]);
  const via = new Map<string, JoinStep>();
  const done = new Set<string>();
  for (;;) {
    let current: string | undefined;
    for (const [table, c] of cost)
      if (!done.has(table) && (current === undefined || c < (cost.get(current) ?? Infinity))) current = table;
    if (current === undefined) break;
    done.add(current);
    for (const edge of model.edges) {
      const options: [string, boolean][] = [];
      if (edge.from === current) options.push([edge.to, true]);
      if (edge.to === current) options.push([edge.from, false]);
      for (const [next, manyToOne] of options) {
        const c = (cost.get(current) ?? 0) + (manyToOne ? MANY_TO_ONE_COST : ONE_TO_MANY_COST);
        if (c < (cost.get(next) ?? Infinity)) {
          cost.set(next, c);
          via.set(next, { table: next, via: current, edge, manyToOne });
        }
      }
    }
  }
  const steps: JoinStep[] = [];
  const missing: string[] = [];
  const added = new Set([base]);
  const add = (table: string): void => {
    if (added.has(table)) return;
    const step = via.get(table);
    if (!step) return;
    add(step.via);
    added.add(table);
    steps.push(step);
  };
  for (const table of needed) {
    if (table !== base && !via.has(table)) missing.push(table);
    else add(table);
  }
  return { steps, fanOut: steps.some((s) => !s.manyToOne), missing };
}

/** Number of joins from `base` to `table`, or Infinity; one-to-many hops count extra. */
export function joinDistance(model: SchemaModel, base: string, table: string): number {
  if (base === table) return 0;
  const plan = planJoins(model, base, [table]);
  if (plan.missing.length > 0) return Infinity;
  return plan.steps.reduce((sum, s) => sum + (s.manyToOne ? MANY_TO_ONE_COST : ONE_TO_MANY_COST), 0);
}
