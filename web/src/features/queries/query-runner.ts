// Runs SQL through the API: runQuery (waits briefly), then follows the run through the
// `queryRunUpdated` subscription until it ends; polling queryRun only when the subscription cannot
// connect or fails. Cancel works as soon as the run has an id. One runner per editor or canvas block.
// The operations fetch a run's rows as one JSON text (`rowsJson`); the runner decodes it once, when
// the run has finished, and every reader gets a run with `rows` (QueryRunFields).
import type { Client } from '@urql/core';
import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { useClient } from 'urql';
import { getFragmentData } from '../../gql';
import type { QueryRunDataFragment, QueryRunFieldsFragment } from '../../gql/graphql';
import { errorInfo } from '../../ui/errors';
import { lastResult, rememberResult } from '../canvas/loading/last-results';
import { earlyRunsAdopting } from '../canvas/loading/early-runs';
import {
  CancelQueryRunDocument,
  QueryRunDataFragment as Data,
  QueryRunDocument,
  QueryRunUpdatedDocument,
  RunQueryDocument,
} from './operations';

export type RunPhase = 'idle' | 'running' | 'cancelling' | 'done';

export interface RunError {
  message: string;
  code: string | null;
  /** 0-based offset into the SQL, when the engine reported one. */
  position: number | null;
}

export interface RunState {
  phase: RunPhase;
  run: QueryRunFieldsFragment | null;
  error: RunError | null;
  startedAt: number | null;
  /** The SQL and parameters of the latest request (to skip identical re-runs). */
  key: string | null;
  /**
   * Stale-while-revalidate: `run` is this request's last result (shown at once, phase 'done') while
   * the run refreshes it; false once the fresh result (or an error) replaced it.
   */
  refreshing?: boolean;
}

export interface RunRequest {
  dataSourceId: string;
  sql: string;
  parameters?: Record<string, unknown> | null;
  maxRows?: number;
  /** The run's time limit in seconds (default and cap: the data source's runTimeLimit); not part of the key. */
  timeoutSeconds?: number;
}

/** How a run is sent (not part of its key). */
export interface RunOptions {
  /** The browser's priority for the request (Fetch Priority): an off-screen block's run is 'low'. */
  priority?: 'low';
}

export interface RunnerTiming {
  /** Fallback polling interval. */
  pollMs: number;
  /** How long the subscription may stay silent before its first event; then polling takes over. */
  liveGraceMs: number;
}

const TIMING: RunnerTiming = { pollMs: 400, liveGraceMs: 3000 };
const UNFINISHED = new Set(['QUEUED', 'RUNNING']);

/**
 * The run with its `rowsJson` decoded into `rows` (parsed once; an unfinished run's are not parsed:
 * it has none yet). A text that is not an array of rows gives no rows and a FAILED run saying so.
 */
export function decodeRun(data: QueryRunDataFragment): QueryRunFieldsFragment {
  const { rowsJson, ' $fragmentName': _wire, ...run } = data;
  if (UNFINISHED.has(run.status) || rowsJson === '[]') return { ...run, rows: [] };
  let rows: unknown;
  try {
    rows = JSON.parse(rowsJson);
  } catch {
    rows = null;
  }
  if (Array.isArray(rows) && rows.every(Array.isArray)) return { ...run, rows: rows as unknown[][] };
  return {
    ...run,
    status: 'FAILED',
    rows: [],
    rowCount: 0,
    error: { __typename: 'QueryError', code: 'BAD_RESPONSE', message: 'The result could not be read' },
  };
}
const IDLE: RunState = { phase: 'idle', run: null, error: null, startedAt: null, key: null };

/**
 * Runs started ahead of their block (canvas/loading/prefetch.ts), by request key: the first runner
 * asking for the same request adopts the run instead of sending its own. Dropped 30 s after they end.
 */
const prefetched = new Map<string, Promise<RunState>>();
const PREFETCH_KEEP_MS = 30_000;
/** When a runner last sent each request itself: a prefetch right after it would run it twice. */
const sentAt = new Map<string, number>();

/**
 * Starts `request` now, for a runner that will ask for the same request soon. `priority: 'low'` (an
 * off-screen block): the browser sends it after the page's other requests waiting for a connection.
 */
