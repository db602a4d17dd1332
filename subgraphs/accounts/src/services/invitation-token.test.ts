import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { newInvitationToken, parseInvitationToken } from './invitation-token.ts';

describe('invitation tokens', () => {
  it('carry the organization and parse back to the stored hash', () => {
    const organizationId = randomUUID();
    const { token, hash } = newInvitationToken(organizationId);
    expect(token.startsWith(`${organizationId}.`)).toBe(true);
    expect(parseInvitationToken(token)).toEqual({ organizationId, hash });
  });

  it('refuse anything malformed before any lookup', () => {
    const { token } = newInvitationToken(randomUUID());
    for (const bad of [
      undefined,
      42,
      '',
      'x.y',
      `${token}.z`,
      token.slice(0, -1),
      `not-a-uuid.${token.split('.')[1]}`,
      'a'.repeat(300),
    ]) {
      expect(parseInvitationToken(bad)).toBeNull();
    }
  });
});
