import { useEffect, useMemo, useState } from 'react';
import { useQuery } from 'urql';
import { EmptyState } from '../../ui/empty-state';
import { errorInfo } from '../../ui/errors';
import { Skeleton } from '../../ui/skeleton';
import { setCurrentProject } from '../home/current-project';
import { DataSourceSchemaDocument, ProjectDataSourcesDocument } from './operations';
import { useQueryRunner, useRunState } from './query-runner';
import { ResultPanel } from './result-panel';
import { RunStatus } from './run-status';
import { SchemaTree } from './schema-tree';
import { SqlEditor } from './sql-editor';

const DRAFT_KEY = 'tessera.queryDraft';
const STARTER = "SELECT date_trunc('month', order_date) AS month, SUM(total_amount) AS revenue\nFROM orders\nWHERE status = 'completed'\nGROUP BY 1\nORDER BY 1";

/** `/p/<projectId>/query`: the SQL block on its own. */
export default function QueryEditorPage({ projectId }: { projectId: string }) {
  useEffect(() => setCurrentProject(projectId), [projectId]);
  const [{ data, fetching, error }] = useQuery({ query: ProjectDataSourcesDocument, variables: { id: projectId } });
  const sources = data?.project?.dataSources ?? [];
  const [sourceId, setSourceId] = useState<string | null>(null);
  const dataSourceId = sourceId ?? sources[0]?.id ?? null;
  const [{ data: schema, fetching: schemaLoading }] = useQuery({ query: DataSourceSchemaDocument, variables: { id: dataSourceId ?? '' }, pause: !dataSourceId });
  const tables = useMemo(() => schema?.dataSource?.tables ?? [], [schema]);
  const [sql, setSql] = useState(() => localStorage.getItem(DRAFT_KEY) ?? STARTER);
  const runner = useQueryRunner();
  const state = useRunState(runner);
  const [ranSql, setRanSql] = useState('');

  const run = () => {
    if (!dataSourceId || !sql.trim()) return;
    setRanSql(sql);
    void runner.run({ dataSourceId, sql });
  };
  const onChange = (text: string) => {
    setSql(text);
    localStorage.setItem(DRAFT_KEY, text);
  };

  if (!data && fetching) {
    return (
      <div className="page">
        <Skeleton height={300} />
      </div>
    );
  }
  if (error || !data?.project) {
    return (
      <div className="page">
        <div className="alert" role="alert">{errorInfo(error)?.message ?? 'Project not found'}</div>
      </div>
    );
  }
  const running = state.phase === 'running' || state.phase === 'cancelling';
  return (
    <div className="qe">
      <aside className="qe-side" aria-label="Schema">
        <label>
          Data source
          <select value={dataSourceId ?? ''} onChange={(e) => setSourceId(e.target.value)}>
            {sources.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </label>
        {schemaLoading && !schema ? <Skeleton height={200} /> : <SchemaTree tables={tables} />}
      </aside>
      <section className="qe-main" aria-label="Query editor">
        <div className="row">
          <h1 style={{ fontSize: 18 }}>Query editor</h1>
          <span className="muted">{data.project.name}</span>
          <span className="spacer" />
          <span className="faint">Ctrl/⌘ + Enter to run</span>
          <button className="btn btn-primary" onClick={run} disabled={running || !dataSourceId} aria-keyshortcuts="Control+Enter Meta+Enter">
            ▶ Run
          </button>
        </div>
        <div className="qe-editor">
          <SqlEditor ariaLabel="SQL" initialValue={sql} onChange={onChange} onRun={run} tables={tables} errorPosition={state.phase === 'done' && ranSql === sql ? (state.error?.position ?? null) : null} />
        </div>
        <RunStatus state={state} sql={ranSql} onCancel={() => void runner.cancel()} />
        <div style={{ minHeight: 0 }}>
          {state.run && state.phase === 'done' && !state.error ? (
            <ResultPanel run={state.run} />
          ) : state.phase === 'idle' ? (
            <EmptyState title="Run a query to see results">Write SQL above; autocomplete knows the tables of {schema?.dataSource?.name ?? 'the data source'}.</EmptyState>
          ) : null}
        </div>
      </section>
    </div>
  );
}
