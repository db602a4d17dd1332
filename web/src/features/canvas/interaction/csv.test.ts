import { describe, expect, it } from 'vitest';
import { toCsv } from './csv';

describe('drill-down CSV', () => {
  it('quotes separators and quotes, leaves nulls empty and defuses formulas', () => {
    expect(
      toCsv(
        [{ name: 'name' }, { name: 'n' }],
        [
          ['a,"b"', 1],
          [null, -2],
          ['=SUM(A1)', 3],
        ],
      ),
    ).toBe('name,n\r\n"a,""b""",1\r\n,-2\r\n\'=SUM(A1),3');
  });
});
