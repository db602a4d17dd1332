// What a block says about a run that gives nothing to show: a timeout (its limit, and where to go
// on) and an empty result.
import type { RunState } from '../../queries/query-runner';
import { Link } from '../../../router/router';
import { longerLimit, timeoutSeconds } from './run-limits';

export { timeoutSeconds } from './run-limits';

export function TimeoutNotice({
  state,
  projectId,
  onRunLonger,
}: {
  state: RunState;
  projectId?: string;
  /** Runs the block again with this time limit (seconds). */
  onRunLonger?: (seconds: number) => void;
}) {
  const seconds = timeoutSeconds(state);
  const longer = onRunLonger ? longerLimit(state) : null;
  return (
    <div className="sql-error" role="alert" data-testid="run-timeout">
      <strong>Time limit reached</strong>
      <div>
        {seconds
          ? `The query was stopped after ${seconds} s, the time limit for a run on this data source.`
          : 'The query was stopped at the time limit for a run on this data source.'}{' '}
        Narrow it (a filter, a LIMIT, an aggregate){longer ? ', or give it more time' : ''} and run it again.
      </div>
      {longer || (projectId && state.run?.id) ? (
        <div className="row" style={{ gap: 6, marginTop: 6 }}>
          {longer ? (
            <button className="btn btn-sm" onClick={() => onRunLonger!(longer)}>
              Run with a longer limit ({longer} s)
            </button>
          ) : null}
          {projectId && state.run?.id ? (
            <Link className="btn btn-sm" href={`/p/${projectId}/query?run=${state.run.id}`}>
              Open in editor
            </Link>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}

export function NoRows({ truncated }: { truncated?: boolean }) {
  return (
    <div className="no-rows" data-testid="no-rows" role="status">
      {truncated ? 'No rows in the part that was read.' : 'No rows'}
    </div>
  );
}
