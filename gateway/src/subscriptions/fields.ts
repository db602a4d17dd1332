import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Principal } from '@tessera/auth';
import { AppError } from '@tessera/errors';

/** The Subscription type the gateway owns; also published in schema/api.graphql by `npm run compose`. */
export const SUBSCRIPTION_SDL = readFileSync(
  fileURLToPath(new URL('./schema.graphql', import.meta.url)),
  'utf8',
);

export interface SubscriptionField {
  /** Bus topic carrying `{ id }` payloads. */
  topic(args: Record<string, unknown>, principal: Principal): string;
  /** Query field that re-reads one event's object with the subscriber's permissions. */
  resolveWith: string;
  /** A query the subscriber must be allowed to run before subscribing. */
  authorize?: { query: string; variables(args: Record<string, unknown>): Record<string, unknown> };
  /** Emit the current object right away (its id is in the arguments). */
  initialId?(args: Record<string, unknown>): string;
  /** The subscription completes after an event in a final state. */
  isFinal?(payload: Record<string, unknown>): boolean;
}

const userId = (principal: Principal) => {
  if (principal.kind !== 'user') throw new AppError('FORBIDDEN', 'Notifications need a signed-in user');
  return principal.userId;
};

export const SUBSCRIPTION_FIELDS: Record<string, SubscriptionField> = {
  commentAdded: {
    topic: (args) => `commentAdded:${String(args.canvasId)}`,
    resolveWith: 'comment',
    authorize: {
      query: 'query($id: ID!) { comments(canvasId: $id, first: 1) { pageInfo { hasNextPage } } }',
      variables: (args) => ({ id: args.canvasId }),
    },
  },
  commentUpdated: {
    topic: (args) => `commentUpdated:${String(args.canvasId)}`,
    resolveWith: 'comment',
    authorize: {
      query: 'query($id: ID!) { comments(canvasId: $id, first: 1) { pageInfo { hasNextPage } } }',
      variables: (args) => ({ id: args.canvasId }),
    },
  },
  queryRunUpdated: {
    topic: (args) => `queryRun:${String(args.id)}`,
    resolveWith: 'queryRun',
    authorize: {
      query: 'query($id: ID!) { queryRun(id: $id) { id } }',
      variables: (args) => ({ id: args.id }),
    },
    initialId: (args) => String(args.id),
    isFinal: (payload) => ['SUCCEEDED', 'FAILED', 'CANCELLED'].includes(String(payload.status)),
  },
  notificationAdded: {
    topic: (_args, principal) => `notificationAdded:${userId(principal)}`,
    resolveWith: 'notification',
  },
};
