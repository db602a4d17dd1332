import { describe, expect, it } from 'vitest';
import { PASSWORD_MIN_LENGTH, passwordIssue } from './password-policy.ts';

describe('password policy (shared by accounts and the web app)', () => {
  it('refuses fewer than 10 characters and more than 256', () => {
    expect(PASSWORD_MIN_LENGTH).toBe(10);
    expect(passwordIssue('123456789')).toMatch(/at least 10/);
    expect(passwordIssue('1234567890')).toBeNull();
    expect(passwordIssue('x'.repeat(256))).toBeNull();
    expect(passwordIssue('x'.repeat(257))).toMatch(/at most 256/);
  });
});
