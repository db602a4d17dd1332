import type { Identity } from '@tessera/auth';
import type { Logger } from '@tessera/logger';
import type { CommentRow, Repositories } from '../data/index.ts';
import { createBatchLoader, loadGrouped } from './batch-loader.ts';

/** A comment inside an organization the caller was already checked against. */
export interface CommentRef {
  organizationId: string;
  id: string;
}

export interface RepliesRef extends CommentRef {
  first: number;
}

/** Per-request, batched reads. */
export function createRequestLoaders(repos: Repositories) {
  const refKey = (ref: CommentRef) => `${ref.organizationId}:${ref.id}`;
  return {
    commentOrganization: createBatchLoader<string, string>(
      (id) => id,
      (ids) => repos.comments.organizationsOf(ids),
    ),
    comment: createBatchLoader<CommentRef, CommentRow>(refKey, (refs) =>
      loadGrouped(
        refs,
        (r) => r.organizationId,
        async (organizationId, group) => {
          const rows = await repos.comments.findByIds(
            organizationId,
            group.map((r) => r.id),
          );
          return new Map(rows.map((row) => [refKey(row), row]));
        },
      ),
    ),
    mentions: createBatchLoader<CommentRef, string[]>(refKey, (refs) =>
      loadGrouped(
        refs,
        (r) => r.organizationId,
        async (organizationId, group) => {
          const byComment = await repos.comments.mentionsOf(
            organizationId,
            group.map((r) => r.id),
          );
          return new Map([...byComment].map(([id, userIds]) => [`${organizationId}:${id}`, userIds]));
        },
      ),
    ),
    /** A thread's first page of replies (no cursor), for every thread on a page in one query. */
    firstReplies: createBatchLoader<RepliesRef, { rows: CommentRow[]; total: number }>(
      (ref) => `${refKey(ref)}:${ref.first}`,
      (refs) =>
        loadGrouped(
          refs,
          (r) => `${r.organizationId}:${r.first}`,
          async (_group, group) => {
            const { organizationId, first } = group[0]!;
            // One extra row per thread tells whether it has a next page.
            const byRoot = await repos.comments.firstReplies(
              organizationId,
              group.map((r) => r.id),
              first + 1,
            );
            return new Map(
              [...byRoot].map(([rootId, page]) => [`${organizationId}:${rootId}:${first}`, page]),
            );
          },
        ),
    ),
  };
}

export type RequestLoaders = ReturnType<typeof createRequestLoaders>;

/** What a service call needs to know about the request. */
export interface RequestScope {
  identity: Identity;
  logger: Logger;
  loaders: RequestLoaders;
}
