import type { SemanticModel } from '@tessera/semantic-model';
import { describe, expect, it } from 'vitest';
import { editsFromInput } from './edits-input.ts';

const column = (name: string) => ({
  name,
  label: name,
  role: 'DIMENSION' as const,
  aggregation: null,
  description: null,
  synonyms: [],
  values: [],
});
const MODEL: SemanticModel = {
  asOf: null,
  tables: [
    {
      name: 'visits',
      label: 'Visits',
      description: null,
      columns: [column('clinic_cd'), column('visit_dt')],
    },
    { name: 'clinics', label: 'Clinics', description: null, columns: [column('clinic_cd')] },
  ],
  relationships: [],
};
const refused = (input: Record<string, unknown>) => {
  try {
    editsFromInput({ dataSourceId: 'x', ...input }, MODEL);
  } catch (error) {
    return error as { code: string; field?: string; message: string };
  }
  throw new Error('accepted');
};

describe('updateSemanticModel input', () => {
  it('keeps only the fields given, with a null asOf and a null aggregation kept as nulls', () => {
    expect(
      editsFromInput(
        {
          dataSourceId: 'x',
          asOf: null,
          columns: [
            {
              table: 'visits',
              name: 'clinic_cd',
              synonyms: ['site', 'site', 'practice'],
              aggregation: null,
              label: null,
            },
          ],
        },
        MODEL,
      ),
    ).toEqual({
      asOf: null,
      columns: [{ table: 'visits', name: 'clinic_cd', aggregation: null, synonyms: ['site', 'practice'] }],
    });
    expect(
      editsFromInput(
        {
          dataSourceId: 'x',
          relationships: [
            { fromTable: 'visits', fromColumn: 'clinic_cd', toTable: 'clinics', toColumn: 'clinic_cd' },
          ],
        },
        MODEL,
      ),
    ).toEqual({
      relationships: [
        { fromTable: 'visits', fromColumn: 'clinic_cd', toTable: 'clinics', toColumn: 'clinic_cd' },
      ],
    });
    expect(editsFromInput({ dataSourceId: 'x', relationships: null }, MODEL)).toEqual({
      relationships: null,
    });
    expect(editsFromInput({ dataSourceId: 'x' }, MODEL)).toEqual({});
  });

  it('refuses unknown tables and columns, naming the field', () => {
    expect(
      refused({
        columns: [
          { table: 'visits', name: 'clinic_cd' },
          { table: 'patients', name: 'id' },
        ],
      }),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'columns.1.table' });
    expect(refused({ columns: [{ table: 'visits', name: 'nope' }] }).field).toBe('columns.0.name');
    expect(
      refused({
        relationships: [{ fromTable: 'visits', fromColumn: 'clinic_cd', toTable: 'clinics', toColumn: 'id' }],
      }).field,
    ).toBe('relationships.0.toColumn');
  });

  it('enforces the limits and formats', () => {
    expect(refused({ asOf: '2024-02-30' }).field).toBe('asOf');
    expect(refused({ asOf: 'yesterday' }).field).toBe('asOf');
    expect(refused({ columns: [{ table: 'visits', name: 'visit_dt', label: 'x'.repeat(121) }] }).field).toBe(
      'columns.0.label',
    );
    expect(refused({ columns: [{ table: 'visits', name: 'visit_dt', aggregation: 'median' }] }).field).toBe(
      'columns.0.aggregation',
    );
    expect(
      refused({
        columns: [
          { table: 'visits', name: 'visit_dt', synonyms: Array.from({ length: 31 }, (_, i) => `s${i}`) },
        ],
      }).field,
    ).toBe('columns.0.synonyms');
    expect(
      refused({ columns: [{ table: 'visits', name: 'visit_dt', synonyms: ['y'.repeat(61)] }] }).field,
    ).toBe('columns.0.synonyms.0');
    expect(
      refused({
        columns: [
          {
            table: 'visits',
            name: 'clinic_cd',
            values: Array.from({ length: 501 }, (_, i) => ({ value: `v${i}`, label: 'L' })),
          },
        ],
      }).field,
    ).toBe('columns.0.values');
    expect(
      refused({ columns: Array.from({ length: 2001 }, () => ({ table: 'visits', name: 'visit_dt' })) }).field,
    ).toBe('columns');
    expect(refused({ columns: [{ table: 'visits', name: 'visit_dt', role: 'METRIC' }] }).field).toBe(
      'columns.0.role',
    );
  });
});
