import { lineColumn } from './sql-editor';
import { useElapsed, type RunState } from './query-runner';

/** Running state with elapsed time and cancel; or the error at the reported position. */
export function RunStatus({ state, sql, onCancel }: { state: RunState; sql: string; onCancel: () => void }) {
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
    return (
      <div className="sql-error" role="alert" data-testid="run-error">
        <strong>{state.error.code === 'CANCELLED' ? 'Cancelled' : (state.error.code ?? 'Error')}</strong>
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
    );
  }
  return null;
}
