import type { Pool, PoolClient } from '@tessera/db';

export interface SignUpRequestRow {
  email: string;
  emailNormalized: string;
  name: string;
  organizationName: string;
  passwordHash: string;
  /** Sign-up through an invitation link: join that organization instead of creating one. */
  invitationToken?: string | null;
}

/** Pending sign-ups (SIGN_UP_MODE=verify) and the mail outbox used when no SMTP server is set. */
export function createSignUpRepo(pool: Pool) {
  return {
    async createRequest(request: SignUpRequestRow & { tokenHash: Buffer; expiresAt: Date }): Promise<void> {
      await pool.query(
        `INSERT INTO accounts.sign_up_requests (token_hash, email, email_normalized, name, organization_name, password_hash, expires_at, invitation_token)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [
          request.tokenHash,
          request.email,
          request.emailNormalized,
          request.name,
          request.organizationName,
          request.passwordHash,
          request.expiresAt,
          request.invitationToken ?? null,
        ],
      );
    },
    /** Takes a pending request (single use); null when unknown or expired. */
    async consumeRequest(client: PoolClient, tokenHash: Buffer): Promise<SignUpRequestRow | null> {
      const { rows } = await client.query<SignUpRequestRow>(
        `DELETE FROM accounts.sign_up_requests WHERE token_hash = $1 AND expires_at > now()
         RETURNING email, email_normalized AS "emailNormalized", name, organization_name AS "organizationName", password_hash AS "passwordHash",
           invitation_token AS "invitationToken"`,
        [tokenHash],
      );
      return rows[0] ?? null;
    },
    /**
     * Once the email has an account its pending links are void. Rows older than a day (expired,
     * and past the hourly mail count) are dropped too.
     */
    async forgetRequests(client: PoolClient, emailNormalized: string): Promise<void> {
      await client.query(
        "DELETE FROM accounts.sign_up_requests WHERE (email_normalized = $1 AND expires_at > now()) OR created_at < now() - interval '1 day'",
        [emailNormalized],
      );
    },
    async recentRequests(emailNormalized: string, windowSeconds: number): Promise<number> {
      const { rows } = await pool.query<{ count: number }>(
        'SELECT count(*)::int AS count FROM accounts.sign_up_requests WHERE email_normalized = $1 AND created_at > now() - make_interval(secs => $2)',
        [emailNormalized, windowSeconds],
      );
      return rows[0]?.count ?? 0;
    },
    async queueMail(mail: { to: string; subject: string; body: string }): Promise<void> {
      await pool.query('INSERT INTO accounts.mail_outbox (to_address, subject, body) VALUES ($1, $2, $3)', [
        mail.to,
        mail.subject,
        mail.body,
      ]);
    },
    async outbox(toAddress: string): Promise<{ subject: string; body: string; createdAt: Date }[]> {
      const { rows } = await pool.query<{ subject: string; body: string; createdAt: Date }>(
        'SELECT subject, body, created_at AS "createdAt" FROM accounts.mail_outbox WHERE lower(to_address) = lower($1) ORDER BY id',
        [toAddress],
      );
      return rows;
    },
  };
}

export type SignUpRepo = ReturnType<typeof createSignUpRepo>;
