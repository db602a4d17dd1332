import type { TableSchema } from './sql-editor';

export function SchemaTree({ tables }: { tables: readonly TableSchema[] }) {
  if (tables.length === 0) return <p className="muted">No tables found.</p>;
  return (
    <div className="schema-tree" aria-label="Tables">
      {tables.map((t) => (
        <details key={t.name}>
          <summary className="mono">{t.name}</summary>
          <ul>
            {t.columns.map((c) => (
              <li key={c.name}>
                <span className="mono">{c.name}</span>
                <span className="faint">{c.type.toLowerCase()}</span>
              </li>
            ))}
          </ul>
        </details>
      ))}
    </div>
  );
}