export function prefetchRun(client: Client, request: RunRequest, options: RunOptions = {}): Promise<void> {
  // After index.html's runs are adopted (one of them may be this request). Its runner must not wait
  // itself: it would then find its own run among the prefetched ones and wait for itself.
  const early = earlyRunsAdopting();
  if (early) return early.then(() => prefetchRun(client, request, options));
  const key = QueryRunner.keyOf(request);
  if (prefetched.has(key)) return prefetched.get(key)!.then(() => undefined);
  if (Date.now() - (sentAt.get(key) ?? -Infinity) < PREFETCH_KEEP_MS) return Promise.resolve();
  return keepPrefetched(key, new QueryRunner(client).run(request, options));
}

function keepPrefetched(key: string, run: Promise<RunState>): Promise<void> {
  const running = run.catch((): RunState => IDLE);
  prefetched.set(key, running);
  void running.finally(() =>
    setTimeout(() => {
      if (prefetched.get(key) !== running) return;
      prefetched.delete(key);
      adoptionDone(key);
    }, PREFETCH_KEEP_MS),
  );
  return running.then(() => undefined);
}

/** Who waits for a prefetched run to be adopted (or dropped), by key. */
const adoptionWaiters = new Map<string, (() => void)[]>();

function adoptionDone(key: string): void {
  adoptionWaiters.get(key)?.forEach((resolve) => resolve());
  adoptionWaiters.delete(key);
}

/** Settles once a runner has adopted the prefetched run of `request` (at once when there is none). */
export function prefetchAdopted(request: RunRequest): Promise<void> {
  const key = QueryRunner.keyOf(request);
  if (!prefetched.has(key)) return Promise.resolve();
  return new Promise((resolve) => adoptionWaiters.set(key, [...(adoptionWaiters.get(key) ?? []), resolve]));
}

/** A runQuery answer as the server sent it (index.html's early runs: canvas/loading/early-runs.ts). */
export interface RunQueryAnswer {
  data?: { runQuery?: QueryRunDataFragment | null } | null;
}

/**
 * A run of `request` that index.html sent before the app loaded: the first runner asking for the
 * same request adopts it, as a prefetched one. Ignored when a runner already sent the request.
 */
export function adoptEarlyRun(
  client: Client,
  request: RunRequest,
  answer: Promise<RunQueryAnswer | null>,
): void {
  const key = QueryRunner.keyOf(request);
  if (prefetched.has(key) || Date.now() - (sentAt.get(key) ?? -Infinity) < PREFETCH_KEEP_MS) return;
  void keepPrefetched(key, new QueryRunner(client).adopt(request, answer));
}

/** The longest a block waits for index.html's early runs to be adopted before running itself. */
const EARLY_WAIT_MAX_MS = 2000;

function adoptPrefetched(key: string): Promise<RunState> | null {
  const running = prefetched.get(key);
  if (!running) return null;
  prefetched.delete(key);
  adoptionDone(key);
  // Adopted counts as sent by the runner: a prefetch of it right after would run it twice.
  sentAt.set(key, Date.now());
  return running;
}

export class QueryRunner {
  /** Canvas blocks: show the request's last result at once while it runs again (last-results.ts). */
  protected readonly staleWhileRevalidate: boolean = false;
  private state: RunState = IDLE;
  private listeners = new Set<() => void>();
  private sequence = 0;
  private cancelRequested = false;
  /** Ends the live subscription of the run being followed. */
  private stopLive: (() => void) | null = null;
  private readonly timing: RunnerTiming;

  /**
   * `execute` replaces runQuery (an embed runs blocks through runSharedBlock); it returns the
   * finished run or an error.
   */
  constructor(
    private readonly client: Client,
    private readonly execute?: (
      request: RunRequest,
    ) => Promise<{ run: QueryRunFieldsFragment | null; error: RunError | null }>,
    timing: Partial<RunnerTiming> = {},
  ) {
    this.timing = { ...TIMING, ...timing };
  }

  get = (): RunState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private set(next: Partial<RunState>): void {
    this.state = { ...this.state, ...next };
    this.listeners.forEach((l) => l());
  }

  static keyOf(request: RunRequest): string {
    return JSON.stringify([
      request.dataSourceId,
      request.sql,
      request.parameters ?? null,
      request.maxRows ?? null,
    ]);
  }

