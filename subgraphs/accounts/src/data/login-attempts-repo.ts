import type { Pool } from '@tessera/db';

export function createLoginAttemptsRepo(pool: Pool) {
  return {
    async record(attempt: { emailNormalized: string; ip: string | null; succeeded: boolean }) {
      await pool.query(
        'INSERT INTO accounts.login_attempts (email_normalized, ip, succeeded) VALUES ($1, $2, $3)',
        [attempt.emailNormalized, attempt.ip, attempt.succeeded],
      );
    },
    /**
     * Failures within the window since the account's last success: for this account from this IP,
     * for this account from every IP, and from this IP on any account; and whether this IP has
     * signed in to this account before (within 90 days), which exempts it from the account-wide ceiling.
     */
    async recentFailures(emailNormalized: string, ip: string | null, windowSeconds: number) {
      const { rows } = await pool.query<{
        byAccountIp: number;
        byAccount: number;
        byIp: number;
        knownIp: boolean;
      }>(
        `WITH since AS (
           SELECT greatest(now() - make_interval(secs => $3),
                  coalesce((SELECT max(at) FROM accounts.login_attempts WHERE email_normalized = $1 AND succeeded), '-infinity')) AS at
         )
         SELECT
           (SELECT count(*)::int FROM accounts.login_attempts, since
             WHERE email_normalized = $1 AND NOT succeeded AND login_attempts.at > since.at AND ip IS NOT DISTINCT FROM $2::text) AS "byAccountIp",
           (SELECT count(*)::int FROM accounts.login_attempts, since
             WHERE email_normalized = $1 AND NOT succeeded AND login_attempts.at > since.at) AS "byAccount",
           (SELECT count(*)::int FROM accounts.login_attempts
             WHERE $2::text IS NOT NULL AND ip = $2 AND NOT succeeded AND at > now() - make_interval(secs => $3)) AS "byIp",
           EXISTS (SELECT 1 FROM accounts.login_attempts
             WHERE $2::text IS NOT NULL AND email_normalized = $1 AND ip = $2 AND succeeded AND at > now() - interval '90 days') AS "knownIp"`,
        [emailNormalized, ip, windowSeconds],
      );
      return rows[0] ?? { byAccountIp: 0, byAccount: 0, byIp: 0, knownIp: false };
    },
  };
}

export type LoginAttemptsRepo = ReturnType<typeof createLoginAttemptsRepo>;
