import type { Principal } from '@tessera/auth';
import { AppError } from '@tessera/errors';

/** The Subscription type the gateway owns; each field's events are resolved by a query field. */
export const SUBSCRIPTION_SDL = /* GraphQL */ `
  extend schema {
    subscription: Subscription
  }

  type Subscription {
    "A comment added to the canvas (or a reply)."
    commentAdded(canvasId: ID!): Comment!
    "The run's current state first, then every change until it finishes."
    queryRunUpdated(id: ID!): QueryRun!
    "In-app notifications (mentions) for the signed-in user."
    notificationAdded: Notification!
  }
`;

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
    authorize: { query: 'query($id: ID!) { comments(canvasId: $id, first: 1) { pageInfo { hasNextPage } } }', variables: (args) => ({ id: args.canvasId }) },
  },
  queryRunUpdated: {
    topic: (args) => `queryRun:${String(args.id)}`,
    resolveWith: 'queryRun',
    authorize: { query: 'query($id: ID!) { queryRun(id: $id) { id } }', variables: (args) => ({ id: args.id }) },
    initialId: (args) => String(args.id),
    isFinal: (payload) => ['SUCCEEDED', 'FAILED', 'CANCELLED'].includes(String(payload.status)),
  },
  notificationAdded: {
    topic: (_args, principal) => `notificationAdded:${userId(principal)}`,
    resolveWith: 'notification',
  },
};
