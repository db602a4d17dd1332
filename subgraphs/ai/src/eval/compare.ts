/** Execution-accuracy comparison of two result sets, as shared/demo-dataset.md defines it. */

export interface ResultSet {
  columns: string[];
  rows: unknown[][];
}

/** Canonical text of a cell: numbers to 2 decimals, dates as YYYY-MM-DD unless they carry a time. */
export function normalizeCell(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'bigint') return `n:${value.toString()}`;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return `n:${value}`;
    const rounded = Math.round((value + Math.sign(value) * 1e-9) * 100) / 100;
    return `n:${(Object.is(rounded, -0) ? 0 : rounded).toFixed(2).replace(/\.00$/, '')}`;
  }
  if (value instanceof Date) {
    const iso = value.toISOString();
    return `d:${iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso}`;
  }
  if (typeof value === 'string') return `s:${value}`;
  return `j:${JSON.stringify(value, (_, v: unknown) => (typeof v === 'bigint' ? v.toString() : v))}`;
}

/** A top/bottom-N reference (ORDER BY … LIMIT n): row order is part of the answer. */
export const isOrdered = (referenceSql: string): boolean => /\border\s+by\b/i.test(referenceSql) && /\blimit\s+\d+/i.test(referenceSql);

const bag = (items: string[]): string => [...items].sort().join('\u0001');

/**
 * Match when, for every reference column, a distinct generated column holds the same values row
 * for row (extra generated columns such as ids are tolerated); order matters only when `ordered`.
 */
export function sameResult(reference: ResultSet, generated: ResultSet, ordered: boolean): { match: boolean; reason?: string } {
  if (reference.rows.length !== generated.rows.length) return { match: false, reason: `expected ${reference.rows.length} rows, got ${generated.rows.length}` };
  const refCols = reference.columns.map((_, j) => reference.rows.map((r) => normalizeCell(r[j])));
  const genCols = generated.columns.map((_, k) => generated.rows.map((r) => normalizeCell(r[k])));
  const sameColumn = (a: string[], b: string[]) => (ordered ? a.join('\u0001') === b.join('\u0001') : bag(a) === bag(b));
  const candidates = refCols.map((ref) => genCols.flatMap((gen, k) => (sameColumn(ref, gen) ? [k] : [])));
  const missing = candidates.findIndex((c) => c.length === 0);
  if (missing >= 0) return { match: false, reason: `no generated column holds the values of "${reference.columns[missing]}"` };
  const rowKeys = (cols: string[][]) => reference.rows.map((_, i) => cols.map((c) => c[i]).join('\u0002'));
  const target = ordered ? rowKeys(refCols).join('\u0003') : bag(rowKeys(refCols));
  const chosen: number[] = [];
  const search = (j: number): boolean => {
    if (j === refCols.length) {
      const keys = rowKeys(chosen.map((k) => genCols[k] ?? []));
      return (ordered ? keys.join('\u0003') : bag(keys)) === target;
    }
    for (const k of candidates[j] ?? []) {
      if (chosen.includes(k)) continue;
      chosen.push(k);
      if (search(j + 1)) return true;
      chosen.pop();
    }
    return false;
  };
  return search(0) ? { match: true } : { match: false, reason: ordered ? 'same values, different rows or order' : 'same column values, paired differently' };
}
