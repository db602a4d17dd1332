import { AppError } from '@tessera/errors';
import type { Keyset } from '../data/index.ts';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 50;

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  /** Resolved only when the client selects it (graphql-js calls function-valued fields). */
  totalCount: () => Promise<number>;
}

export function pageSize(first: number | null | undefined): number {
  const size = first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(size) || size < 0 || size > MAX_PAGE_SIZE) {
    throw AppError.badInput('first', `first must be between 0 and ${MAX_PAGE_SIZE}`);
  }
  return size;
}

// Opaque to clients: base64url of "<created_at, microseconds, UTC>|<id>".
const CURSOR =
  /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z)\|([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;

export function encodeCursor(position: Keyset): string {
  return Buffer.from(`${position.sortKey}|${position.id}`, 'utf8').toString('base64url');
}

export function decodeCursor(after: string | null | undefined): Keyset | null {
  if (after === null || after === undefined) return null;
  const match = CURSOR.exec(Buffer.from(after, 'base64url').toString('utf8'));
  if (!match || Number.isNaN(Date.parse(match[1]!))) throw AppError.badInput('after', 'Not a valid cursor');
  return { sortKey: match[1]!, id: match[2]! };
}

/** Rows fetched with limit + 1: the extra row only tells that another page exists. */
export function toConnection<T extends Keyset>(
  rows: readonly T[],
  limit: number,
  totalCount: () => Promise<number>,
): Connection<T> {
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    edges: page.map((node) => ({ cursor: encodeCursor(node), node })),
    pageInfo: { hasNextPage: rows.length > limit, endCursor: last ? encodeCursor(last) : null },
    totalCount,
  };
}
