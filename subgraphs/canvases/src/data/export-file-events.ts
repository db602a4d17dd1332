import pg from 'pg';

/** NOTIFY channel: an export file became READY or FAILED (payload: its id). */
const CHANNEL = 'canvas_export_settled';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * "This export file is settled", across processes: the worker that completes or fails a file
 * NOTIFYs its id; the process whose exportCanvas request waits for it LISTENs (one connection per
 * process, opened by the first wait, replaced when it breaks) and re-reads the row at once instead
 * of at its next poll. Polling stays as the fallback for a lost notification.
 */
export function createExportFileEvents(databaseUrl: string) {
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max: 1,
    application_name: 'tessera-canvas-exports-notify',
  });
  pool.on('error', () => undefined);
  const waiters = new Map<string, Set<() => void>>();
  let listener: Promise<pg.Client> | undefined;
  let closed = false;

  function listen(): Promise<pg.Client> {
    listener ??= (async () => {
      const client = new pg.Client({
        connectionString: databaseUrl,
        application_name: 'tessera-canvas-exports-listen',
      });
      client.on('notification', (message) => {
        if (message.channel === CHANNEL && message.payload)
          waiters.get(message.payload)?.forEach((wake) => wake());
      });
      client.on('error', () => {
        listener = undefined;
        void client.end().catch(() => undefined);
      });
      try {
        await client.connect();
        await client.query(`LISTEN ${CHANNEL}`);
        return client;
      } catch (error) {
        listener = undefined;
        await client.end().catch(() => undefined);
        throw error;
      }
    })();
    return listener;
  }

  return {
    /** Tells every waiting process that the file `id` is READY or FAILED (best effort: they also poll). */
    async notifySettled(id: string): Promise<void> {
      await pool.query('SELECT pg_notify($1, $2)', [CHANNEL, id]).catch(() => undefined);
    },

    /**
     * Calls `check` until it returns a value (the file settled), woken by notifySettled from any
     * process and at least every `pollMs`; after `timeoutMs`, null.
     */
    async waitFor<T>(
      id: string,
      check: () => Promise<T | null>,
      { timeoutMs, pollMs = 1_000 }: { timeoutMs: number; pollMs?: number },
    ): Promise<T | null> {
      const deadline = Date.now() + timeoutMs;
      if (!closed) await listen().catch(() => undefined);
      let wake: () => void = () => undefined;
      const waker = () => wake();
      const set = waiters.get(id) ?? new Set<() => void>();
      waiters.set(id, set);
      set.add(waker);
      try {
        for (;;) {
          // Armed before the row is read: a notification between the read and the wait is not lost.
          const woken = new Promise<void>((resolve) => (wake = resolve));
          const settled = await check();
          if (settled !== null) return settled;
          const left = deadline - Date.now();
          if (left <= 0) return null;
          await Promise.race([woken, sleep(Math.min(pollMs, left))]);
        }
      } finally {
        set.delete(waker);
        if (set.size === 0) waiters.delete(id);
      }
    },

    async close(): Promise<void> {
      closed = true;
      const current = listener;
      listener = undefined;
      await current?.then((c) => c.end()).catch(() => undefined);
      await pool.end().catch(() => undefined);
    },
  };
}

export type ExportFileEvents = ReturnType<typeof createExportFileEvents>;
