import { describe, expect, it } from 'vitest';
import { csvLine } from './csv.ts';

describe('csv', () => {
  it('quotes separators, quotes and newlines', () => {
    expect(csvLine(['a,b', 'say "hi"', 'line\nbreak', 3, null])).toBe(
      '"a,b","say ""hi""","line\nbreak",3,\r\n',
    );
  });
  it('neutralises formula injection in text but not negative numbers', () => {
    expect(csvLine(['=HYPERLINK("x")', -5, '-5'])).toBe('"\'=HYPERLINK(""x"")",-5,\'-5\r\n');
  });
});
