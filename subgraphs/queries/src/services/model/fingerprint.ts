import { createHash } from 'node:crypto';
import type { DataSourceRow } from '../../data/types.ts';
import type { TableInfo } from '../../engines/types.ts';

/**
 * What an inference depends on: the tables, columns, types and keys it saw, and the source's
 * settings (a new connection or another file is other data even when the names stay the same).
 */
export function modelFingerprint(source: Pick<DataSourceRow, 'settings'>, tables: TableInfo[]): string {
  const { uploadNonce: _nonce, ...settings } = source.settings;
  const shape = tables.map((t) => [t.schema, t.name, t.columns.map((c) => [c.name, c.type]), t.foreignKeys]);
  return createHash('sha256')
    .update(JSON.stringify([shape, settings]))
    .digest('base64url');
}
