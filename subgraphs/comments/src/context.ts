import type { CommentService } from './services/comment-service.ts';
import type { RequestScope } from './services/loaders.ts';
import type { NotificationService } from './services/notification-service.ts';

export interface CommentsServices {
  comments: CommentService;
  notifications: NotificationService;
}

export interface CommentsContext extends RequestScope {
  services: CommentsServices;
}
