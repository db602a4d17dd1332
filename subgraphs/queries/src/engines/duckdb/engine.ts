import { Worker } from 'node:worker_threads';
import {
  EngineError,
  type Column,
  type ExecuteRequest,
  type QueryEngine,
  type QueryResult,
  type RowStream,
  type TableInfo,
} from '../types.ts';
import type { FromWorker, ToWorker, WorkerOptions } from './protocol.ts';

type Listener = (message: FromWorker) => void;

const WORKER_URL = new URL('./worker-entry.mjs', import.meta.url);
/** After an interrupt, how long a worker may take to stop before it is terminated and replaced. */
const KILL_GRACE_MS = 5_000;

/**
 * DuckDB in a worker thread (one per database file): queries never block the service's event
 * loop, a timeout interrupts the statement, and a worker that does not stop is terminated.
 */
export function createDuckdbEngine(options: WorkerOptions): QueryEngine {
  let worker: Worker | null = null;
  let ready: Promise<void> | null = null;
  let nextId = 1;
  const listeners = new Map<number, Listener>();

  function spawn(): Promise<void> {
    if (ready) return ready;
    const current = new Worker(WORKER_URL, { workerData: options });
    worker = current;
    ready = new Promise<void>((resolve, reject) => {
      current.on('message', (message: FromWorker) => {
        if (message.type === 'ready') return resolve();
        if (message.type === 'fatal')
          return reject(new EngineError('CONNECTION_FAILED', 'The DuckDB database could not be opened'));
        listeners.get(message.id)?.(message);
      });
      current.on('error', (error) => reject(error));
      current.on('exit', () => {
        if (worker !== current) return;
        worker = null;
        ready = null;
        for (const listener of listeners.values())
          listener({ type: 'error', id: -1, code: 'RESOURCE_LIMIT', message: 'The query engine stopped' });
        listeners.clear();
      });
    });
    return ready;
  }

  function post(message: ToWorker): void {
    worker?.postMessage(message);
  }

  /** One request: its messages arrive on `onMessage`; timeout and abort interrupt it. */
  async function open(request: ExecuteRequest, stream: boolean, onMessage: Listener): Promise<number> {
    await spawn();
    const id = nextId++;
    const owner = worker!;
    let timedOut = false;
    const interrupt = () => {
      post({ type: 'interrupt', id });
      setTimeout(() => {
        if (listeners.has(id) && worker === owner) void owner.terminate();
      }, KILL_GRACE_MS).unref();
    };
    const timer = setTimeout(() => {
      timedOut = true;
      interrupt();
    }, request.timeoutMs);
    const onAbort = () => interrupt();
    request.signal.addEventListener('abort', onAbort, { once: true });
    listeners.set(id, (message) => {
      const finished = message.type === 'done' || message.type === 'error';
      if (finished) {
        clearTimeout(timer);
        request.signal.removeEventListener('abort', onAbort);
        listeners.delete(id);
      }
      if (message.type === 'error' && message.code === 'CANCELLED' && timedOut) {
        return onMessage({ ...message, code: 'RESOURCE_LIMIT', message: 'TIMEOUT' });
      }
      onMessage(message);
    });
    post({ type: 'execute', id, sql: request.sql, values: request.values, maxRows: request.maxRows, stream });
    return id;
  }

  function toError(message: Extract<FromWorker, { type: 'error' }>): EngineError {
    if (message.message === 'TIMEOUT') return new EngineError('TIMEOUT', 'The query exceeded its time limit');
    return new EngineError(message.code, message.message, message.position);
  }

  return {
    dialect: 'duckdb',
    async test(timeoutMs) {
      await this.execute({
        sql: 'SELECT 1',
        values: [],
        maxRows: 1,
        timeoutMs,
        signal: new AbortController().signal,
      });
    },
    execute(request): Promise<QueryResult> {
      return new Promise<QueryResult>((resolve, reject) => {
        let columns: Column[] = [];
        const rows: unknown[][] = [];
        open(request, false, (message) => {
          if (message.type === 'columns') columns = message.columns;
          else if (message.type === 'rows') for (const row of message.rows) rows.push(row);
          else if (message.type === 'done') resolve({ columns, rows, truncated: message.truncated });
          else if (message.type === 'error') reject(toError(message));
        }).catch(reject);
      });
    },
    async privileges() {
      // Opened read-only, external access off, configuration locked: no role to hold privileges.
      return [];
    },
    async *stream(request): RowStream {
      const queue: FromWorker[] = [];
      let wake: (() => void) | null = null;
      const id = await open(request, true, (message) => {
        queue.push(message);
        wake?.();
      });
      while (true) {
        if (queue.length === 0) await new Promise<void>((resolve) => (wake = resolve));
        wake = null;
        const message = queue.shift()!;
        if (message.type === 'columns') yield { columns: message.columns };
        else if (message.type === 'rows') {
          yield { rows: message.rows };
          post({ type: 'ack', id });
        } else if (message.type === 'done') return;
        else if (message.type === 'error') throw toError(message);
      }
    },
    async introspect(): Promise<TableInfo[]> {
      await spawn();
      const id = nextId++;
      return new Promise<TableInfo[]>((resolve, reject) => {
        listeners.set(id, (message) => {
          listeners.delete(id);
          if (message.type === 'tables') resolve(message.tables);
          else if (message.type === 'error') reject(toError(message));
        });
        post({ type: 'introspect', id });
      });
    },
    async close() {
      const current = worker;
      worker = null;
      ready = null;
      await current?.terminate();
    },
  };
}
