import { describe, expect, it } from 'vitest';
import { mentionAt } from './mention-input';

describe('mentionAt', () => {
  it('finds the @word being typed before the caret', () => {
    expect(mentionAt('hello @al', 9)).toEqual({ start: 6, query: 'al' });
    expect(mentionAt('@', 1)).toEqual({ start: 0, query: '' });
  });
  it('ignores emails and finished mentions', () => {
    expect(mentionAt('mail me at a@b', 14)).toBeNull();
    expect(mentionAt('@[Ada](u1) thanks', 17)).toBeNull();
  });
});
