import { describe, expect, it } from 'vitest';
import { emailProblem, grantableRoles } from './roles';

describe('member roles', () => {
  it('grants never above one’s own role', () => {
    expect(grantableRoles('ADMIN')).toEqual(['VIEWER', 'EDITOR', 'ADMIN']);
    expect(grantableRoles('OWNER')).toContain('OWNER');
    expect(grantableRoles(null)).toEqual([]);
  });

  it('checks an email before sending it', () => {
    expect(emailProblem('')).toBe('Enter an email address.');
    expect(emailProblem('nope')).toBe('Enter a valid email address.');
    expect(emailProblem(' ada@example.com ')).toBeNull();
  });
});
