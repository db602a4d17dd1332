import { useEffect, useMemo, useState } from 'react';
import { useMutation } from 'urql';
import { Link } from '../../router/router';
import { EmptyState } from '../../ui/empty-state';
import { errorInfo } from '../../ui/errors';
import { Skeleton } from '../../ui/skeleton';
import { setCurrentProject } from '../home/current-project';
import { RunQueryDocument } from '../queries/operations';
import {
  formatDuration,
  formatWhen,
  matchesStatus,
  serverStatus,
  sqlPreview,
  type RunStatusFilter,
} from './library-model';
import { useHistory, type HistoryRun } from './use-history';
import './library.css';

const FILTERS: { value: RunStatusFilter; label: string }[] = [
  { value: 'ALL', label: 'All' },
  { value: 'SUCCEEDED', label: 'Succeeded' },
  { value: 'FAILED', label: 'Failed' },
  { value: 'CANCELLED', label: 'Cancelled' },
  { value: 'RUNNING', label: 'Running' },
];

const STATUS_BADGE: Record<string, string> = {
  SUCCEEDED: 'badge-success',
  FAILED: 'badge-danger',
  CANCELLED: 'badge-warning',
  RUNNING: 'badge-accent',
  QUEUED: 'badge-accent',
};

/** `/p/<projectId>/history`: the signed-in user's query runs in a project, newest first. */
export default function QueryHistoryPage({ projectId }: { projectId: string }) {
  useEffect(() => setCurrentProject(projectId), [projectId]);
  const [filter, setFilter] = useState<RunStatusFilter>('ALL');
  const history = useHistory(projectId, serverStatus(filter));
  const [rerun, setRerun] = useState<{ id: string; message: string; failed: boolean } | null>(null);
  const [{ fetching: rerunning }, runQuery] = useMutation(RunQueryDocument);
  const shown = useMemo(
    () => history.runs.filter((r) => matchesStatus(r.status, filter)),
    [history.runs, filter],
  );
  const now = new Date();

  const reRun = async (run: HistoryRun) => {
    if (!run.dataSource) return;
    setRerun({ id: run.id, message: 'Running…', failed: false });
    const result = await runQuery({
      input: {
        dataSourceId: run.dataSource.id,
        sql: run.sql,
        parameters: run.parameters ?? null,
        maxRows: 1000,
        waitSeconds: 10,
      },
    });
    const message = result.data
      ? 'Ran again: the new run is at the top.'
      : (errorInfo(result.error)?.message ?? 'The run failed');
    setRerun({ id: run.id, message, failed: !result.data });
    history.reload();
  };

  const initialLoading = history.loading && history.runs.length === 0;
  return (
    <div className="page library-page">
      <div className="page-header">
        <h1>Query history</h1>
        <span className="spacer" />
        <Link className="btn" href={`/p/${projectId}/saved`}>
          Saved queries
        </Link>
        <Link className="btn btn-primary" href={`/p/${projectId}/query`}>
          New query
        </Link>
      </div>
      <div className="row" style={{ flexWrap: 'wrap' }}>
        <div className="library-filters" role="radiogroup" aria-label="Status">
          {FILTERS.map((f) => (
            <button
              key={f.value}
              role="radio"
              aria-checked={filter === f.value}
              className={`btn btn-sm${filter === f.value ? ' btn-primary' : ''}`}
              onClick={() => setFilter(f.value)}
            >
              {f.label}
            </button>
          ))}
        </div>
        <span className="spacer" />
        <span className="faint">
          Your runs in this project, newest first
          {filter === 'RUNNING' ? ' (unfinished runs among those loaded)' : ''}.
        </span>
      </div>
      {rerun ? (
        <div className={`alert${rerun.failed ? '' : ' alert-info'}`} role={rerun.failed ? 'alert' : 'status'}>
          {rerun.message}
        </div>
      ) : null}
      {initialLoading ? (
        <div role="status" aria-label="Loading history" style={{ display: 'grid', gap: 8 }}>
          {[0, 1, 2, 3].map((i) => (
            <Skeleton key={i} height={34} />
          ))}
        </div>
      ) : history.error && history.runs.length === 0 ? (
        <div className="alert" role="alert">
          {history.error}{' '}
          <button className="btn btn-sm" onClick={history.reload}>
            Try again
          </button>
        </div>
      ) : history.runs.length === 0 ? (
        <EmptyState
          title="No runs yet"
          action={
            <Link className="btn btn-primary" href={`/p/${projectId}/query`}>
              Open the query editor
            </Link>
          }
        >
          Queries you run in the editor or on a canvas of this project appear here.
        </EmptyState>
      ) : (
        <>
          {shown.length === 0 ? (
            <EmptyState title="No runs with this status">
              {history.hasMore ? 'Load more to look further back.' : 'Try another filter.'}
            </EmptyState>
          ) : (
            <div className="history-wrap">
              <table className="history-table">
                <colgroup>
                  <col style={{ width: 104 }} />
                  <col />
                  <col style={{ width: '16%' }} />
                  <col style={{ width: 70 }} />
                  <col style={{ width: 80 }} />
                  <col style={{ width: 96 }} />
                  <col style={{ width: 196 }} />
                </colgroup>
                <thead>
                  <tr>
                    <th scope="col">Status</th>
                    <th scope="col">SQL</th>
                    <th scope="col">Source</th>
                    <th scope="col" className="num">
                      Rows
                    </th>
                    <th scope="col" className="num">
                      Duration
                    </th>
                    <th scope="col">When</th>
                    <th scope="col">
                      <span className="sr-only">Actions</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {shown.map((run) => (
                    <tr key={run.id}>
                      <td>
                        <span className={`badge ${STATUS_BADGE[run.status] ?? ''}`}>
                          {run.status.toLowerCase()}
                        </span>
                        {run.cached ? (
                          <span className="faint" title="Answered from the results cache">
                            {' '}
                            · cached
                          </span>
                        ) : null}
                      </td>
                      <td>
                        <div className="history-sql" title={run.sql}>
                          {sqlPreview(run.sql)}
                        </div>
                        {run.error ? (
                          <div className="history-error" title={run.error.message}>
                            {run.error.code}: {run.error.message}
                          </div>
                        ) : null}
                      </td>
                      <td className="muted">{run.dataSource?.name ?? '—'}</td>
                      <td className="num">
                        {run.status === 'SUCCEEDED' ? run.rowCount.toLocaleString() : '—'}
                      </td>
                      <td className="num">{formatDuration(run.durationMs)}</td>
                      <td className="muted" title={new Date(run.createdAt).toLocaleString()}>
                        {formatWhen(run.createdAt, now)}
                      </td>
                      <td>
                        <div className="history-actions">
                          <Link
                            className="btn btn-sm"
                            href={`/p/${projectId}/query?run=${encodeURIComponent(run.id)}`}
                          >
                            Open in editor
                          </Link>
                          <button
                            className="btn btn-sm btn-ghost"
                            onClick={() => void reRun(run)}
                            disabled={rerunning || !run.dataSource}
                            aria-label={`Re-run: ${sqlPreview(run.sql, 60)}`}
                          >
                            {rerunning && rerun?.id === run.id ? 'Running…' : 'Re-run'}
                          </button>
                        </div>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {history.error ? (
            <div className="alert" role="alert">
              {history.error}
            </div>
          ) : null}
          {history.hasMore ? (
            <div className="history-more">
              <button className="btn" onClick={history.loadMore} disabled={history.loading}>
                {history.loading ? 'Loading…' : 'Load more'}
              </button>
            </div>
          ) : null}
        </>
      )}
    </div>
  );
}
