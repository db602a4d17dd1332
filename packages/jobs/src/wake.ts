// Wakes idle workers as soon as a job is sent, instead of at their next poll: `send` NOTIFYs a
// channel with the queue's name, and every process that works that queue LISTENs on it (one
// connection of its own, reconnected after a failure). Polling stays as the fallback, so a lost
// notification only costs the polling interval.
import type { Logger } from '@tessera/logger';
import pg from 'pg';

export interface WakeListener {
  /** Starts listening (idempotent); resolves once LISTEN is in place. */
  start(): Promise<void>;
  close(): Promise<void>;
}

/** The NOTIFY channel of a queue schema: a lowercase identifier. */
export function wakeChannel(schema: string): string {
  return `tessera_jobs_${schema.toLowerCase().replace(/[^a-z0-9_]/g, '_')}`.slice(0, 63);
}

export function createWakeListener(options: {
  connectionString: string;
  channel: string;
  logger: Logger;
  onWake: (name: string) => void;
  /** Delay before reconnecting after the connection broke; default 1 s. */
  reconnectMs?: number;
}): WakeListener {
  const { channel, logger, onWake } = options;
  let client: pg.Client | undefined;
  let connecting: Promise<void> | undefined;
  let closed = false;
  let retry: NodeJS.Timeout | undefined;

  function reconnectLater(): void {
    if (closed || retry) return;
    retry = setTimeout(() => {
      retry = undefined;
      connecting = undefined;
      void connect().catch(() => reconnectLater());
    }, options.reconnectMs ?? 1000);
    retry.unref();
  }

  function connect(): Promise<void> {
    connecting ??= (async () => {
      const next = new pg.Client({
        connectionString: options.connectionString,
        application_name: 'tessera-jobs-wake',
      });
      next.on('notification', (message) => {
        if (message.channel === channel && message.payload) onWake(message.payload);
      });
      next.on('error', (err) => {
        logger.warn({ err }, 'job wake-up connection lost; polling until it is back');
        void next.end().catch(() => undefined);
        if (client === next) client = undefined;
        reconnectLater();
      });
      try {
        await next.connect();
        await next.query(`LISTEN ${channel}`);
      } catch (err) {
        await next.end().catch(() => undefined);
        connecting = undefined;
        throw err;
      }
      if (closed) {
        await next.end().catch(() => undefined);
        return;
      }
      client = next;
    })();
    return connecting;
  }

  return {
    async start() {
      if (closed) return;
      try {
        await connect();
      } catch (err) {
        logger.warn({ err }, 'job wake-up listener unavailable; workers poll');
        reconnectLater();
      }
    },
    async close() {
      closed = true;
      if (retry) clearTimeout(retry);
      const current = client;
      client = undefined;
      await current?.end().catch(() => undefined);
    },
  };
}
