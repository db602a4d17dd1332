import type { EventBus } from '@tessera/events';
import type { Logger } from '@tessera/logger';
import type { CommentRow, NotificationRow } from '../data/index.ts';

/** Bus topics this service publishes (README "Events"); the gateway subscribes to them. */
export const TOPICS = {
  commentAdded: (canvasId: string) => `commentAdded:${canvasId}`,
  commentUpdated: (canvasId: string) => `commentUpdated:${canvasId}`,
  notificationAdded: (userId: string) => `notificationAdded:${userId}`,
};

export interface CommentAddedEvent {
  id: string;
  canvasId: string;
  organizationId: string;
}

export type CommentChange = 'EDITED' | 'DELETED' | 'RESOLVED' | 'REOPENED';

export interface CommentUpdatedEvent extends CommentAddedEvent {
  change: CommentChange;
}

export interface NotificationAddedEvent {
  id: string;
  userId: string;
  organizationId: string;
}

/**
 * Publishes after the write has committed. Delivery is at-most-once and events carry ids only:
 * a failed publish is logged, never turned into a failed mutation (the data is already saved).
 */
export function createEventPublisher(bus: EventBus, logger: Logger) {
  async function publish(topic: string, payload: object): Promise<void> {
    try {
      await bus.publish(topic, payload);
    } catch (err) {
      logger.warn({ err, topic }, 'event not published');
    }
  }

  return {
    async commentAdded(comment: CommentRow): Promise<void> {
      const event: CommentAddedEvent = {
        id: comment.id,
        canvasId: comment.canvasId,
        organizationId: comment.organizationId,
      };
      await publish(TOPICS.commentAdded(comment.canvasId), event);
    },
    async commentUpdated(comment: CommentRow, change: CommentChange): Promise<void> {
      const event: CommentUpdatedEvent = {
        id: comment.id,
        canvasId: comment.canvasId,
        organizationId: comment.organizationId,
        change,
      };
      await publish(TOPICS.commentUpdated(comment.canvasId), event);
    },
    async notificationsAdded(notifications: readonly NotificationRow[]): Promise<void> {
      await Promise.all(
        notifications.map((n) => {
          const event: NotificationAddedEvent = {
            id: n.id,
            userId: n.userId,
            organizationId: n.organizationId,
          };
          return publish(TOPICS.notificationAdded(n.userId), event);
        }),
      );
    },
  };
}

export type EventPublisher = ReturnType<typeof createEventPublisher>;
