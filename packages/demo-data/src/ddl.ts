import type { TableDescription } from './schema-description.ts';

export function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

export function qualify(schema: string | undefined, table: string): string {
  return schema ? `${quoteIdent(schema)}.${quoteIdent(table)}` : quoteIdent(table);
}

function quoteText(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}

/** CREATE TABLE (with keys when asked) followed by the COMMENT statements of its descriptions. */
export function createTableSql(
  table: TableDescription,
  schema: string | undefined,
  withConstraints: boolean,
): string[] {
  const parts = table.columns.map((c) => `${quoteIdent(c.name)} ${c.type}`);
  if (withConstraints && table.primaryKey) {
    parts.push(`PRIMARY KEY (${table.primaryKey.map(quoteIdent).join(', ')})`);
  }
  if (withConstraints) {
    for (const fk of table.foreignKeys ?? []) {
      parts.push(
        `FOREIGN KEY (${fk.columns.map(quoteIdent).join(', ')}) REFERENCES ${qualify(schema, fk.references.table)} ` +
          `(${fk.references.columns.map(quoteIdent).join(', ')})`,
      );
    }
  }
  const name = qualify(schema, table.name);
  return [
    `CREATE TABLE ${name} (${parts.join(', ')})`,
    `COMMENT ON TABLE ${name} IS ${quoteText(table.description)}`,
    ...table.columns.map(
      (c) => `COMMENT ON COLUMN ${name}.${quoteIdent(c.name)} IS ${quoteText(c.description)}`,
    ),
  ];
}
