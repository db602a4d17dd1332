import { describe, expect, it } from 'vitest';
import { columnSynonyms } from './synonyms.ts';
import { synonymsFor } from './wordnet.ts';

describe('synonymsFor (WordNet 3.1)', () => {
  it('pairs the everyday words of a business', () => {
    expect(synonymsFor('customer')).toContain('client');
    expect(synonymsFor('client')).toContain('customer');
    expect(synonymsFor('wage')).toContain('pay');
    expect(synonymsFor('salary')).toEqual(expect.arrayContaining(['wage', 'pay']));
    expect(synonymsFor('merchandise')).toContain('product');
  });

  it('reads plurals, phrases and any case', () => {
    expect(synonymsFor('Customers')).toContain('client');
    expect(synonymsFor('  monetary   value ')).toContain('price');
  });

  it('keeps the most common sense and drops Latin, proper nouns and long phrases', () => {
    const country = synonymsFor('country');
    expect(country).toContain('nation');
    expect(country).not.toContain('res publica');
    expect(synonymsFor('price')).not.toContain('damage');
    for (const word of ['country', 'city', 'store', 'discount', 'score', 'wage', 'quantity']) {
      for (const synonym of synonymsFor(word)) {
        expect(synonym).toMatch(/^[a-z][a-z' -]*$/);
        expect(synonym.split(' ').length).toBeLessThanOrEqual(2);
      }
    }
  });

  it('returns at most eight, a fresh array each time, and nothing for unknown words', () => {
    expect(synonymsFor('car').length).toBeLessThanOrEqual(8);
    const first = synonymsFor('customer');
    first.push('mutated');
    expect(synonymsFor('customer')).not.toContain('mutated');
    expect(synonymsFor('qwxzt')).toEqual([]);
    expect(synonymsFor('')).toEqual([]);
    expect(synonymsFor('x'.repeat(200))).toEqual([]);
  });
});

describe('columnSynonyms', () => {
  it('seeds expansions, raw words and the subject with its synonyms swapped in', () => {
    const synonyms = columnSynonyms('client_nm', 'Client name', 'DIMENSION');
    expect(synonyms).toEqual(expect.arrayContaining(['client nm', 'client', 'customer', 'customer name']));
    expect(columnSynonyms('wage_amt', 'Wage amount', 'MEASURE')).toEqual(
      expect.arrayContaining(['wage', 'pay', 'salary']),
    );
    expect(columnSynonyms('purchase_total', 'Purchase total', 'MEASURE')).toContain('order total');
    expect(columnSynonyms('net_revenue', 'Net revenue', 'MEASURE')).toContain('net money');
    expect(columnSynonyms('qty', 'Quantity', 'MEASURE')).toContain('units');
  });

  it('gives keys and dates their expansions only, never a synonym of the name or the label itself', () => {
    expect(columnSynonyms('cust_id', 'Customer ID', 'IDENTIFIER')).toEqual(['cust id', 'customer']);
    expect(columnSynonyms('ship_dt', 'Ship date', 'TIME')).toEqual(['ship dt']);
    expect(columnSynonyms('rider', 'Rider', 'DIMENSION')).not.toContain('rider');
  });

  it('looks up phrases WordNet knows, skips units, flag words, acronyms and modifiers', () => {
    expect(columnSynonyms('firstName', 'First name', 'DIMENSION')).toEqual(['given name', 'forename']);
    expect(columnSynonyms('heightCm', 'Height cm', 'MEASURE')).toContain('tallness');
    expect(columnSynonyms('is_smoker', 'Is smoker', 'DIMENSION')).toEqual(
      expect.arrayContaining(['smoker', 'tobacco user']),
    );
    expect(columnSynonyms('OS', 'OS', 'DIMENSION')).toEqual([]);
    expect(columnSynonyms('sex', 'Sex', 'DIMENSION')).toEqual(['gender']);
  });

  it('keeps at most eight', () => {
    expect(columnSynonyms('cust_nm', 'Customer name', 'DIMENSION').length).toBeLessThanOrEqual(8);
  });
});
