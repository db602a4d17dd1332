// `{{name}}` placeholders in SQL [R20]: bound as values by the queries service, never spliced in.
const PLACEHOLDER = /\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

/** Parameter names a statement uses as {{name}}, once each, in order of first use [R20]. */
export function placeholdersIn(sql: string): string[] {
  return [...new Set([...sql.matchAll(PLACEHOLDER)].map((m) => m[1]!))];
}
