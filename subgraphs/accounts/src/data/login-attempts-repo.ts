import type { Pool } from '@tessera/db';

export function createLoginAttemptsRepo(pool: Pool) {
  return {
    async record(attempt: { emailNormalized: string; ip: string | null; succeeded: boolean }) {
      await pool.query('INSERT INTO accounts.login_attempts (email_normalized, ip, succeeded) VALUES ($1, $2, $3)', [
        attempt.emailNormalized,
        attempt.ip,
        attempt.succeeded,
      ]);
    },
    /** Failures since the last success, within the window, per account and per IP. */
    async recentFailures(emailNormalized: string, ip: string | null, windowSeconds: number) {
      const { rows } = await pool.query<{ byAccount: number; byIp: number }>(
        `SELECT
           (SELECT count(*)::int FROM accounts.login_attempts
             WHERE email_normalized = $1 AND NOT succeeded AND at > now() - make_interval(secs => $3)
               AND at > coalesce((SELECT max(at) FROM accounts.login_attempts WHERE email_normalized = $1 AND succeeded), '-infinity')) AS "byAccount",
           (SELECT count(*)::int FROM accounts.login_attempts
             WHERE $2::text IS NOT NULL AND ip = $2 AND NOT succeeded AND at > now() - make_interval(secs => $3)) AS "byIp"`,
        [emailNormalized, ip, windowSeconds],
      );
      return rows[0] ?? { byAccount: 0, byIp: 0 };
    },
  };
}

export type LoginAttemptsRepo = ReturnType<typeof createLoginAttemptsRepo>;
