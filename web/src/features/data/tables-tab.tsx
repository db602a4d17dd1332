import { useState } from 'react';
import { useQuery } from 'urql';
import { EmptyState } from '../../ui/empty-state';
import { errorInfo } from '../../ui/errors';
import { Skeleton } from '../../ui/skeleton';
import { DataSourceTablesDocument } from './operations';

/** Browse the schema: tables on the left, the chosen table's columns and types on the right. */
export function TablesTab({ sourceId }: { sourceId: string }) {
  const [refresh, setRefresh] = useState(false);
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: DataSourceTablesDocument,
    variables: { id: sourceId, refresh },
  });
  const [filter, setFilter] = useState('');
  const [chosen, setChosen] = useState<string | null>(null);
  const tables = data?.dataSource?.tables ?? [];
  const shown = tables.filter((t) => t.name.toLowerCase().includes(filter.trim().toLowerCase()));
  const table = tables.find((t) => t.name === chosen) ?? shown[0];
  const reload = () => {
    setRefresh(true);
    reexecute({ requestPolicy: 'network-only' });
  };

  if (!data && fetching) {
    return (
      <div className="source-schema" role="status" aria-label="Loading tables">
        <Skeleton height={220} />
        <Skeleton height={220} />
      </div>
    );
  }
  if (error && !data?.dataSource) {
    return (
      <div className="alert" role="alert">
        <strong>The schema could not be read.</strong> {errorInfo(error)?.message}{' '}
        <button className="btn btn-sm" onClick={reload}>
          Try again
        </button>
      </div>
    );
  }
  if (tables.length === 0) {
    return (
      <EmptyState
        title="No tables"
        action={
          <button className="btn btn-sm" onClick={reload}>
            Re-read the schema
          </button>
        }
      >
        The source has no tables the connected user can read yet.
      </EmptyState>
    );
  }
  return (
    <div style={{ display: 'grid', gap: 12 }}>
      <div className="row">
        <input
          type="search"
          aria-label="Filter tables"
          placeholder="Filter tables"
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
          style={{ width: 260 }}
        />
        <span className="muted">{tables.length === 1 ? '1 table' : `${tables.length} tables`}</span>
        <span className="spacer" />
        <button className="btn btn-sm" onClick={reload} disabled={fetching}>
          {fetching ? 'Reading…' : 'Re-read schema'}
        </button>
      </div>
      <div className="source-schema">
        <nav className="card schema-tables" aria-label="Tables">
          {shown.length === 0 ? (
            <span className="muted" style={{ padding: 8 }}>
              No table matches.
            </span>
          ) : null}
          {shown.map((t) => (
            <button
              key={`${t.schema ?? ''}.${t.name}`}
              className="schema-table-btn"
              aria-current={t.name === table?.name}
              onClick={() => setChosen(t.name)}
            >
              <span className="mono">
                {t.schema ? <span className="faint">{t.schema}.</span> : null}
                {t.name}
              </span>
              <span className="faint">{t.columns.length}</span>
            </button>
          ))}
        </nav>
        {table ? (
          <section className="card" aria-label={`Columns of ${table.name}`} style={{ overflow: 'auto' }}>
            <table className="table">
              <caption className="sr-only">Columns of {table.name}</caption>
              <thead>
                <tr>
                  <th scope="col">Column</th>
                  <th scope="col">Type</th>
                  {table.foreignKeys.length ? <th scope="col">References</th> : null}
                </tr>
              </thead>
              <tbody>
                {table.columns.map((c) => {
                  const key = table.foreignKeys.find((fk) => fk.columns.includes(c.name));
                  const referenced = key
                    ? `${key.referencedTable}.${key.referencedColumns[key.columns.indexOf(c.name)] ?? key.referencedColumns[0]}`
                    : '';
                  return (
                    <tr key={c.name}>
                      <td className="mono">{c.name}</td>
                      <td className="mono type-cell">{c.type}</td>
                      {table.foreignKeys.length ? <td className="mono faint">{referenced}</td> : null}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </section>
        ) : null}
      </div>
    </div>
  );
}
