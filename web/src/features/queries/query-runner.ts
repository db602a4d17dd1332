// Runs SQL through the API: runQuery (waits briefly), then polls queryRun until the run ends;
// cancel works as soon as the run has an id. One runner per editor or canvas block.
import type { Client } from '@urql/core';
import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { useClient } from 'urql';
import { getFragmentData } from '../../gql';
import type { QueryRunFieldsFragment } from '../../gql/graphql';
import { errorInfo } from '../../ui/errors';
import {
  CancelQueryRunDocument,
  QueryRunDocument,
  QueryRunFieldsFragment as Fields,
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
}

export interface RunRequest {
  dataSourceId: string;
  sql: string;
  parameters?: Record<string, unknown> | null;
  maxRows?: number;
}

const POLL_MS = 400;
const IDLE: RunState = { phase: 'idle', run: null, error: null, startedAt: null, key: null };

export class QueryRunner {
  private state: RunState = IDLE;
  private listeners = new Set<() => void>();
  private sequence = 0;
  private cancelRequested = false;

  /**
   * `execute` replaces runQuery (an embed runs blocks through runSharedBlock); it returns the
   * finished run or an error.
   */
  constructor(
    private readonly client: Client,
    private readonly execute?: (
      request: RunRequest,
    ) => Promise<{ run: QueryRunFieldsFragment | null; error: RunError | null }>,
  ) {}

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

  async run(request: RunRequest): Promise<RunState> {
    const seq = ++this.sequence;
    this.cancelRequested = false;
    this.set({ phase: 'running', error: null, startedAt: Date.now(), key: QueryRunner.keyOf(request) });
    if (this.execute) {
      const outcome = await this.execute(request);
      if (seq !== this.sequence) return this.state;
      if (outcome.run) this.finish(outcome.run);
      else
        this.set({
          phase: 'done',
          run: null,
          error: outcome.error ?? { message: 'The block could not run', code: null, position: null },
        });
      return this.state;
    }
    const result = await this.client
      .mutation(RunQueryDocument, {
        input: {
          dataSourceId: request.dataSourceId,
          sql: request.sql,
          parameters: request.parameters ?? null,
          maxRows: request.maxRows ?? 5000,
          waitSeconds: 1,
        },
      })
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
      });
      return this.state;
    }
    let run = getFragmentData(Fields, result.data.runQuery);
    this.set({ run: null });
    if (this.cancelRequested) void this.cancel();
    while (run.status === 'QUEUED' || run.status === 'RUNNING') {
      this.set({ run: { ...run, rows: [] } });
      await new Promise((r) => setTimeout(r, POLL_MS));
      if (seq !== this.sequence) return this.state;
      const polled = await this.client
        .query(QueryRunDocument, { id: run.id }, { requestPolicy: 'network-only' })
        .toPromise();
      if (seq !== this.sequence) return this.state;
      const next = polled.data?.queryRun ? getFragmentData(Fields, polled.data.queryRun) : null;
      if (!next) {
        this.set({
          phase: 'done',
          error: {
            message: errorInfo(polled.error)?.message ?? 'The run disappeared',
            code: null,
            position: null,
          },
        });
        return this.state;
      }
      run = next;
    }
    this.finish(run);
    return this.state;
  }

  private finish(run: QueryRunFieldsFragment): void {
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
      this.finish(getFragmentData(Fields, result.data.cancelQueryRun));
    }
  }

  reset(): void {
    this.sequence++;
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
