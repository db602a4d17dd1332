/** created_at with full microsecond precision (a JS Date would drop it), as the keyset's first part. */
export function sortKeyOf(alias: string): string {
  return `to_char(${alias}.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
}

/** Collects positional parameters while a statement is assembled. */
export function parameters() {
  const values: unknown[] = [];
  return {
    values,
    add(value: unknown): string {
      values.push(value);
      return `$${values.length}`;
    },
  };
}
