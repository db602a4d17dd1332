import { Pool } from 'undici';
import type { Logger } from '@tessera/logger';

export interface AuditEntry {
  /** Delivery key (a UUID): the store appends an entry once, however often it is delivered. */
  key: string;
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

/** What a mutation whose entry was appended before it ran returned. */
export interface AuditOutcome {
  entryId: string;
  outcome: string;
  targetIds: string[];
}

export interface AuditSenderOptions {
  accountsUrl: string;
  internalSecret: string;
  logger: Logger;
  /** Entries or outcomes per delivery (accounts reads bodies up to 4 MB). Default 200. */
  batchSize?: number;
  /** Delivery timeout per call. Default 15 s (longer than the store's own database timeouts). */
  timeoutMs?: number;
  /**
   * How long a mutation waits for its entry to be appended. Default 15 s: longer than the
   * accounts database's statement and lock timeouts, so that a refusal almost always means "not
   * appended" (it answers 503 first).
   */
  beginTimeoutMs?: number;
  /**
   * Outcomes nobody waits for (`complete(outcome, 0)`) go out together, at most this long after
   * the first of them. Default 20 ms.
   */
  outcomeBatchMs?: number;
}

interface Queued {
  outcome: AuditOutcome;
  /** Called once a delivery carried it (a caller waiting in `complete`). */
  delivered?: () => void;
}

interface Waiting {
  entry: AuditEntry;
  resolve: (id: string) => void;
  reject: (err: unknown) => void;
}

/**
 * The gateway's side of the audit log (write-ahead):
 * - `begin(entry)` appends a mutation's entry in accounts' PostgreSQL and resolves with its id
 *   once committed; the mutation runs only after that (plugins/audit.ts), so an acknowledged
 *   mutation always has its entry, whatever happens to this process afterwards.
 * - `complete(outcome)` reports what the mutation returned; `record(entry)` files a mutation
 *   refused before it ran (rate limit, scopes). Both are queued and delivered in batches: an
 *   outcome nobody waits for within `outcomeBatchMs` (one delivery for a burst of mutations, not
 *   one each), anything else every 200 ms; a failed delivery stays queued and is retried with
 *   backoff, never dropped, whatever the queue's length. (What they carry is not the entry itself:
 *   at worst an entry's outcome stays 'PENDING' when this process dies before delivering it.)
 */
export function createAuditSender(options: AuditSenderOptions) {
  const url = new URL('/internal/audit', options.accountsUrl);
  const base = url.pathname;
  // Keep-alive sockets to accounts, without fetch's per-request stream machinery: a mutation
  // waits on one of these deliveries before it runs.
  const accounts = new Pool(url.origin, { connections: 8, keepAliveTimeout: 4_000 });
  const batchSize = options.batchSize ?? 200;
  const timeoutMs = options.timeoutMs ?? 15_000;
  const entries: AuditEntry[] = [];
  const outcomes: Queued[] = [];
  /** Entries of mutations waiting to run: they go in the next `begin` delivery (group commit). */
  const beginning: Waiting[] = [];
  let beginInFlight = false;
  let delivering: Promise<void> | null = null;
  let failures = 0;
  let retryAt = 0;

  async function post<T>(path: '' | '/outcomes', body: unknown, timeout = timeoutMs): Promise<T> {
    const response = await accounts.request({
      path: base + path,
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-internal-secret': options.internalSecret },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(timeout),
    });
    if (response.statusCode < 200 || response.statusCode > 299) {
      await response.body.dump();
      throw new Error(`audit store answered ${response.statusCode}`);
    }
    return (await response.body.json()) as T;
  }

  /** One pass over both queues; what fails goes back to the front of its queue. */
  async function deliver(): Promise<void> {
    while (entries.length > 0 || outcomes.length > 0) {
      const entryBatch = entries.splice(0, batchSize);
      const outcomeBatch = outcomes.splice(0, batchSize);
      try {
        if (entryBatch.length > 0) await post('', { entries: entryBatch });
      } catch (err) {
        entries.unshift(...entryBatch);
        outcomes.unshift(...outcomeBatch);
        return failed(err);
      }
      try {
        if (outcomeBatch.length > 0)
          await post('/outcomes', { outcomes: outcomeBatch.map((queued) => queued.outcome) });
      } catch (err) {
        outcomes.unshift(...outcomeBatch);
        return failed(err);
      }
      for (const queued of outcomeBatch) queued.delivered?.();
      failures = 0;
    }
  }

  function failed(err: unknown): void {
    failures += 1;
    retryAt = Date.now() + Math.min(10_000, 200 * 2 ** Math.min(failures, 6));
    options.logger.error(
      { err, entries: entries.length, outcomes: outcomes.length, attempt: failures },
      'audit entries not delivered yet; retrying',
    );
  }

  /**
   * Group commit: one delivery of the entries waiting to run at a time; the entries that arrive
   * while it is in flight go together in the next one (one request, one transaction in accounts,
   * ids returned in order). Each mutation still runs only once its own entry is committed.
   */
  async function sendBeginnings(): Promise<void> {
    beginInFlight = true;
    try {
      while (beginning.length > 0) {
        const batch = beginning.splice(0, batchSize);
        try {
          const { ids } = await post<{ ids?: string[] }>(
            '',
            { entries: batch.map((waiting) => waiting.entry) },
            options.beginTimeoutMs ?? 15_000,
          );
          batch.forEach((waiting, i) => {
            const id = ids?.[i];
            if (id) waiting.resolve(id);
            else waiting.reject(new Error('audit store returned no id'));
          });
        } catch (err) {
          for (const waiting of batch) waiting.reject(err);
        }
      }
    } finally {
      beginInFlight = false;
    }
  }

  const flush = (): Promise<void> => {
    delivering ??= deliver().finally(() => {
      delivering = null;
      // An outcome queued after the last pass looked at the queue: its caller is waiting.
      if (Date.now() >= retryAt && outcomes.some((queued) => queued.delivered)) void flush();
    });
    return delivering;
  };
  const timer = setInterval(() => {
    if (Date.now() >= retryAt) void flush();
  }, 200);
  timer.unref();
  let soon: NodeJS.Timeout | null = null;
  /** One delivery for the outcomes queued in the next `outcomeBatchMs`. */
  const flushSoon = () => {
    soon ??= setTimeout(() => {
      soon = null;
      if (Date.now() >= retryAt) void flush();
    }, options.outcomeBatchMs ?? 20);
    soon.unref();
  };

  return {
    /** Appends the entry of a mutation about to run; resolves with its id once durable, rejects when it is not. */
    async begin(entry: AuditEntry): Promise<string> {
      try {
        return await new Promise<string>((resolve, reject) => {
          beginning.push({ entry, resolve, reject });
          if (!beginInFlight) void sendBeginnings();
        });
      } catch (err) {
        options.logger.error(
          { err, requestId: entry.requestId },
          'audit entry not recorded: the mutation is refused (or its result withheld)',
        );
        throw err;
      }
    },
    /**
     * Queues a mutation's outcome and waits (at most `waitMs`) for the delivery that carries it
     * (not for the queue to drain); concurrent outcomes share deliveries. Undelivered, it stays
     * queued and is retried.
     */
    async complete(outcome: AuditOutcome, waitMs = 1_000): Promise<void> {
      if (Date.now() < retryAt || waitMs <= 0) {
        outcomes.push({ outcome });
        if (Date.now() >= retryAt) flushSoon();
        return;
      }
      let timer: NodeJS.Timeout | undefined;
      await new Promise<void>((resolve) => {
        outcomes.push({ outcome, delivered: resolve });
        timer = setTimeout(resolve, waitMs);
        void flush();
      });
      clearTimeout(timer);
    },
    /**
     * Waits (at most `waitMs`) until the outcomes queued so far are delivered — unless deliveries
     * are failing, when there is nothing to wait for.
     */
    async settle(waitMs = 1_000): Promise<void> {
      if ((outcomes.length === 0 && !delivering) || Date.now() < retryAt) return;
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([flush(), new Promise((resolve) => (timer = setTimeout(resolve, waitMs)))]);
      clearTimeout(timer);
    },
    record(entry: AuditEntry) {
      entries.push(entry);
      if (Date.now() >= retryAt) void flush();
    },
    /** Entries and outcomes not delivered yet. */
    pending: () => entries.length + outcomes.length,
    flush,
    /** Stops the timer and delivers what is queued, retrying until `deadlineMs` has passed. */
    async close(deadlineMs = 3_000) {
      clearInterval(timer);
      if (soon) clearTimeout(soon);
      const deadline = Date.now() + deadlineMs;
      await flush();
      while (entries.length + outcomes.length > 0 && Date.now() < deadline) {
        await new Promise((resolve) =>
          setTimeout(resolve, Math.min(200, Math.max(0, deadline - Date.now()))),
        );
        await flush();
      }
      await accounts.close();
      if (entries.length + outcomes.length > 0) {
        options.logger.error(
          { entries: entries.length, outcomes: outcomes.length },
          'audit: undelivered at shutdown (outcomes: their entries read PENDING; entries: mutations refused before they ran)',
        );
      }
    },
  };
}

export type AuditSender = ReturnType<typeof createAuditSender>;
