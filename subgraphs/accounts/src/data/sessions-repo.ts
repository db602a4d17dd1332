import type { Pool, PoolClient } from '@tessera/db';
import type { SessionRow } from './types.ts';

/** Sessions are refresh-token families: rotation keeps the family, reuse revokes it. */
export function createSessionsRepo(pool: Pool) {
  return {
    async create(client: PoolClient | Pool, session: { id: string; userId: string; expiresAt: Date }) {
      await client.query('INSERT INTO accounts.sessions (id, user_id, expires_at) VALUES ($1, $2, $3)', [
        session.id,
        session.userId,
        session.expiresAt,
      ]);
    },
    async addRefreshToken(client: PoolClient | Pool, token: { id: string; sessionId: string; hash: Buffer }) {
      await client.query(
        'INSERT INTO accounts.refresh_tokens (id, session_id, token_hash) VALUES ($1, $2, $3)',
        [token.id, token.sessionId, token.hash],
      );
    },
    /**
     * Marks a refresh token used, atomically. Returns the session when this call used it, or
     * `reused` with the session when it had been used before (the caller revokes the family).
     */
    async consumeRefreshToken(
      client: PoolClient,
      hash: Buffer,
    ): Promise<{ session: SessionRow; reused: boolean } | null> {
      const { rows } = await client.query<SessionRow & { usedAt: Date | null; tokenId: string }>(
        `SELECT t.id AS "tokenId", t.used_at AS "usedAt", s.id, s.user_id AS "userId", s.expires_at AS "expiresAt", s.revoked_at AS "revokedAt"
         FROM accounts.refresh_tokens t JOIN accounts.sessions s ON s.id = t.session_id
         WHERE t.token_hash = $1 FOR UPDATE OF t`,
        [hash],
      );
      const row = rows[0];
      if (!row) return null;
      const { usedAt, tokenId, ...session } = row;
      if (usedAt) return { session, reused: true };
      await client.query('UPDATE accounts.refresh_tokens SET used_at = now() WHERE id = $1', [tokenId]);
      return { session, reused: false };
    },
    async revoke(sessionId: string, reason: string) {
      await pool.query(
        'UPDATE accounts.sessions SET revoked_at = now(), revoked_reason = $2 WHERE id = $1 AND revoked_at IS NULL',
        [sessionId, reason],
      );
    },
    async findActive(sessionId: string): Promise<SessionRow | null> {
      const { rows } = await pool.query<SessionRow>(
        `SELECT id, user_id AS "userId", expires_at AS "expiresAt", revoked_at AS "revokedAt"
         FROM accounts.sessions WHERE id = $1 AND revoked_at IS NULL AND expires_at > now()`,
        [sessionId],
      );
      return rows[0] ?? null;
    },
  };
}

export type SessionsRepo = ReturnType<typeof createSessionsRepo>;
