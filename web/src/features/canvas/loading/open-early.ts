// Opening a canvas from its address (a link, a reload): its header, its runs, its page's code and
// its live document's connection all start from the entry as soon as the session is restored,
// instead of one after the other once the route's code has loaded and the page has rendered
// (bench/web's waterfall: the runs went out ~500 ms after the session was ready). The page adopts
// what this started: the header through urql's cache, the runs through prefetchRun
// (canvas/loading/prefetch.ts), the connection through takeEarlyConnection (canvas/collab.ts).
// The page mounts its blocks once those runs have answered (first-mount.ts); secondary requests
// wait until the blocks have taken the answers (urql/secondary-requests.ts).
import { appClient } from '../../../urql/client';
import { session } from '../../../urql/session';
import { matchPath } from '../../../router/router';
import type { CanvasHeaderQuery } from '../../../gql/graphql';
import { CanvasHeaderDocument } from '../operations';
import { holdSecondaryRequests } from '../../../urql/secondary-requests';
import { takeEarlyHeader } from './early-header';
import { adoptingEarlyRuns, takeEarlyRuns } from './early-runs';
import { holdFirstMount } from './first-mount';

/** The header the entry is getting for each canvas (index.html's answer, else its client's). */
const headers = new Map<string, { at: number; header: Promise<CanvasHeaderQuery | null> }>();
const HEADER_FRESH_MS = 10_000;

/**
 * The header the entry got (or is getting) for `canvasId` just now: the page shows it until the first
 * load is over, then asks for its own (no second request competing with the runs).
 */
export function earlyCanvasHeader(canvasId: string): Promise<CanvasHeaderQuery | null> | null {
  const entry = headers.get(canvasId);
  return entry && Date.now() - entry.at < HEADER_FRESH_MS ? entry.header : null;
}

/** What the canvas route's module offers an early open (its own imports, so the entry chunk stays whole). */
export interface EarlyCanvasPage {
  connectCanvasEarly(canvasId: string): void;
  preloadChartCode(): void;
}

/** Starts loading the canvas at `pathname` (if it is one) with `loadPage`, the route's code. */
export function openCanvasEarly(pathname: string, loadPage: () => Promise<EarlyCanvasPage | null>): void {
  const canvasId = matchPath('/canvas/:id', pathname)?.id;
  if (!canvasId) return;
  // Its own chunk, shared with the page: the entry chunk stays whole (fewer files on first load).
  // Asked for before the page: the runs wait for it, and the page's files (its CSS, the editors'
  // code) would otherwise hold the browser's six connections first (bench/web's waterfall).
  const prefetching = import('./prefetch');
  const page = loadPage().catch(() => null);
  const start = () => {
    const client = appClient();
    // Its provider adopts the socket index.html opened (early-socket.ts): what arrived meanwhile waits
    // in that socket, so the page's code loading first costs little.
    void page.then((p) => p?.connectCanvasEarly(canvasId));
    void prefetching.then(({ prefetchLastRequests }) => prefetchLastRequests(client, canvasId));
    const fromClient = () =>
      client
        .query(CanvasHeaderDocument, { id: canvasId })
        .toPromise()
        .then(({ data }) => data ?? null);
    // The one index.html asked for, else our own (which the page then reads from the cache).
    const early = takeEarlyHeader(canvasId);
    const header = early ? early.then((data) => data ?? fromClient()) : fromClient();
    headers.set(canvasId, { at: Date.now(), header });
    // The runs index.html sent from that header (early-runs-script.ts), adopted before anything asks.
    const earlyRuns = takeEarlyRuns(canvasId);
    const adopted = Promise.all([earlyRuns, prefetching]).then(([runs, { adoptEarlyRun }]) => {
      for (const run of runs ?? []) adoptEarlyRun(client, run.request, run.answer);
    });
    // A reopen's last requests (prefetchLastRequests) are among them: they wait, not to be sent twice.
    if (earlyRuns) adoptingEarlyRuns(canvasId, adopted);
    const prefetched = Promise.all([header, prefetching, adopted]).then(
      ([data, { prefetchCanvas, screenRows }]) => {
        const canvas = data?.canvas;
        if (!canvas) return null;
        // The charts' code loads while the runs are under way.
        if (canvas.blocks.some((b) => b.type === 'CHART')) void page.then((p) => p?.preloadChartCode());
        return prefetchCanvas(client, canvas.blocks, canvas.project.dataSources, screenRows(), canvasId);
      },
    );
    holdFirstMount(
      canvasId,
      prefetched.then((p) => p?.answered),
    );
    holdSecondaryRequests(prefetched.then((p) => p?.adopted));
  };
  if (session.get().status === 'signed-in') return start();
  if (session.get().status !== 'restoring') return;
  const stop = session.subscribe(() => {
    const { status } = session.get();
    if (status === 'restoring') return;
    stop();
    if (status === 'signed-in') start();
  });
}
