import { randomUUID } from 'node:crypto';
import { roleAtLeast, requireSignedIn, type Identity, type Role } from '@tessera/auth';
import { AppError } from '@tessera/errors';
import type { Member, MemberDirectory } from '../clients/member-directory.ts';
import type { CommentRow, NewNotification, Repositories } from '../data/index.ts';
import { actorOf, type Access } from './access.ts';
import type { EventPublisher } from './events.ts';
import type { MentionMail } from './mention-mail.ts';
import type { RequestScope } from './loaders.ts';
import { hasMentions, mentionedMembers, parseMentions } from './mentions.ts';
import { addCommentSchema, bodySchema, isUuid, validate } from './validation.ts';

export function createCommentWrites(deps: {
  repos: Repositories;
  access: Access;
  members: MemberDirectory;
  events: EventPublisher;
  mentionMail: MentionMail;
}) {
  const { repos, access, members, events, mentionMail } = deps;

  /** Reads past the request cache: a mutation decides on the current row. */
  async function loadForWrite(identity: Identity, id: string): Promise<{ row: CommentRow; role: Role }> {
    requireSignedIn(identity);
    const organizationId = isUuid(id) ? (await repos.comments.organizationsOf([id])).get(id) : undefined;
    if (!organizationId) throw AppError.notFound('Comment');
    const role = access.member(identity, organizationId, 'write', 'Comment');
    const [row] = await repos.comments.findByIds(organizationId, [id]);
    if (!row) throw AppError.notFound('Comment');
    return { row, role };
  }

  /** The members the body mentions, and the member list when it was needed (for emails). */
  async function mentionedIn(
    organizationId: string,
    body: string,
    authorId: string,
    needMembers = false,
  ): Promise<{ ids: string[]; list: Member[] }> {
    const tokens = parseMentions(body);
    if (!hasMentions(tokens) && !needMembers) return { ids: [], list: [] };
    const list = await members.members(organizationId);
    return { ids: hasMentions(tokens) ? mentionedMembers(tokens, list, authorId) : [], list };
  }

  function requireAuthor(identity: Identity, row: CommentRow, verb: string): string {
    const actor = actorOf(identity).userId;
    if (actor !== row.authorId) throw AppError.forbidden(`Only the author can ${verb} a comment`);
    return actor;
  }

  const notificationsFor = (
    userIds: readonly string[],
    kind: NewNotification['kind'] = 'MENTION',
  ): NewNotification[] => userIds.map((userId) => ({ id: randomUUID(), userId, kind }));

  /**
   * One notification per person: the assignee (ASSIGNMENT) first, then the mentioned members
   * (MENTION), then the thread's earlier authors for a reply (REPLY); never the author.
   */
  function notificationsOfNew(
    authorId: string,
    assigneeId: string | null,
    mentioned: readonly string[],
    threadAuthors: readonly string[],
  ): NewNotification[] {
    const seen = new Set([authorId]);
    const pick = (ids: readonly string[]) => ids.filter((id) => !seen.has(id) && seen.add(id));
    return [
      ...notificationsFor(pick(assigneeId ? [assigneeId] : []), 'ASSIGNMENT'),
      ...notificationsFor(pick(mentioned), 'MENTION'),
      ...notificationsFor(pick(threadAuthors), 'REPLY'),
    ];
  }

  return {
    async add(scope: RequestScope, input: unknown): Promise<CommentRow> {
      const data = validate(addCommentSchema, input);
      const { canvas } = await access.canvas(scope.identity, data.canvasId, 'write');
      const actor = actorOf(scope.identity);
      let parentId: string | null = null;
      let blockId = data.blockId ?? null;
      if (data.parentId) {
        const [parent] = await repos.comments.findByIds(canvas.organizationId, [data.parentId]);
        if (!parent || parent.canvasId !== canvas.id)
          throw AppError.badInput('parentId', 'No such comment on this canvas');
        if (blockId !== null && blockId !== parent.blockId)
          throw AppError.badInput('blockId', 'A reply belongs to the block of its thread');
        if (data.anchor) throw AppError.badInput('anchor', "A reply takes its thread's anchor");
        // Threads are one level deep: a reply to a reply joins the same thread.
        parentId = parent.parentId ?? parent.id;
        blockId = parent.blockId;
      }
      const assigneeId = data.assigneeId ?? null;
      const { ids: mentioned, list: memberList } = await mentionedIn(
        canvas.organizationId,
        data.body,
        actor.userId,
        assigneeId !== null,
      );
      if (assigneeId && !memberList.some((m) => m.userId === assigneeId))
        throw AppError.badInput('assigneeId', 'Assign to a member of the organization');
      const threadAuthors = parentId
        ? await repos.comments.threadAuthors(canvas.organizationId, parentId)
        : [];
      const { comment, notifications } = await repos.comments.create(
        {
          id: randomUUID(),
          organizationId: canvas.organizationId,
          canvasId: canvas.id,
          blockId,
          parentId,
          authorId: actor.userId,
          apiKeyId: actor.apiKeyId,
          body: data.body,
          anchor: data.anchor ?? null,
          assigneeId,
        },
        mentioned,
        notificationsOfNew(actor.userId, assigneeId, mentioned, threadAuthors),
      );
      scope.logger.info(
        { commentId: comment.id, canvasId: comment.canvasId, notifications: notifications.length },
        'comment added',
      );
      await events.commentAdded(comment);
      await events.notificationsAdded(notifications);
      await mentionMail(comment, notifications, memberList, canvas.name);
      return comment;
    },

    async edit(scope: RequestScope, id: string, body: unknown): Promise<CommentRow> {
      const { row } = await loadForWrite(scope.identity, id);
      const actor = requireAuthor(scope.identity, row, 'edit');
      if (row.deletedAt) throw AppError.badInput('id', 'A deleted comment cannot be edited');
      const text = validate(bodySchema, body);
      const { ids: now, list: memberList } = await mentionedIn(row.organizationId, text, actor);
      const before = (await repos.comments.mentionsOf(row.organizationId, [row.id])).get(row.id) ?? [];
      const added = now.filter((u) => !before.includes(u));
      const removed = before.filter((u) => !now.includes(u));
      const { comment, notifications } = await repos.comments.edit(
        row.organizationId,
        row.id,
        text,
        { added, removed },
        notificationsFor(added),
        actor,
      );
      await events.commentUpdated(comment, 'EDITED');
      await events.notificationsAdded(notifications);
      if (notifications.length > 0) {
        const canvas = await access.canvas(scope.identity, row.canvasId, 'read').catch(() => null);
        await mentionMail(comment, notifications, memberList, canvas?.canvas.name ?? 'a canvas');
      }
      return comment;
    },

    /** Soft delete: the comment keeps its place and its replies; its text is erased. */
    async remove(scope: RequestScope, id: string): Promise<CommentRow> {
      const { row } = await loadForWrite(scope.identity, id);
      requireAuthor(scope.identity, row, 'delete');
      if (row.deletedAt) return row;
      const comment = await repos.comments.softDelete(row.organizationId, row.id);
      scope.logger.info({ commentId: comment.id }, 'comment deleted');
      await events.commentUpdated(comment, 'DELETED');
      return comment;
    },

    /** Resolves or reopens the comment's thread: its author or an EDITOR and above. */
    async setResolved(scope: RequestScope, id: string, resolved: boolean): Promise<CommentRow> {
      const { row, role } = await loadForWrite(scope.identity, id);
      const root = row.parentId
        ? (await repos.comments.findByIds(row.organizationId, [row.parentId]))[0]!
        : row;
      const actor = actorOf(scope.identity).userId;
      if (root.authorId !== actor && !roleAtLeast(role, 'EDITOR')) {
        throw AppError.forbidden(
          `Only the thread's author or an EDITOR can ${resolved ? 'resolve' : 'reopen'} it`,
        );
      }
      if ((root.resolvedAt !== null) === resolved) return row;
      await repos.comments.setResolved(row.organizationId, root.id, resolved ? actor : null);
      const [updatedRoot] = await repos.comments.findByIds(row.organizationId, [root.id]);
      await events.commentUpdated(updatedRoot!, resolved ? 'RESOLVED' : 'REOPENED');
      if (!row.parentId) return updatedRoot!;
      const [updated] = await repos.comments.findByIds(row.organizationId, [row.id]);
      return updated!;
    },
  };
}
