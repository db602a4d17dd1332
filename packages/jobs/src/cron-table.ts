import type PgBoss from 'pg-boss';
import { nextCronRun } from './cron.ts';
import type { ScheduleEntry } from './types.ts';

export interface CronTable {
  migrate(): Promise<void>;
  upsert(entry: { name: string; key: string; cron: string; tz: string; data: unknown }): Promise<void>;
  remove(name: string, key: string): Promise<void>;
  list(name?: string): Promise<ScheduleEntry[]>;
  /** Sends every due schedule once (rows locked, so several processes never fire one slot twice); returns how many fired. */
  fireDue(send: (entry: ScheduleEntry, slot: Date) => Promise<void>): Promise<number>;
}

interface Row {
  name: string;
  key: string;
  cron: string;
  tz: string;
  data: unknown;
  next_run_at: Date;
}

const toEntry = (r: Row): ScheduleEntry => ({
  name: r.name,
  key: r.key,
  cron: r.cron,
  tz: r.tz,
  data: r.data,
  nextRunAt: r.next_run_at,
});

/**
 * Keyed cron schedules (pg-boss 10 keeps one schedule per queue name; a delivery schedule per canvas
 * needs many per name). pg-boss's own pool runs the SQL.
 */
export function createCronTable(db: PgBoss.Db, schema: string): CronTable {
  const table = `"${schema.replace(/"/g, '')}".keyed_schedule`;
  return {
    async migrate() {
      await db.executeSql(
        `CREATE TABLE IF NOT EXISTS ${table} (
           name text NOT NULL, key text NOT NULL, cron text NOT NULL, tz text NOT NULL,
           data jsonb, next_run_at timestamptz NOT NULL, updated_at timestamptz NOT NULL DEFAULT now(),
           PRIMARY KEY (name, key))`,
        [],
      );
    },
    async upsert({ name, key, cron, tz, data }) {
      const next = nextCronRun(cron, tz);
      await db.executeSql(
        `INSERT INTO ${table} (name, key, cron, tz, data, next_run_at) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (name, key) DO UPDATE SET cron = $3, tz = $4, data = $5, next_run_at = $6, updated_at = now()`,
        [name, key, cron, tz, JSON.stringify(data ?? null), next],
      );
    },
    async remove(name, key) {
      await db.executeSql(`DELETE FROM ${table} WHERE name = $1 AND key = $2`, [name, key]);
    },
    async list(name) {
      const { rows } = await db.executeSql(
        `SELECT * FROM ${table} WHERE $1::text IS NULL OR name = $1 ORDER BY name, key`,
        [name ?? null],
      );
      return (rows as Row[]).map(toEntry);
    },
    async fireDue(send) {
      const { rows } = await db.executeSql(
        `SELECT name, key, cron, tz, data, next_run_at FROM ${table}
          WHERE next_run_at <= now() ORDER BY next_run_at LIMIT 100`,
        [],
      );
      let fired = 0;
      for (const row of rows as Row[]) {
        let next: Date;
        try {
          next = nextCronRun(row.cron, row.tz, new Date());
        } catch {
          continue;
        }
        // Send first, then move the slot on: a crash in between sends the slot again, and the job id
        // derived from the slot makes that second send a no-op (so does a race with another process).
        await send(toEntry(row), row.next_run_at);
        const claimed = await db.executeSql(
          `UPDATE ${table} SET next_run_at = $4 WHERE name = $1 AND key = $2 AND next_run_at = $3 RETURNING name`,
          [row.name, row.key, row.next_run_at, next],
        );
        if (claimed.rows.length > 0) fired++;
      }
      return fired;
    },
  };
}
