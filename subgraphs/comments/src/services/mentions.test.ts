import { describe, expect, it } from 'vitest';
import type { Member } from '../clients/member-directory.ts';
import { hasMentions, mentionedMembers, parseMentions } from './mentions.ts';

const members: Member[] = [
  { userId: 'u-alice', name: 'Alice', email: 'alice@example.com', role: 'OWNER' },
  { userId: 'u-bob', name: 'Bob', email: 'Bob@Example.com', role: 'VIEWER' },
];

describe('parseMentions', () => {
  it('reads @[Name](userId) markup and @email, deduplicated', () => {
    const tokens = parseMentions(
      '@[Bob B.](u-bob) look, @[Bob](u-bob) and @carol@example.co.uk. Also @BOB@example.com!',
    );
    expect(tokens).toEqual({ userIds: ['u-bob'], emails: ['carol@example.co.uk', 'bob@example.com'] });
  });

  it('ignores plain email addresses, bare @names and broken markup', () => {
    const tokens = parseMentions('write to bob@example.com, ask @bob, or @[Bob](u bob)');
    expect(hasMentions(tokens)).toBe(false);
  });
});

describe('mentionedMembers', () => {
  it('keeps members only, matches emails case-insensitively and drops the author', () => {
    const tokens = parseMentions(
      '@[Alice](u-alice) @[Mallory](u-mallory) @bob@example.com @stranger@example.com',
    );
    expect(mentionedMembers(tokens, members, 'u-alice')).toEqual(['u-bob']);
  });
});
