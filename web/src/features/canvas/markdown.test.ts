import { describe, expect, it } from 'vitest';
import { parseInline, parseMarkdown } from './markdown';

describe('TEXT block markdown', () => {
  it('parses headings, paragraphs and lists', () => {
    const blocks = parseMarkdown('# Sales\nRevenue grew\nthis month.\n\n- one\n- two\n1. first');
    expect(blocks.map((b) => b.kind)).toEqual(['heading', 'paragraph', 'list', 'list']);
    expect(blocks[1]).toEqual({
      kind: 'paragraph',
      children: [{ kind: 'text', text: 'Revenue grew this month.' }],
    });
    expect(blocks[2]).toMatchObject({ ordered: false, items: [[{ text: 'one' }], [{ text: 'two' }]] });
  });

  it('finds live bindings and inline styles', () => {
    expect(parseInline('Total **{{ sales.revenue }}** in `{{region}}`')).toEqual([
      { kind: 'text', text: 'Total ' },
      { kind: 'strong', children: [{ kind: 'binding', expression: 'sales.revenue' }] },
      { kind: 'text', text: ' in ' },
      { kind: 'code', text: '{{region}}' },
    ]);
  });

  it('accepts block ids (UUIDs) in bindings', () => {
    expect(parseInline('{{0b6f-11aa.revenue}}')).toEqual([
      { kind: 'binding', expression: '0b6f-11aa.revenue' },
    ]);
  });

  it('never produces javascript: links', () => {
    expect(parseInline('[x](javascript:alert(1))')[0]).toMatchObject({ kind: 'link', href: '#' });
    expect(parseInline('[docs](https://example.com)')[0]).toMatchObject({
      kind: 'link',
      href: 'https://example.com',
    });
  });
});