  async run(request: RunRequest, options: RunOptions = {}): Promise<RunState> {
    const seq = ++this.sequence;
    this.cancelRequested = false;
    const key = QueryRunner.keyOf(request);
    const stale = this.staleWhileRevalidate && !this.state.run ? lastResult(key) : null;
    if (stale)
      this.set({ phase: 'done', run: stale, error: null, startedAt: Date.now(), key, refreshing: true });
    else this.set({ phase: 'running', error: null, startedAt: Date.now(), key, refreshing: false });
    if (this.execute) {
      const outcome = await this.execute(request);
      if (seq !== this.sequence) return this.state;
      if (outcome.run) this.finish(outcome.run);
      else
        this.set({
          phase: 'done',
          run: null,
          error: outcome.error ?? { message: 'The block could not run', code: null, position: null },
          refreshing: false,
        });
      return this.state;
    }
    // Runs index.html sent (or is about to send) are adopted first, not sent again. (A prefetch's own
    // runner never gets here while they are pending: prefetchRun waits for them before starting it.)
    const early = earlyRunsAdopting();
    if (early) {
      await Promise.race([early, new Promise((r) => setTimeout(r, EARLY_WAIT_MAX_MS))]);
      if (seq !== this.sequence) return this.state;
    }
    const adopted = adoptPrefetched(key);
    if (adopted) {
      const done = await adopted;
      if (seq !== this.sequence) return this.state;
      if (done.phase === 'done' && done.run && !done.error) {
        this.finish(done.run);
        return this.state;
      }
      // The prefetched run failed: run it here, where its error is shown.
    }
    if (sentAt.size > 500) sentAt.clear();
    sentAt.set(key, Date.now());
    const result = await this.client
      .mutation(
        RunQueryDocument,
        {
          input: {
            dataSourceId: request.dataSourceId,
            sql: request.sql,
            parameters: request.parameters ?? null,
            maxRows: request.maxRows ?? 5000,
            waitSeconds: 1,
            ...(request.timeoutSeconds ? { timeoutSeconds: request.timeoutSeconds } : {}),
          },
        },
        options.priority ? { fetchOptions: { priority: options.priority } } : undefined,
      )
      .toPromise();
    if (seq !== this.sequence) return this.state;
    if (!result.data) {
      const info = errorInfo(result.error);
      const ext = result.error?.graphQLErrors[0]?.extensions as Record<string, unknown> | undefined;
      const position = typeof ext?.position === 'number' ? ext.position : null;
      this.set({
        phase: 'done',
        run: null,
        error: { message: info?.message ?? 'The query failed', code: info?.code ?? null, position },
        refreshing: false,
      });
      return this.state;
    }
    return this.follow(decodeRun(getFragmentData(Data, result.data.runQuery)), seq);
  }

  /**
   * Takes over a run of `request` whose runQuery was sent elsewhere (`answer`): an answer that is no
   * run ends as an error here (the runner that adopts it then runs the request itself).
   */
  async adopt(request: RunRequest, answer: Promise<RunQueryAnswer | null>): Promise<RunState> {
    const seq = ++this.sequence;
    const key = QueryRunner.keyOf(request);
    this.set({ phase: 'running', error: null, startedAt: Date.now(), key, refreshing: false });
    const data = (await answer.catch(() => null))?.data?.runQuery;
    if (seq !== this.sequence) return this.state;
    if (!data) {
      this.set({
        phase: 'done',
        run: null,
        error: { message: 'The query failed', code: null, position: null },
        refreshing: false,
      });
      return this.state;
    }
    return this.follow(decodeRun(data), seq);
  }

  /** Follows a run runQuery answered with until it ends (live, else polling). */
  private async follow(run: QueryRunFieldsFragment, seq: number): Promise<RunState> {
    if (!UNFINISHED.has(run.status)) {
      this.finish(run);
      return this.state;
    }
    this.set({ run: { ...run, rows: [] } });
    if (this.cancelRequested) void this.cancel();
    const live = await this.followLive(run.id, seq);
    if (seq !== this.sequence) return this.state;
    const outcome = live ?? (await this.poll(run, seq));
    if (!outcome || seq !== this.sequence) return this.state;
    if ('error' in outcome) this.set({ phase: 'done', error: outcome.error, refreshing: false });
    else this.finish(outcome.run);
    return this.state;
  }

