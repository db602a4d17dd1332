import { describe, expect, it } from 'vitest';
import { embedSnippet, embedUrl, shortLinkUrl } from './embed-snippet';
import { parseOrigins } from './origins';

describe('embed snippet', () => {
  it('links one block with ?block=', () => {
    expect(embedUrl('tok', null, 'https://t.example')).toBe('https://t.example/embed/tok');
    expect(embedUrl('tok', 'b 1', 'https://t.example')).toBe('https://t.example/embed/tok?block=b%201');
  });
  it('puts the short link on this origin, one block with ?block=', () => {
    expect(shortLinkUrl('http://localhost:4000/s/Ab3dEf9hIj2K', null, 'https://t.example')).toBe(
      'https://t.example/s/Ab3dEf9hIj2K',
    );
    expect(shortLinkUrl('http://localhost:4000/s/Ab3dEf9hIj2K', 'b 1', 'https://t.example')).toBe(
      'https://t.example/s/Ab3dEf9hIj2K?block=b%201',
    );
  });
  it('is responsive by default and fixed when asked, sizes clamped', () => {
    expect(embedSnippet('https://t/e/x', { width: 800, height: 450 })).toContain(
      'style="width:100%;aspect-ratio:800/450;border:0"',
    );
    const fixed = embedSnippet('https://t/e/x', { responsive: false, width: 10, height: 99999 });
    expect(fixed).toContain('width="200" height="4000"');
  });
  it('escapes the title and the URL into attributes', () => {
    expect(embedSnippet('https://t/e/x?a=1&b="2"', { title: '<Sales> "Q1"' })).toContain(
      'src="https://t/e/x?a=1&amp;b=&quot;2&quot;" title="&lt;Sales&gt; &quot;Q1&quot;"',
    );
  });
});

describe('allowed origins', () => {
  it('accepts https origins and http on localhost, one per line, without duplicates', () => {
    expect(parseOrigins('https://app.example.com\nhttp://localhost:3000\nhttps://app.example.com/')).toEqual({
      origins: ['https://app.example.com', 'http://localhost:3000'],
      problems: [],
    });
  });
  it('refuses plain http, paths and wildcards with a reason', () => {
    const { origins, problems } = parseOrigins(
      'http://app.example.com https://app.example.com/page https://*.example.com nonsense',
    );
    expect(origins).toEqual([]);
    expect(problems).toHaveLength(4);
    expect(problems[1]).toMatch(/no path/);
  });
  it('refuses more than 20', () => {
    const many = Array.from({ length: 21 }, (_, i) => `https://h${i}.example`).join('\n');
    expect(parseOrigins(many).problems).toEqual(['At most 20 origins']);
  });
});
