import type { ReactNode } from 'react';
import { lineColumn } from './line-column';
import { useElapsed, type RunState } from './query-runner';

/**
 * Running state with elapsed time and cancel; or the error at the reported position, with
 * `fix(message)` (the "Fix with AI" button) under a failure that is not a cancellation.
 */
export function RunStatus({
  state,
  sql,
  onCancel,
  fix,
}: {
  state: RunState;
  sql: string;
  onCancel: () => void;
  fix?: (message: string) => ReactNode;
}) {
  const active = state.phase === 'running' || state.phase === 'cancelling';
  const elapsed = useElapsed(state.startedAt, active);
  if (active) {
    return (
      <div className="run-status" role="status" aria-live="polite" data-testid="run-status">
        <span className="spinner" aria-hidden="true" />
        <span>
          {state.phase === 'cancelling'
            ? 'Cancelling…'
            : state.run?.status === 'QUEUED'
              ? 'Queued'
              : 'Running'}{' '}
          <span className="mono">{elapsed.toFixed(1)} s</span>
        </span>
        <button className="btn btn-sm btn-danger" onClick={onCancel} disabled={state.phase === 'cancelling'}>
          Cancel
        </button>
      </div>
    );
  }
  if (state.error) {
    const where = state.error.position !== null ? lineColumn(sql, state.error.position) : null;
    const cancelled = state.error.code === 'CANCELLED';
    return (
      <div className="sql-error" data-testid="run-error">
        <div role="alert">
          <strong>{cancelled ? 'Cancelled' : (state.error.code ?? 'Error')}</strong>
          {where ? (
            <span className="muted">
              {' '}
              at line {where.line}, column {where.column}
            </span>
          ) : null}
          <div className="mono" style={{ whiteSpace: 'pre-wrap', marginTop: 2 }}>
            {state.error.message}
          </div>
        </div>
        {fix && !cancelled ? fix(state.error.message) : null}
      </div>
    );
  }
  return null;
}
