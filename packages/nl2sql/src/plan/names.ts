import type { ColumnInfo, TableInfo } from '../schema/model.ts';

export function slug(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '_')
      .replace(/^_+|_+$/g, '') || 'value'
  );
}

/** "loan_items" → "loan item", for sentences. */
export function humanize(name: string): string {
  return name
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[_\s]+/g, ' ')
    .trim()
    .toLowerCase();
}

function singularize(word: string): string {
  if (/ies$/.test(word) && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/(sses|[sc]hes|xes|zes)$/.test(word)) return word.slice(0, -2);
  if (/s$/.test(word) && !/(ss|us|is)$/.test(word) && word.length > 3) return word.slice(0, -1);
  return word;
}

/** "loan_items" → "loan_item", "libraries" → "library". */
export function singularName(table: TableInfo): string {
  const words = table.name
    .replace(/([a-z])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  return [...words.slice(0, -1), singularize(words.at(-1) ?? '')].join('_');
}

export function columnLabel(column: ColumnInfo): string {
  return humanize(column.name);
}

/** Makes each alias unique and distinct from table names (a bare table name can mean a row in some dialects). */
export function uniqueAliases(aliases: string[], reserved: Set<string>): string[] {
  const seen = new Set<string>();
  return aliases.map((alias) => {
    let candidate = alias;
    for (let n = 2; seen.has(candidate) || reserved.has(candidate); n++) candidate = `${alias}_${n}`;
    seen.add(candidate);
    return candidate;
  });
}
