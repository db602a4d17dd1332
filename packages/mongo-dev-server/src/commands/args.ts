import type { Document } from 'bson';
import { CommandError } from '../errors.ts';
import { isPlainObject } from '../query/clone.ts';

/** The collection named by the command's first field, e.g. `{ find: 'users' }`. */
export function collectionArg(cmd: Document, name: string): string {
  const value = cmd[name] as unknown;
  if (typeof value !== 'string') {
    throw new CommandError(
      'InvalidNamespace',
      `collection name has invalid type ${value === null ? 'null' : typeof value}`,
    );
  }
  return value;
}

export function optionalDoc(cmd: Document, field: string): Document | undefined {
  const value = cmd[field] as unknown;
  if (value === undefined || value === null) return undefined;
  if (!isPlainObject(value)) {
    throw new CommandError('TypeMismatch', `BSON field '${field}' is the wrong type, expected object`);
  }
  return value;
}

export function optionalNumber(cmd: Document, field: string): number | undefined {
  const value = cmd[field] as unknown;
  if (value === undefined || value === null) return undefined;
  const n = typeof value === 'number' ? value : Number(value);
  if (!Number.isFinite(n)) {
    throw new CommandError('TypeMismatch', `BSON field '${field}' is the wrong type, expected number`);
  }
  return n;
}

export function docArray(cmd: Document, field: string): Document[] {
  const value = cmd[field] as unknown;
  if (!Array.isArray(value)) {
    throw new CommandError('TypeMismatch', `BSON field '${field}' is the wrong type, expected array`);
  }
  return value as Document[];
}
