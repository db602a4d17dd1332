import type { Logger } from '@tessera/logger';

export interface AuditEntry {
  occurredAt: string;
  organizationId: string | null;
  projectId: string | null;
  actor: { userId?: string; apiKeyId?: string; shareLinkId?: string };
  operation: string;
  targetIds: string[];
  outcome: string;
  requestId: string | null;
  ip: string | null;
}

/**
 * Ships audit entries to the accounts service's append-only store in small batches (every
 * 200 ms or 50 entries); a failed batch is retried once with the next flush, then logged.
 */
export function createAuditSender(options: { accountsUrl: string; internalSecret: string; logger: Logger }) {
  const endpoint = new URL('/internal/audit', options.accountsUrl).toString();
  let queue: AuditEntry[] = [];
  let inFlight: Promise<void> = Promise.resolve();
  let retry: AuditEntry[] = [];

  async function send(entries: AuditEntry[]): Promise<void> {
    const response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-internal-secret': options.internalSecret },
      body: JSON.stringify({ entries }),
      signal: AbortSignal.timeout(5_000),
    });
    if (!response.ok) throw new Error(`audit store answered ${response.status}`);
  }

  const flush = (): Promise<void> => {
    const batch = [...retry, ...queue];
    queue = [];
    retry = [];
    if (batch.length === 0) return inFlight;
    inFlight = inFlight.then(() =>
      send(batch).catch((err: unknown) => {
        if (batch.length <= 500) retry = batch;
        options.logger.error({ err, entries: batch.length }, 'audit entries not delivered yet');
      }),
    );
    return inFlight;
  };
  const timer = setInterval(() => void flush(), 200);
  timer.unref();

  return {
    record(entry: AuditEntry) {
      queue.push(entry);
      if (queue.length >= 50) void flush();
    },
    flush,
    async close() {
      clearInterval(timer);
      await flush();
    },
  };
}

export type AuditSender = ReturnType<typeof createAuditSender>;
