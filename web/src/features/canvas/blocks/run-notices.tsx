// What a block says about a run that gives nothing to show: a timeout (its limit, and where to go
// on) and an empty result.
import type { RunState } from '../../queries/query-runner';
import { Link } from '../../../router/router';

/** The time limit a timed-out run hit: the server stops it there, so its duration is the limit. */
export function timeoutSeconds(state: Pick<RunState, 'run'>): number | null {
  const ms = state.run?.durationMs;
  return typeof ms === 'number' && ms > 0 ? Math.round(ms / 1000) : null;
}

export function TimeoutNotice({ state, projectId }: { state: RunState; projectId?: string }) {
  const seconds = timeoutSeconds(state);
  return (
    <div className="sql-error" role="alert" data-testid="run-timeout">
      <strong>Time limit reached</strong>
      <div>
        {seconds
          ? `The query was stopped after ${seconds} s, the time limit for a run on this data source.`
          : 'The query was stopped at the time limit for a run on this data source.'}{' '}
        Narrow it (a filter, a LIMIT, an aggregate) and run it again
        {projectId && state.run?.id ? (
          <>
            {', or '}
            <Link href={`/p/${projectId}/query?run=${state.run.id}`}>open it in the query editor</Link>
          </>
        ) : null}
        .
      </div>
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
