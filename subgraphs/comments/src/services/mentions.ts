import type { Member } from '../clients/member-directory.ts';

export interface MentionTokens {
  userIds: string[];
  emails: string[];
}

// `@[Display Name](userId)`: the markup the web app inserts when a member is picked.
const TOKEN = /@\[([^\]\n]{1,200})\]\(([^)\s]{1,100})\)/g;
// `@alice@example.com` typed by hand; the look-behind keeps `bob@x.com` alone from matching.
const EMAIL = /(?<![\w.+-])@([A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})/g;

export function parseMentions(body: string): MentionTokens {
  const userIds = [...body.matchAll(TOKEN)].map((m) => m[2]!);
  const emails = [...body.matchAll(EMAIL)].map((m) => m[1]!.toLowerCase());
  return { userIds: [...new Set(userIds)], emails: [...new Set(emails)] };
}

export function hasMentions(tokens: MentionTokens): boolean {
  return tokens.userIds.length > 0 || tokens.emails.length > 0;
}

/**
 * The user ids a body mentions, among the organization's members only: anyone else (or an id
 * that is not a member) is ignored, and so is the author mentioning themself.
 */
export function mentionedMembers(
  tokens: MentionTokens,
  members: readonly Member[],
  authorId: string,
): string[] {
  const byId = new Map(members.map((m) => [m.userId, m]));
  const byEmail = new Map(members.map((m) => [m.email.toLowerCase(), m]));
  const ids = new Set<string>();
  for (const id of tokens.userIds) if (byId.has(id)) ids.add(id);
  for (const email of tokens.emails) {
    const member = byEmail.get(email);
    if (member) ids.add(member.userId);
  }
  ids.delete(authorId);
  return [...ids];
}
