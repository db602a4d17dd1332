import { describe, expect, it } from 'vitest';
import { stem } from './stem.ts';
import { nameStems, tokenize } from './tokenize.ts';

describe('tokenize', () => {
  it('reads numbers with currency, thousands separators, suffixes and ordinals', () => {
    const values = tokenize('over $1,200 and 5k, the 15th, 12.5% in 2024,').filter(
      (t) => t.kind === 'number',
    );
    expect(values.map((t) => t.value)).toEqual([1200, 5000, 15, 0.125, 2024]);
    expect(values.find((t) => t.raw === '15th')?.ordinal).toBe(true);
  });

  it('keeps quoted text whole and drops articles and punctuation', () => {
    const tokens = tokenize(`Customers named "O'Brien & Sons" in the UK?`);
    expect(tokens.map((t) => t.raw)).toEqual(['Customers', 'named', "O'Brien & Sons", 'in', 'UK']);
    expect(tokens[2]?.kind).toBe('quoted');
  });

  it('recognises ISO and US dates as one token', () => {
    expect(
      tokenize('since 2025-03-15 or 3/15/2025')
        .filter((t) => t.kind === 'isoDate')
        .map((t) => t.raw),
    ).toEqual(['2025-03-15', '3/15/2025']);
  });
});

describe('stem', () => {
  it('maps inflections of one word to one stem', () => {
    expect(stem('categories')).toBe(stem('category'));
    expect(stem('cancelled')).toBe(stem('canceled'));
    expect(stem('cancelled')).toBe(stem('cancel'));
    expect(stem('placed')).toBe(stem('place'));
    expect(stem('orders')).toBe(stem('ordered'));
    expect(stem('status')).toBe('status');
  });

  it('splits schema names into word stems', () => {
    expect(nameStems('order_items')).toEqual(['order', 'item']);
    expect(nameStems('unitPrice')).toEqual([stem('unit'), stem('price')]);
  });
});
