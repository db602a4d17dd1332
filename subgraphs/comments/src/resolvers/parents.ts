// What the services hand the resolvers for each GraphQL type (codegen.ts maps the types to these).
import type { CommentRow } from '../data/index.ts';
import type { Connection } from '../services/pagination.ts';

export type { CommentRow, NotificationRow } from '../data/index.ts';
export type { NotificationConnection } from '../services/notification-service.ts';
export type CommentConnection = Connection<CommentRow>;
export interface EntityRef {
  id: string;
}
