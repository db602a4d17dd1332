import pg from 'pg';

/** Where a start-up has got to: each step names itself before it waits. */
export interface StartupProgress {
  step: string;
}

/**
 * Runs `boot` and, if it has not finished within `deadlineMs`, fails with where it stopped, the
 * database sessions that were not idle (with what they wait on and who blocks them) and the
 * services' last log lines — instead of a bare "hook timed out" that says nothing of the cause.
 * The deadline sits below the suites' 180 s hook timeout so this message is the one reported.
 */
export async function withStartupDeadline<T>(
  options: { deadlineMs?: number; adminDatabaseUrl: string; logs: () => string },
  boot: (progress: StartupProgress) => Promise<T>,
): Promise<T> {
  const deadlineMs = options.deadlineMs ?? 150_000;
  const progress: StartupProgress = { step: 'starting' };
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      void busySessions(options.adminDatabaseUrl).then((sessions) =>
        reject(
          new Error(
            [
              `the stack did not start within ${deadlineMs / 1000} s: still at "${progress.step}"`,
              'database sessions not idle:',
              sessions,
              'last log lines:',
              options.logs().trimEnd().split('\n').slice(-20).join('\n') || '(none)',
            ].join('\n'),
          ),
        ),
      );
    }, deadlineMs);
  });
  try {
    return await Promise.race([boot(progress), expired]);
  } finally {
    clearTimeout(timer);
  }
}

async function busySessions(adminDatabaseUrl: string): Promise<string> {
  const client = new pg.Client({
    connectionString: adminDatabaseUrl,
    connectionTimeoutMillis: 5_000,
    statement_timeout: 5_000,
  });
  try {
    await client.connect();
    const { rows } = await client.query(
      `SELECT pid, datname, usename, application_name, state, wait_event_type, wait_event,
              pg_blocking_pids(pid) AS blocked_by, round(extract(epoch FROM now() - query_start)) AS seconds,
              left(query, 160) AS query
         FROM pg_stat_activity
        WHERE state IS DISTINCT FROM 'idle' AND pid <> pg_backend_pid() AND backend_type = 'client backend'`,
    );
    return rows.map((row) => JSON.stringify(row)).join('\n') || '(none)';
  } catch (error) {
    return `(could not read them: ${(error as Error).message})`;
  } finally {
    await client.end().catch(() => undefined);
  }
}
