import type { Document } from 'bson';
import type { CursorManager } from '../cursors.ts';
import type { Engine } from '../storage/engine.ts';

export interface ConnectionInfo {
  id: number;
  remote: string;
}

export interface ServerState {
  startedAt: Date;
  host: string;
  port: number;
  dbPath: string | null;
  connectionCount(): number;
}

export interface CommandContext {
  engine: Engine;
  cursors: CursorManager;
  server: ServerState;
  conn: ConnectionInfo;
  /** Target database (`$db`). */
  db: string;
  /** Resolves when the writes made so far are durable (immediate in memory). */
  commit(): Promise<void>;
}

export type CommandHandler = (cmd: Document, ctx: CommandContext) => Document | Promise<Document>;

export type CommandTable = Record<string, CommandHandler>;
