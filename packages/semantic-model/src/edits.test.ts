import { describe, expect, it } from 'vitest';
import { applyEdits, mergeEdits } from './edits.ts';
import type { ModelColumn, SemanticModel } from './types.ts';

function column(name: string, overrides: Partial<ModelColumn> = {}): ModelColumn {
  return {
    name,
    label: name,
    role: 'DIMENSION',
    aggregation: null,
    description: null,
    synonyms: [],
    values: [],
    ...overrides,
  };
}

function inferred(): SemanticModel {
  return {
    asOf: '2025-03-31',
    tables: [
      {
        name: 'payroll',
        label: 'Payroll',
        description: null,
        columns: [
          column('emp_id', { role: 'IDENTIFIER' }),
          column('gross_amt', { role: 'MEASURE', aggregation: 'sum' }),
        ],
      },
      {
        name: 'employees',
        label: 'Employees',
        description: null,
        columns: [column('id', { role: 'IDENTIFIER' }), column('grade')],
      },
    ],
    relationships: [
      { fromTable: 'payroll', fromColumn: 'emp_id', toTable: 'employees', toColumn: 'id', inferred: true },
    ],
  };
}

describe('applyEdits', () => {
  it('replaces only the fields an edit gives, and leaves the inference untouched', () => {
    const before = inferred();
    const model = applyEdits(before, {
      columns: [
        {
          table: 'payroll',
          name: 'gross_amt',
          label: 'Gross pay',
          synonyms: ['salary'],
          aggregation: 'avg',
          description: 'Before tax',
        },
      ],
    });
    expect(model.tables[0]?.columns[1]).toEqual(
      column('gross_amt', {
        label: 'Gross pay',
        role: 'MEASURE',
        aggregation: 'avg',
        description: 'Before tax',
        synonyms: ['salary'],
      }),
    );
    expect(model.tables[1]).toEqual(before.tables[1]);
    expect(before).toEqual(inferred());
  });

  it('merges later edits to the same column over earlier ones', () => {
    const model = applyEdits(inferred(), {
      columns: [
        { table: 'employees', name: 'grade', label: 'Pay grade', values: [{ value: 'A', label: 'Senior' }] },
        { table: 'employees', name: 'grade', values: [{ value: 'A', label: 'Principal' }] },
      ],
    });
    expect(model.tables[1]?.columns[1]).toMatchObject({
      label: 'Pay grade',
      values: [{ value: 'A', label: 'Principal' }],
    });
  });

  it('may clear a nullable field with null', () => {
    const model = applyEdits(inferred(), {
      columns: [{ table: 'payroll', name: 'gross_amt', aggregation: null, role: 'DIMENSION' }],
    });
    expect(model.tables[0]?.columns[1]).toMatchObject({ role: 'DIMENSION', aggregation: null });
  });

  it('drops edits naming tables, columns or relationship ends that no longer exist', () => {
    const model = applyEdits(inferred(), {
      columns: [
        { table: 'payroll', name: 'bonus', label: 'Bonus' },
        { table: 'contractors', name: 'id', label: 'X' },
      ],
      relationships: [
        { fromTable: 'payroll', fromColumn: 'emp_id', toTable: 'employees', toColumn: 'id' },
        { fromTable: 'payroll', fromColumn: 'emp_id', toTable: 'contractors', toColumn: 'id' },
      ],
    });
    expect(model.tables).toEqual(inferred().tables);
    expect(model.relationships).toEqual([
      { fromTable: 'payroll', fromColumn: 'emp_id', toTable: 'employees', toColumn: 'id', inferred: false },
    ]);
  });

  it('replaces the relationships when given (even with none), keeps the inferred ones when null or absent', () => {
    expect(applyEdits(inferred(), { relationships: [] }).relationships).toEqual([]);
    expect(applyEdits(inferred(), { relationships: null }).relationships).toEqual(inferred().relationships);
    expect(applyEdits(inferred(), {}).relationships).toEqual(inferred().relationships);
  });

  it('sets asOf when given, keeps the inferred one for null or absent', () => {
    expect(applyEdits(inferred(), { asOf: '2025-01-01' }).asOf).toBe('2025-01-01');
    expect(applyEdits(inferred(), { asOf: null }).asOf).toBe('2025-03-31');
    expect(applyEdits(inferred(), {}).asOf).toBe('2025-03-31');
  });
});

describe('mergeEdits', () => {
  it('merges column edits field by field, newer over older, first appearance keeping its place', () => {
    const merged = mergeEdits(
      {
        asOf: '2025-01-01',
        columns: [
          { table: 'payroll', name: 'gross_amt', label: 'Gross', synonyms: ['pay'] },
          { table: 'employees', name: 'grade', label: 'Grade' },
        ],
      },
      {
        columns: [
          { table: 'payroll', name: 'gross_amt', synonyms: ['salary'] },
          { table: 'employees', name: 'id', label: 'Employee' },
        ],
      },
    );
    expect(merged).toEqual({
      asOf: '2025-01-01',
      columns: [
        { table: 'payroll', name: 'gross_amt', label: 'Gross', synonyms: ['salary'] },
        { table: 'employees', name: 'grade', label: 'Grade' },
        { table: 'employees', name: 'id', label: 'Employee' },
      ],
    });
  });

  it('lets null in the newer edits reset asOf and relationships to the inferred ones', () => {
    const older = {
      asOf: '2025-01-01',
      relationships: [{ fromTable: 'a', fromColumn: 'b', toTable: 'c', toColumn: 'd' }],
    };
    expect(mergeEdits(older, { asOf: null, relationships: null })).toEqual({
      asOf: null,
      relationships: null,
    });
    expect(mergeEdits(older, {})).toEqual(older);
    expect(applyEdits(inferred(), mergeEdits(older, { asOf: null, relationships: null }))).toEqual(
      inferred(),
    );
  });

  it('applying merged edits equals applying them one after the other', () => {
    const first = {
      columns: [{ table: 'employees', name: 'grade', label: 'Pay grade', synonyms: ['band'] }],
    };
    const second = {
      columns: [{ table: 'employees', name: 'grade', synonyms: ['level'] }],
      asOf: '2025-02-28',
    };
    expect(applyEdits(inferred(), mergeEdits(first, second))).toEqual(
      applyEdits(applyEdits(inferred(), first), second),
    );
  });
});
