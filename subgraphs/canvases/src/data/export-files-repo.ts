import pg from 'pg';

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
  return {
    /** Creates the table; the subgraph and workers may start at once (serialized by an advisory lock). */
    async migrate(): Promise<void> {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        await client.query(`SELECT pg_advisory_xact_lock(hashtext('tessera:canvas_exports:migrate'))`);
        await client.query(`CREATE SCHEMA IF NOT EXISTS ${SCHEMA}`);
        await client.query(`CREATE TABLE IF NOT EXISTS ${SCHEMA}.files (
        id uuid PRIMARY KEY,
        organization_id text NOT NULL,
        canvas_id text NOT NULL,
        format text NOT NULL CHECK (format IN ('PDF', 'PNG')),
        status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'READY', 'FAILED')),
        filters jsonb,
        content bytea,
        content_type text,
        filename text,
        error_code text,
        error_message text,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL)`);
        await client.query(`CREATE INDEX IF NOT EXISTS files_expires_at ON ${SCHEMA}.files (expires_at)`);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },

    async insertPending(file: {
      id: string;
      organizationId: string;
      canvasId: string;
      format: ExportFileFormat;
      filters: Record<string, unknown>;
      expiresAt: Date;
    }): Promise<void> {
      await pool.query(
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
      );
    },

    async complete(
      id: string,
      file: { content: Buffer; contentType: string; filename: string },
    ): Promise<void> {
      await pool.query(
        `UPDATE ${SCHEMA}.files SET status = 'READY', content = $2, content_type = $3, filename = $4,
           error_code = NULL, error_message = NULL WHERE id = $1`,
        [id, file.content, file.contentType, file.filename],
      );
    },

    async fail(id: string, code: string, message: string): Promise<void> {
      await pool.query(
        `UPDATE ${SCHEMA}.files SET status = 'FAILED', error_code = $2, error_message = $3 WHERE id = $1`,
        [id, code, message.slice(0, 500)],
      );
    },

    async find(id: string): Promise<ExportFileRecord | null> {
      const { rows } = await pool.query<Row>(`SELECT ${COLUMNS} FROM ${SCHEMA}.files WHERE id = $1`, [id]);
      return rows[0] ? toRecord(rows[0]) : null;
    },

    /** The stored bytes of a READY file. */
    async content(id: string): Promise<Buffer | null> {
      const { rows } = await pool.query<{ content: Buffer | null }>(
        `SELECT content FROM ${SCHEMA}.files WHERE id = $1 AND status = 'READY'`,
        [id],
      );
      return rows[0]?.content ?? null;
    },

    /** Deletes files expired more than `graceSeconds` ago (an expired link answers 410 until then). */
    async purgeExpired(graceSeconds: number): Promise<number> {
      const { rowCount } = await pool.query(
        `DELETE FROM ${SCHEMA}.files WHERE expires_at < now() - make_interval(secs => $1)`,
        [graceSeconds],
      );
      return rowCount ?? 0;
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
