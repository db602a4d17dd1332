// The runs index.html sent for a canvas opened from its address (early-runs-script.ts), taken by
// open-early.ts; what would start the same runs again waits until they are adopted (afterEarlyRuns).
// Apart from the script: the app's entry imports this module, and the script's imports stay out of it.
import type { RunQueryAnswer, RunRequest } from '../../queries/query-runner';

export const EARLY_RUNS_GLOBAL = '__tesseraEarlyCanvasRuns';
const GLOBAL = EARLY_RUNS_GLOBAL;

export interface EarlyRun {
  request: RunRequest;
  answer: Promise<RunQueryAnswer | null>;
}

/** The runs index.html sent for `canvasId`, once (null when it sent none). */
export function takeEarlyRuns(canvasId: string): Promise<EarlyRun[]> | null {
  const holder = globalThis as { [GLOBAL]?: { id: string; runs: Promise<EarlyRun[]> } };
  const early = holder[GLOBAL];
  delete holder[GLOBAL];
  if (!early || early.id !== canvasId) return null;
  return early.runs.then(
    (runs) => runs.map((run) => ({ ...run, answer: run.answer.catch(() => null) })),
    () => [],
  );
}

/** Per canvas: settles once its early runs are adopted (open-early.ts). */
const adoptions = new Map<string, Promise<void>>();

/** Runs `start` once the early runs of `canvasId` (if any) are adopted, so it does not send them again. */
export function afterEarlyRuns(canvasId: string, start: () => void): void {
  const adopted = adoptions.get(canvasId);
  if (adopted) void adopted.then(start);
  else start();
}

/**
 * Settles once the early runs of every canvas are adopted (null when none are pending). A block's
 * runner waits for it (query-runner.ts): the page can mount, sync its live document and run its
 * blocks before index.html's script has even sent its runs, when the header is slow to answer.
 */
export function earlyRunsAdopting(): Promise<void> | null {
  return adoptions.size ? Promise.all(adoptions.values()).then(() => undefined) : null;
}

/** `adopted` settles once the early runs of `canvasId` are adopted. */
export function adoptingEarlyRuns(canvasId: string, adopted: Promise<void>): void {
  const settled = adopted.catch(() => undefined);
  adoptions.set(canvasId, settled);
  void settled.then(() => {
    if (adoptions.get(canvasId) === settled) adoptions.delete(canvasId);
  });
}
