import type { Column, EngineErrorCode, TableInfo } from '../types.ts';

/** Messages between the DuckDB engine (main thread) and its worker thread. */
export type ToWorker =
  | { type: 'execute'; id: number; sql: string; values: unknown[]; maxRows: number; stream: boolean }
  | { type: 'ack'; id: number }
  | { type: 'interrupt'; id: number }
  | { type: 'introspect'; id: number };

export type FromWorker =
  | { type: 'ready' }
  | { type: 'columns'; id: number; columns: Column[] }
  | { type: 'rows'; id: number; rows: unknown[][] }
  | { type: 'done'; id: number; truncated: boolean }
  | { type: 'tables'; id: number; tables: TableInfo[] }
  | { type: 'error'; id: number; code: EngineErrorCode; message: string; position?: number }
  | { type: 'fatal'; message: string };

export interface WorkerOptions {
  path: string;
  memoryLimit: string;
  threads: number;
}
