import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { loadMigrations, runMigrations } from '@tessera/db';

/** PDF and PNG renders of publications, kept in PostgreSQL (bytea) until they expire: any process can serve them. */
export type ExportFileFormat = 'PDF' | 'PNG';
export type ExportFileStatus = 'PENDING' | 'READY' | 'FAILED';

export interface ExportFileRecord {
  id: string;
  organizationId: string;
  canvasId: string;
  format: ExportFileFormat;
  status: ExportFileStatus;
  filters: Record<string, unknown>;
  contentType: string | null;
  filename: string | null;
  bytes: number | null;
  errorCode: string | null;
  errorMessage: string | null;
  createdAt: Date;
  expiresAt: Date;
}

const SCHEMA = 'canvas_exports';
const MIGRATIONS_DIR = fileURLToPath(new URL('./export-files-migrations', import.meta.url));
const COLUMNS = `id, organization_id, canvas_id, format, status, filters, content_type, filename,
  octet_length(content) AS bytes, error_code, error_message, created_at, expires_at`;

interface Row {
  id: string;
  organization_id: string;
  canvas_id: string;
  format: ExportFileFormat;
  status: ExportFileStatus;
  filters: Record<string, unknown> | null;
  content_type: string | null;
  filename: string | null;
  bytes: number | null;
  error_code: string | null;
  error_message: string | null;
  created_at: Date;
  expires_at: Date;
}

const toRecord = (r: Row): ExportFileRecord => ({
  id: r.id,
  organizationId: r.organization_id,
  canvasId: r.canvas_id,
  format: r.format,
  status: r.status,
  filters: r.filters ?? {},
  contentType: r.content_type,
  filename: r.filename,
  bytes: r.bytes,
  errorCode: r.error_code,
  errorMessage: r.error_message,
  createdAt: r.created_at,
  expiresAt: r.expires_at,
});

export function createExportFilesRepo(databaseUrl: string) {
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max: 4,
    application_name: 'tessera-canvas-exports',
  });
  pool.on('error', () => undefined); // an idle client's error; the next query reconnects

  /** Runs `fn` in a transaction whose row-level-security context is the organization. */
  async function inTenant<T>(organizationId: string, fn: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      await client.query("SELECT set_config('app.tenant_id', $1, true)", [organizationId]);
      const result = await fn(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  /**
   * Runs `fn` in the context of the file's organization (a download names only the file id);
   * `absent` when there is no such file.
   */
  async function inFileTenant<T>(
    id: string,
    absent: T,
    fn: (client: pg.PoolClient) => Promise<T>,
  ): Promise<T> {
    const { rows } = await pool.query<{ organization_id: string | null }>(
      `SELECT ${SCHEMA}.file_organization($1) AS organization_id`,
      [id],
    );
    const organizationId = rows[0]?.organization_id;
    return organizationId ? inTenant(organizationId, fn) : absent;
  }
  return {
    /**
     * Creates the table and its row-level security (export-files-migrations/); the subgraph and
     * workers may start at once (the migration runner serializes them with an advisory lock).
     */
    async migrate(): Promise<void> {
      await runMigrations(pool, SCHEMA, await loadMigrations(MIGRATIONS_DIR));
    },

    async insertPending(file: {
      id: string;
      organizationId: string;
      canvasId: string;
      format: ExportFileFormat;
      filters: Record<string, unknown>;
      expiresAt: Date;
    }): Promise<void> {
      await inTenant(file.organizationId, (client) =>
        client.query(
          `INSERT INTO ${SCHEMA}.files (id, organization_id, canvas_id, format, filters, expires_at)
           VALUES ($1, $2, $3, $4, $5, $6)`,
          [
            file.id,
            file.organizationId,
            file.canvasId,
            file.format,
            JSON.stringify(file.filters),
            file.expiresAt,
          ],
        ),
      );
    },

    async complete(
      id: string,
      file: { content: Buffer; contentType: string; filename: string },
    ): Promise<void> {
      await inFileTenant(id, undefined, async (client) => {
        await client.query(
          `UPDATE ${SCHEMA}.files SET status = 'READY', content = $2, content_type = $3, filename = $4,
             error_code = NULL, error_message = NULL WHERE id = $1`,
          [id, file.content, file.contentType, file.filename],
        );
      });
    },

    async fail(id: string, code: string, message: string): Promise<void> {
      await inFileTenant(id, undefined, async (client) => {
        await client.query(
          `UPDATE ${SCHEMA}.files SET status = 'FAILED', error_code = $2, error_message = $3 WHERE id = $1`,
          [id, code, message.slice(0, 500)],
        );
      });
    },

    async find(id: string): Promise<ExportFileRecord | null> {
      return inFileTenant(id, null, async (client) => {
        const { rows } = await client.query<Row>(`SELECT ${COLUMNS} FROM ${SCHEMA}.files WHERE id = $1`, [
          id,
        ]);
        return rows[0] ? toRecord(rows[0]) : null;
      });
    },

    /** The stored bytes of a READY file. */
    async content(id: string): Promise<Buffer | null> {
      return inFileTenant(id, null, async (client) => {
        const { rows } = await client.query<{ content: Buffer | null }>(
          `SELECT content FROM ${SCHEMA}.files WHERE id = $1 AND status = 'READY'`,
          [id],
        );
        return rows[0]?.content ?? null;
      });
    },

    /** Deletes files expired more than `graceSeconds` ago (an expired link answers 410 until then). */
    async purgeExpired(graceSeconds: number): Promise<number> {
      // Across organizations, through the purge role's function (it can delete expired files only).
      const { rows } = await pool.query<{ purged: number }>(
        `SELECT ${SCHEMA}.purge_expired_files($1) AS purged`,
        [graceSeconds],
      );
      return rows[0]?.purged ?? 0;
    },

    async ping(): Promise<boolean> {
      try {
        await pool.query('SELECT 1');
        return true;
      } catch {
        return false;
      }
    },

    close: () => pool.end(),
  };
}

export type ExportFilesRepo = ReturnType<typeof createExportFilesRepo>;
