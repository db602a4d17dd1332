import { describe, expect, it } from 'vitest';
import { dialectOf, insertionFor, quoteIdentifier, referenceText } from './sql-insert';

/** Applies an insertion at the cursor `|` of `doc` and returns the new text with `|` at the new cursor. */
function insertAt(docWithCursor: string, text: string): string {
  const from = docWithCursor.indexOf('|');
  const doc = docWithCursor.replace('|', '');
  const { changes, cursor } = insertionFor(doc, from, from, text);
  let out = doc;
  for (const c of [...changes].sort((a, b) => b.from - a.from))
    out = out.slice(0, c.from) + c.insert + out.slice(c.to);
  return out.slice(0, cursor) + '|' + out.slice(cursor);
}

describe('identifiers', () => {
  it('leaves plain lower-case names alone and quotes the rest per dialect', () => {
    expect(quoteIdentifier('order_date')).toBe('order_date');
    expect(quoteIdentifier('Order Date')).toBe('"Order Date"');
    expect(quoteIdentifier('order')).toBe('"order"');
    expect(quoteIdentifier('unitPrc')).toBe('"unitPrc"');
    expect(quoteIdentifier('say "hi"')).toBe('"say ""hi"""');
    expect(quoteIdentifier('Order Date', 'mysql')).toBe('`Order Date`');
    expect(quoteIdentifier('a`b', 'mysql')).toBe('`a``b`');
  });

  it('references a table or a qualified column', () => {
    expect(referenceText('orders', null)).toBe('orders');
    expect(referenceText('orders', 'total_amount')).toBe('orders.total_amount');
    expect(referenceText('Sales 2024', 'Unit Price', dialectOf('MYSQL'))).toBe('`Sales 2024`.`Unit Price`');
    expect(dialectOf('CLICKHOUSE')).toBe('postgres');
  });
});

describe('inserting at the cursor', () => {
  it('inserts into an empty document or after a keyword as is', () => {
    expect(insertAt('|', 'orders')).toBe('orders|');
    expect(insertAt('SELECT |', 'orders.id')).toBe('SELECT orders.id|');
    expect(insertAt('SELECT * FROM |', 'orders')).toBe('SELECT * FROM orders|');
    expect(insertAt('SELECT 1 FROM orders WHERE |', 'orders.status')).toBe(
      'SELECT 1 FROM orders WHERE orders.status|',
    );
  });

  it('adds a space instead of gluing onto a keyword or an operator', () => {
    expect(insertAt('SELECT|', 'orders.id')).toBe('SELECT orders.id|');
    expect(insertAt('WHERE a =|', 'b.c')).toBe('WHERE a = b.c|');
    expect(insertAt('count(|)', 'orders.id')).toBe('count(orders.id|)');
  });

  it('separates list items with a comma, right after the previous item', () => {
    expect(insertAt('SELECT orders.id|', 'orders.total')).toBe('SELECT orders.id, orders.total|');
    expect(insertAt('SELECT orders.id |', 'orders.total')).toBe('SELECT orders.id, orders.total|');
    expect(insertAt('SELECT a\n  |', 'b')).toBe('SELECT a,\n  b|');
    expect(insertAt('SELECT count(*)|', 'b')).toBe('SELECT count(*), b|');
    expect(insertAt('SELECT *|', 'b')).toBe('SELECT *, b|');
    expect(insertAt('SELECT "Unit Price" |', 'b')).toBe('SELECT "Unit Price", b|');
  });

  it('adds a space before a word that follows the cursor', () => {
    expect(insertAt('SELECT |FROM orders', 'orders.id')).toBe('SELECT orders.id| FROM orders');
    expect(insertAt('SELECT | FROM orders', 'orders.id')).toBe('SELECT orders.id| FROM orders');
  });

  it('replaces the selection', () => {
    const { changes, cursor } = insertionFor('SELECT x FROM t', 7, 8, 't.y');
    expect(changes).toEqual([{ from: 7, to: 8, insert: 't.y' }]);
    expect(cursor).toBe(10);
  });
});
