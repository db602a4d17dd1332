import { describe, expect, it } from 'vitest';
import { describeImportError, placeOfError } from './import-errors.ts';

const file = '/srv/tessera/.data/uploads/incoming-1733-ab12.upload';

describe('import errors name the row and column, never a path', () => {
  it('a value DuckDB could not convert: row and column', () => {
    const message = `Conversion Error: CSV Error on Line: 25001\nOriginal Line: 25000,x,oops,2024-01-02\nError when converting column "amount". Could not convert string "oops" to 'DOUBLE'\n\n  file = ${file}\n`;
    expect(describeImportError(message, 'csv', [file])).toBe(
      'The file could not be read as CSV: row 25001, column amount: "oops" is not a valid DOUBLE (the type found in the rest of the column)',
    );
  });

  it('a row with too many or too few columns, an unclosed quote, bad UTF-8', () => {
    expect(
      placeOfError(
        `Invalid Input Error: CSV Error on Line: 101\nOriginal Line: 100,x\nExpected Number of Columns: 4 Found: 5\n  file = ${file}`,
      ),
    ).toBe('row 101: expected 4 columns, found 5');
    expect(
      placeOfError(
        'Invalid Input Error: CSV Error on Line: 201\nOriginal Line: 200,"x\nValue with unterminated quote found.',
      ),
    ).toBe('row 201: a quoted value is not closed');
    expect(
      placeOfError(
        'Invalid Input Error: CSV Error on Line: 7\nInvalid unicode (byte sequence mismatch) detected.',
      ),
    ).toBe('row 7: the text is not valid UTF-8');
  });

  it('malformed JSON: the line (NDJSON) or record (array), DuckDB counting one past it', () => {
    expect(
      placeOfError(
        `Invalid Input Error: Malformed JSON in file "${file}", at byte 7 in line 3: unexpected character. `,
      ),
    ).toBe('row 2, character 7: unexpected character');
    expect(
      placeOfError(
        `Invalid Input Error: Malformed JSON in file "${file}", at byte 7 in record/value 3: unexpected character. `,
      ),
    ).toBe('record 2, character 7: unexpected character');
  });

  it('without a place, the first line of the message with every path replaced', () => {
    const message = `Invalid Input Error: No magic bytes found at end of file '${file}'\nmore`;
    const described = describeImportError(message, 'parquet', [file]);
    expect(described).toBe(
      "The file could not be read as PARQUET: Invalid Input Error: No magic bytes found at end of file 'the file'",
    );
    expect(
      describeImportError('IO Error: Input is not a GZIP stream: .data/uploads/x.upload', 'csv', []),
    ).not.toMatch(/\.data|uploads|\.upload/);
  });
});
