import { AppError, ErrorCode } from '@tessera/errors';
import type { Pool, PoolClient } from './pool.ts';

export interface TenantScope {
  /** The organization whose rows the transaction may touch; null for user-scoped work. */
  tenantId: string | null;
  /** The signed-in user, for policies on a user's own rows across tenants. */
  userId?: string | null;
}

export async function withTransaction<T>(pool: Pool, fn: (client: PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  let broken: Error | undefined;
  try {
    await client.query('BEGIN');
    const result = await fn(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    // After a stall the connection may still be busy with the stalled statement: a ROLLBACK would
    // queue behind it. Closing the connection rolls the transaction back.
    if (error instanceof AppError && error.code === ErrorCode.UNAVAILABLE) broken = error;
    else await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release(broken);
  }
}

/**
 * Runs `fn` in a transaction whose row-level-security context is the given tenant and user
 * (set with set_config(..., true), i.e. SET LOCAL: it ends with the transaction, so a pooled
 * connection never carries one request's tenant into another). Policies compare against these
 * settings; without them a tenant-scoped query fails instead of returning rows.
 */
export function withTenant<T>(
  pool: Pool,
  scope: TenantScope,
  fn: (client: PoolClient) => Promise<T>,
): Promise<T> {
  return withTransaction(pool, async (client) => {
    await client.query("SELECT set_config('app.tenant_id', $1, true), set_config('app.user_id', $2, true)", [
      scope.tenantId ?? '',
      scope.userId ?? '',
    ]);
    return fn(client);
  });
}
