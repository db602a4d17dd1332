import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { applyTextEdit } from './markdown-stand-in';

const textOf = (initial: string) => {
  const doc = new Y.Doc();
  const text = doc.getText('t');
  text.insert(0, initial);
  return { doc, text };
};

describe('applyTextEdit', () => {
  it.each([
    ['', 'a'],
    ['# Title', '# Title!'],
    ['abc', 'aXc'],
    ['hello world', 'hello'],
    ['hello', ''],
    ['aaa', 'aaaa'],
    ['revenue {{x}}', 'revenue {{sales.total}} now'],
  ])('turns %j into %j', (before, after) => {
    const { text } = textOf(before);
    applyTextEdit(text, before, after);
    expect(text.toString()).toBe(after);
  });

  it('keeps a collaborator’s concurrent insert elsewhere in the text', () => {
    const a = textOf('one two');
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a.doc));
    b.getText('t').insert(0, '>> ');
    applyTextEdit(a.text, 'one two', 'one two three');
    Y.applyUpdate(a.doc, Y.encodeStateAsUpdate(b));
    expect(a.text.toString()).toBe('>> one two three');
  });

  it('is one change for observers', () => {
    const { text } = textOf('abc');
    let events = 0;
    text.observe(() => events++);
    applyTextEdit(text, 'abc', 'aXYc');
    expect(events).toBe(1);
  });
});
