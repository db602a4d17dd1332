import type { Pool } from '@tessera/db';

/** Live queries processes (run_instances) and the failing of runs whose process is gone (migration 0004). */
export function createRunInstancesRepo(pool: Pool) {
  return {
    async register(id: string): Promise<void> {
      await pool.query('INSERT INTO queries.run_instances (id) VALUES ($1) ON CONFLICT (id) DO NOTHING', [
        id,
      ]);
    },
    async heartbeat(id: string): Promise<void> {
      await pool.query(
        `INSERT INTO queries.run_instances (id) VALUES ($1)
         ON CONFLICT (id) DO UPDATE SET heartbeat_at = now()`,
        [id],
      );
    },
    async remove(id: string): Promise<void> {
      await pool.query('DELETE FROM queries.run_instances WHERE id = $1', [id]);
    },
    /** Forgets instances silent for a day (their runs were failed long before). */
    async prune(): Promise<void> {
      await pool.query(`DELETE FROM queries.run_instances WHERE heartbeat_at < now() - interval '1 day'`);
    },
    /** Fails every unfinished run whose instance has not heartbeat within `staleSeconds`; returns how many. */
    async failInterrupted(staleSeconds: number): Promise<number> {
      const { rows } = await pool.query<{ n: number }>('SELECT queries.fail_interrupted_runs($1) AS n', [
        staleSeconds,
      ]);
      return rows[0]?.n ?? 0;
    },
  };
}

export type RunInstancesRepo = ReturnType<typeof createRunInstancesRepo>;