  /**
   * Follows the run through `queryRunUpdated` (its current state first, then every change); the
   * finished run, or null when the subscription failed or stayed silent (the caller polls).
   */
  private followLive(id: string, seq: number): Promise<{ run: QueryRunFieldsFragment } | null> {
    return new Promise((resolve) => {
      let settled = false;
      let heard = false;
      let subscription: { unsubscribe(): void } | null = null;
      const settle = (value: { run: QueryRunFieldsFragment } | null) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        if (this.stopLive === stop) this.stopLive = null;
        subscription?.unsubscribe();
        resolve(value);
      };
      const stop = () => settle(null);
      this.stopLive?.();
      this.stopLive = stop;
      const timer = setTimeout(() => {
        if (!heard) settle(null);
      }, this.timing.liveGraceMs);
      subscription = this.client.subscription(QueryRunUpdatedDocument, { id }).subscribe((result) => {
        if (settled) return;
        if (seq !== this.sequence) return settle(null);
        const update = result.data?.queryRunUpdated
          ? decodeRun(getFragmentData(Data, result.data.queryRunUpdated))
          : null;
        if (!update || update.id !== id) return settle(null);
        heard = true;
        if (!UNFINISHED.has(update.status)) return settle({ run: update });
        this.set({ run: { ...update, rows: [] } });
      });
      // The source may answer synchronously, before `subscription` was assigned.
      if (settled) subscription.unsubscribe();
    });
  }

  /** The fallback: queryRun every `pollMs` until the run ends. Null when superseded. */
  private async poll(
    first: QueryRunFieldsFragment,
    seq: number,
  ): Promise<{ run: QueryRunFieldsFragment } | { error: RunError } | null> {
    let run = first;
    do {
      this.set({ run: { ...run, rows: [] } });
      await new Promise((r) => setTimeout(r, this.timing.pollMs));
      if (seq !== this.sequence) return null;
      const polled = await this.client
        .query(QueryRunDocument, { id: run.id }, { requestPolicy: 'network-only' })
        .toPromise();
      if (seq !== this.sequence) return null;
      const next = polled.data?.queryRun ? decodeRun(getFragmentData(Data, polled.data.queryRun)) : null;
      if (!next)
        return {
          error: {
            message: errorInfo(polled.error)?.message ?? 'The run disappeared',
            code: null,
            position: null,
          },
        };
      run = next;
    } while (UNFINISHED.has(run.status));
    return { run };
  }

  private finish(run: QueryRunFieldsFragment): void {
    if (this.staleWhileRevalidate && this.state.key && !run.error) rememberResult(this.state.key, run);
    const error = run.error
      ? { message: run.error.message, code: run.error.code, position: run.error.position ?? null }
      : null;
    this.set({
      phase: 'done',
      run,
      error:
        run.status === 'CANCELLED'
          ? { message: 'The run was cancelled.', code: 'CANCELLED', position: null }
          : error,
      refreshing: false,
    });
  }

  async cancel(): Promise<void> {
    if (this.state.phase !== 'running' && this.state.phase !== 'cancelling') return;
    this.cancelRequested = true;
    this.set({ phase: 'cancelling' });
    const id = this.state.run?.id;
    if (!id) return; // cancelled as soon as runQuery returns an id
    const result = await this.client.mutation(CancelQueryRunDocument, { id }).toPromise();
    if (result.data) {
      this.sequence++;
      this.stopLive?.();
      this.finish(decodeRun(getFragmentData(Data, result.data.cancelQueryRun)));
    }
  }

  reset(): void {
    this.sequence++;
    this.stopLive?.();
    this.set(IDLE);
  }
}

export function useQueryRunner(): QueryRunner {
  const client = useClient();
  return useMemo(() => new QueryRunner(client), [client]);
}

export function useRunState(runner: QueryRunner): RunState {
  return useSyncExternalStore(runner.subscribe, runner.get);
}

/** Seconds since `startedAt`, ticking while `active`. */
export function useElapsed(startedAt: number | null, active: boolean): number {
  const tick = useSyncExternalStore(
    (l) => {
      if (!active) return () => undefined;
      const id = setInterval(l, 100);
      return () => clearInterval(id);
    },
    () => (active && startedAt ? Math.floor((Date.now() - startedAt) / 100) : 0),
  );
  useEffect(() => undefined, [tick]);
  return tick / 10;
}
