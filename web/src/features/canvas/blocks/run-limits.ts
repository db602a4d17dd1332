// The time limits of a timed-out run: the one it had and the longest its data source allows.
import type { RunState } from '../../queries/query-runner';

/** The time limit a timed-out run hit: the server says it (limitSeconds); else its duration is the limit. */
export function timeoutSeconds(state: Pick<RunState, 'run'>): number | null {
  const limit = state.run?.error?.limitSeconds;
  if (typeof limit === 'number' && limit > 0) return limit;
  const ms = state.run?.durationMs;
  return typeof ms === 'number' && ms > 0 ? Math.round(ms / 1000) : null;
}

/** The longest limit a run on this data source may ask for, when above the one it had. */
export function longerLimit(state: Pick<RunState, 'run'>): number | null {
  const max = state.run?.error?.maxLimitSeconds;
  const limit = timeoutSeconds(state);
  return typeof max === 'number' && limit !== null && max > limit ? max : null;
}
