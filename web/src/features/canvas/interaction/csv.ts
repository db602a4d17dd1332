// RFC 4180 CSV of a result (the drill-down download); a leading = + - @ is prefixed with ' so a
// spreadsheet never reads a cell as a formula.
const cell = (value: unknown): string => {
  if (value === null || value === undefined) return '';
  let text = typeof value === 'object' ? JSON.stringify(value) : String(value);
  if (/^[=+\-@\t\r]/.test(text) && typeof value === 'string') text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

export function toCsv(columns: readonly { name: string }[], rows: readonly (readonly unknown[])[]): string {
  return [columns.map((c) => cell(c.name)), ...rows.map((r) => r.map(cell))]
    .map((line) => line.join(','))
    .join('\r\n');
}
