import { randomUUID } from 'node:crypto';
import type { Logger } from '@tessera/logger';
import type { MailSender } from '../clients/mail.ts';
import type { Member } from '../clients/member-directory.ts';
import type { CommentRow, NotificationRow } from '../data/index.ts';

const TOKEN = /@\[([^\]\n]{1,200})\]\(([^)\s]{1,100})\)/g;

/** The body as an email shows it: mentions as "@Name", at most 1,000 characters. */
export function plainBody(body: string): string {
  const text = body.replace(TOKEN, (_m, name: string) => `@${name}`).trim();
  return text.length > 1000 ? `${text.slice(0, 999)}…` : text;
}

/** Where the comment's thread opens in the web app. */
export function threadLink(comment: Pick<CommentRow, 'canvasId' | 'blockId'>): string {
  const canvas = `/canvas/${encodeURIComponent(comment.canvasId)}`;
  return comment.blockId
    ? `${canvas}?comments=${encodeURIComponent(comment.blockId)}#block-${encodeURIComponent(comment.blockId)}`
    : `${canvas}?comments=canvas`;
}

/**
 * Emails the members a comment mentions or is assigned to (README "Email"). Sent after the write
 * commits, at most once: a failure is logged and never fails the comment.
 */
export function createMentionMail(deps: { mail: MailSender | null; logger: Logger }) {
  return async function mailMentions(
    comment: CommentRow,
    notifications: readonly NotificationRow[],
    members: readonly Member[],
    canvasName: string,
  ): Promise<void> {
    const { mail, logger } = deps;
    if (!mail) return;
    const byId = new Map(members.map((m) => [m.userId, m]));
    const actor = byId.get(comment.authorId)?.name ?? 'Someone';
    const wanted = notifications.filter((n) => n.kind === 'MENTION' || n.kind === 'ASSIGNMENT');
    await Promise.all(
      wanted.map(async (n) => {
        const to = byId.get(n.userId)?.email;
        if (!to) return;
        const verb = n.kind === 'MENTION' ? 'mentioned you' : 'assigned you a comment';
        try {
          await mail.send({
            messageId: randomUUID(),
            organizationId: comment.organizationId,
            to,
            subject: `${actor} ${verb} on “${canvasName}”`.slice(0, 200),
            text: `${actor} ${verb} on “${canvasName}”:\n\n${plainBody(comment.body)}`,
            link: threadLink(comment),
          });
        } catch (err) {
          logger.warn({ err, notificationId: n.id }, 'mention email not sent');
        }
      }),
    );
  };
}

export type MentionMail = ReturnType<typeof createMentionMail>;
