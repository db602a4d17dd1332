import type { MemberDirectory } from '../clients/member-directory.ts';
import type { Repositories } from '../data/index.ts';
import type { Access } from './access.ts';
import { createCommentReads } from './comment-reads.ts';
import { createCommentWrites } from './comment-writes.ts';
import type { EventPublisher } from './events.ts';
import type { MentionMail } from './mention-mail.ts';

export function createCommentService(deps: {
  repos: Repositories;
  access: Access;
  members: MemberDirectory;
  events: EventPublisher;
  mentionMail: MentionMail;
}) {
  return { ...createCommentReads(deps), ...createCommentWrites(deps) };
}

export type CommentService = ReturnType<typeof createCommentService>;
