import { isUniqueViolation, type Pool, type PoolClient } from '@tessera/db';
import { AppError } from '@tessera/errors';
import type { UserRow } from './types.ts';

const COLUMNS = 'id, email, name, password_hash AS "passwordHash", created_at AS "createdAt"';

/** Users are global identities (not tenant data): one person, many organizations. */
export function createUsersRepo(pool: Pool) {
  return {
    async insert(
      client: PoolClient,
      user: { id: string; email: string; emailNormalized: string; name: string; passwordHash: string },
    ) {
      try {
        await client.query(
          'INSERT INTO accounts.users (id, email, email_normalized, name, password_hash) VALUES ($1, $2, $3, $4, $5)',
          [user.id, user.email, user.emailNormalized, user.name, user.passwordHash],
        );
      } catch (error) {
        if (isUniqueViolation(error))
          throw AppError.badInput('email', 'An account with this email already exists');
        throw error;
      }
    },
    async findByEmail(emailNormalized: string): Promise<UserRow | null> {
      const { rows } = await pool.query<UserRow>(
        `SELECT ${COLUMNS} FROM accounts.users WHERE email_normalized = $1`,
        [emailNormalized],
      );
      return rows[0] ?? null;
    },
    async findByIds(ids: readonly string[]): Promise<UserRow[]> {
      const { rows } = await pool.query<UserRow>(
        `SELECT ${COLUMNS} FROM accounts.users WHERE id = ANY($1::uuid[])`,
        [ids],
      );
      return rows;
    },
    async existsByEmail(emailNormalized: string): Promise<string | null> {
      const { rows } = await pool.query<{ id: string }>(
        'SELECT id FROM accounts.users WHERE email_normalized = $1',
        [emailNormalized],
      );
      return rows[0]?.id ?? null;
    },
  };
}

export type UsersRepo = ReturnType<typeof createUsersRepo>;
