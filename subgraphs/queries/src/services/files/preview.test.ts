import { describe, expect, it } from 'vitest';
import { closeJsonArray, completeRecords } from './preview.ts';

describe('the first part of a file, cut after its last whole record', () => {
  it('CSV and NDJSON: after the last newline', () => {
    expect(completeRecords('a,b\n1,2\n3,', 'csv')).toBe('a,b\n1,2\n');
    expect(completeRecords('{"a":1}\n{"a":', 'json')).toBe('{"a":1}\n');
    expect(completeRecords('a,b', 'csv')).toBe('a,b');
  });

  it('a JSON array: after its last whole element, closed, braces in strings ignored', () => {
    expect(closeJsonArray('[{"a":1,"b":{"c":"}"}},{"a":2},{"a":')).toBe('[{"a":1,"b":{"c":"}"}},{"a":2}]');
    expect(closeJsonArray('[{"a":"x\\"}"},{"a"')).toBe('[{"a":"x\\"}"}]');
    expect(closeJsonArray('[{"a":1}] ')).toBe('[{"a":1}]');
    expect(completeRecords('  [{"a":1},{', 'json')).toBe('  [{"a":1}]');
  });
});
