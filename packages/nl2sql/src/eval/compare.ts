/** Execution-accuracy comparison of two result sets, as shared/demo-dataset.md defines it. */

export interface ResultSet {
  columns: string[];
  rows: unknown[][];
}

export interface Comparison {
  match: boolean;
  reason?: string;
}

/** A canonical text for a cell: numbers to 2 decimals, dates as YYYY-MM-DD (with a time only when it has one). */
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
  if (typeof value === 'boolean') return `b:${value}`;
  if (typeof value === 'string') return `s:${value}`;
  return `j:${JSON.stringify(value, (_, v: unknown) => (typeof v === 'bigint' ? v.toString() : v))}`;
}

/** True when the reference asks for a top/bottom N: its row order is then part of the answer. */
export function isOrderedReference(sql: string): boolean {
  return /\border\s+by\b/i.test(sql) && /\blimit\s+\d+/i.test(sql);
}

const sortedKey = (cells: string[]): string => [...cells].sort().join('\u0001');

/**
 * The generated result matches when some distinct generated columns, one per reference column,
 * hold the same rows (extra generated columns such as ids are tolerated). Row order matters only
 * when `ordered`.
 */
export function compareResults(
  reference: ResultSet,
  generated: ResultSet,
  options: { ordered: boolean },
): Comparison {
  if (reference.rows.length !== generated.rows.length) {
    return { match: false, reason: `expected ${reference.rows.length} rows, got ${generated.rows.length}` };
  }
  const refCols = reference.columns.map((_, j) => reference.rows.map((r) => normalizeCell(r[j])));
  const genCols = generated.columns.map((_, k) => generated.rows.map((r) => normalizeCell(r[k])));
  const same = (a: string[], b: string[]): boolean =>
    options.ordered ? a.join('\u0001') === b.join('\u0001') : sortedKey(a) === sortedKey(b);
  const candidates = refCols.map((ref) => genCols.flatMap((gen, k) => (same(ref, gen) ? [k] : [])));
  const missing = candidates.findIndex((c) => c.length === 0);
  if (missing >= 0) {
    return {
      match: false,
      reason: `no generated column holds the values of reference column "${reference.columns[missing]}"`,
    };
  }
  const rowsOf = (cols: string[][]): string[] =>
    reference.rows.map((_, i) => cols.map((c) => c[i]).join('\u0002'));
  const target = options.ordered ? rowsOf(refCols).join('\u0003') : sortedKey(rowsOf(refCols));
  const chosen: number[] = [];
  const search = (j: number): boolean => {
    if (j === refCols.length) {
      const projected = rowsOf(chosen.map((k) => genCols[k] ?? []));
      return (options.ordered ? projected.join('\u0003') : sortedKey(projected)) === target;
    }
    for (const k of candidates[j] ?? []) {
      if (chosen.includes(k)) continue;
      chosen.push(k);
      if (search(j + 1)) return true;
      chosen.pop();
    }
    return false;
  };
  return search(0)
    ? { match: true }
    : {
        match: false,
        reason: options.ordered
          ? 'same values but different rows or order'
          : 'same column values but paired differently',
      };
}
