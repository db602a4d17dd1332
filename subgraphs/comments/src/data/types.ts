export interface CommentRow {
  id: string;
  organizationId: string;
  canvasId: string;
  blockId: string | null;
  /** The thread's first comment, or null for a thread's first comment. */
  parentId: string | null;
  authorId: string;
  apiKeyId: string | null;
  /** '' once deleted. */
  body: string;
  createdAt: Date;
  updatedAt: Date;
  editedAt: Date | null;
  deletedAt: Date | null;
  /** The thread's state: a reply reports its root's resolution. */
  resolvedAt: Date | null;
  resolvedBy: string | null;
  /** The chart data point the comment is about, if any. */
  anchor: CommentAnchor | null;
  assigneeId: string | null;
  /** created_at in microseconds (ISO text): with id, the keyset that cursors encode. */
  sortKey: string;
}

export interface NotificationRow {
  id: string;
  organizationId: string;
  userId: string;
  kind: NotificationKind;
  commentId: string;
  canvasId: string;
  actorId: string;
  createdAt: Date;
  readAt: Date | null;
  sortKey: string;
}

/** A position in a keyset-ordered list: the last item seen. */
export interface Keyset {
  sortKey: string;
  id: string;
}

export interface CommentFilter {
  canvasId?: string;
  parentId?: string;
  blockId?: string | null;
  includeResolved: boolean;
  threadsOnly: boolean;
}

export interface NewComment {
  id: string;
  organizationId: string;
  canvasId: string;
  blockId: string | null;
  parentId: string | null;
  authorId: string;
  apiKeyId: string | null;
  body: string;
  anchor: CommentAnchor | null;
  assigneeId: string | null;
}

/** A mention notification to create with a comment: its id and recipient. */
export interface NewNotification {
  id: string;
  userId: string;
  kind: NotificationKind;
}

export type NotificationKind = 'MENTION' | 'REPLY' | 'ASSIGNMENT';

export interface CommentAnchor {
  field: string;
  value: string;
}

/** Per block ('' key = the canvas itself): comments in open threads, and those unread by one person. */
export interface BlockCommentStats {
  blockId: string | null;
  openCount: number;
  unreadCount: number;
}
