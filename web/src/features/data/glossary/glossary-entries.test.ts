import { describe, expect, it } from 'vitest';
import {
  draftFromEntry,
  emptyEntry,
  entryInput,
  glossaryErrorFromServer,
  glossaryErrors,
} from './glossary-entries';

const revenue = {
  ...emptyEntry(),
  terms: ['revenue', 'sales'],
  definition: 'Completed order totals',
  expression: 'SUM(total_amount)',
  filter: "status = 'completed'",
  tables: ['orders'],
};

describe('glossaryErrors', () => {
  it('accepts a complete metric', () => {
    expect(glossaryErrors(revenue, [])).toEqual({});
  });

  it('names each missing field', () => {
    expect(glossaryErrors({ ...emptyEntry(), kind: 'timeGrain' }, [])).toEqual({
      terms: 'Give at least one term',
      definition: 'Definition is required',
      expression: 'Give the time expression',
    });
  });

  it('refuses a term another entry already uses, whatever its case', () => {
    expect(glossaryErrors({ ...revenue, terms: ['Sales'] }, [revenue]).terms).toBe(
      '"Sales" is already a term of another entry',
    );
  });
});

describe('entryInput', () => {
  it('trims, drops blank terms and sends blank optional fields as null', () => {
    expect(entryInput({ ...revenue, terms: [' revenue ', ''], filter: '  ', timeColumn: '' })).toEqual({
      terms: ['revenue'],
      definition: 'Completed order totals',
      kind: 'metric',
      expression: 'SUM(total_amount)',
      filter: null,
      tables: ['orders'],
      timeColumn: null,
    });
  });

  it('round-trips a stored entry', () => {
    const stored = {
      terms: ['month'],
      definition: 'Calendar month',
      kind: 'timeGrain',
      expression: "date_trunc('month', order_date)",
      filter: null,
      tables: [],
      timeColumn: 'order_date',
    };
    expect(entryInput(draftFromEntry(stored))).toEqual(stored);
  });

  it('reads glossary.<index>.<field> server errors', () => {
    expect(glossaryErrorFromServer('glossary.2.expression')).toEqual({ index: 2, field: 'expression' });
    expect(glossaryErrorFromServer('glossary.0')).toEqual({ index: 0, field: 'terms' });
    expect(glossaryErrorFromServer('name')).toBeNull();
  });
});
