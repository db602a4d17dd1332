import { describe, expect, it } from 'vitest';
import { errorKeyFromServer, isIsoDate, modelChanges, modelErrors, type EditableModel } from './model-edits';

const model = (): EditableModel => ({
  asOf: '2024-06-30',
  tables: [
    {
      name: 'orders',
      label: 'Orders',
      columns: [
        {
          name: 'total',
          label: 'Total',
          role: 'MEASURE',
          aggregation: 'sum',
          description: null,
          synonyms: ['revenue'],
          values: [],
        },
        {
          name: 'status',
          label: 'Status',
          role: 'DIMENSION',
          aggregation: null,
          description: null,
          synonyms: [],
          values: [{ value: 'C', label: 'Completed' }],
        },
      ],
    },
    {
      name: 'customers',
      label: 'Customers',
      columns: [
        {
          name: 'id',
          label: 'Id',
          role: 'IDENTIFIER',
          aggregation: null,
          description: null,
          synonyms: [],
          values: [],
        },
      ],
    },
  ],
  relationships: [
    { fromTable: 'orders', fromColumn: 'customer_id', toTable: 'customers', toColumn: 'id', inferred: true },
  ],
});

describe('modelChanges', () => {
  it('is null when nothing changed, including whitespace-only edits', () => {
    const edited = model();
    edited.tables[0]!.columns[0]!.label = ' Total ';
    edited.tables[0]!.columns[0]!.synonyms = ['revenue', ' '];
    expect(modelChanges('s1', model(), edited)).toBeNull();
  });

  it('sends only the changed columns with only their changed fields', () => {
    const edited = model();
    edited.tables[0]!.columns[1]!.label = 'Order status';
    edited.tables[0]!.columns[1]!.values.push({ value: 'X', label: 'Cancelled' });
    expect(modelChanges('s1', model(), edited)).toEqual({
      dataSourceId: 's1',
      columns: [
        {
          table: 'orders',
          name: 'status',
          label: 'Order status',
          values: [
            { value: 'C', label: 'Completed' },
            { value: 'X', label: 'Cancelled' },
          ],
        },
      ],
    });
  });

  it('sends the whole relationships list when one is removed or added, without the inferred flag', () => {
    const removed = model();
    removed.relationships = [];
    expect(modelChanges('s1', model(), removed)).toEqual({ dataSourceId: 's1', relationships: [] });
    const added = model();
    added.relationships.push({
      fromTable: 'orders',
      fromColumn: 'status',
      toTable: 'customers',
      toColumn: 'id',
      inferred: false,
    });
    expect(modelChanges('s1', model(), added)?.relationships).toEqual([
      { fromTable: 'orders', fromColumn: 'customer_id', toTable: 'customers', toColumn: 'id' },
      { fromTable: 'orders', fromColumn: 'status', toTable: 'customers', toColumn: 'id' },
    ]);
  });

  it('sends asOf when it changed and clears it when emptied', () => {
    const edited = model();
    edited.asOf = '2024-07-01';
    expect(modelChanges('s1', model(), edited)).toEqual({ dataSourceId: 's1', asOf: '2024-07-01' });
    edited.asOf = '';
    expect(modelChanges('s1', model(), edited)).toEqual({ dataSourceId: 's1', asOf: null });
  });

  it('clears a description or aggregation emptied by the user', () => {
    const edited = model();
    edited.tables[0]!.columns[0]!.aggregation = '';
    expect(modelChanges('s1', model(), edited)?.columns).toEqual([
      { table: 'orders', name: 'total', aggregation: null },
    ]);
  });
});

describe('modelErrors', () => {
  it('names the column field that is wrong', () => {
    const edited = model();
    edited.asOf = '2024-02-30';
    edited.tables[0]!.columns[0]!.label = ' ';
    edited.tables[0]!.columns[1]!.values.push(
      { value: 'C', label: 'Again' },
      { value: '', label: 'No value' },
    );
    edited.relationships.push({ ...edited.relationships[0]!, inferred: false });
    expect(modelErrors(edited)).toEqual({
      asOf: 'Use a date like 2024-12-31',
      'orders.total.label': 'Label is required',
      'orders.status.values.1': 'C is listed twice',
      'orders.status.values.2': 'Value is required',
      relationships: 'A relationship is listed twice',
    });
    expect(modelErrors(model())).toEqual({});
  });

  it('checks calendar dates', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('29/02/2024')).toBe(false);
  });

  it('maps server fields onto editor keys', () => {
    expect(errorKeyFromServer('columns.orders.total.label')).toBe('orders.total.label');
    expect(errorKeyFromServer('relationships.2.toColumn')).toBe('relationships');
    expect(errorKeyFromServer('asOf')).toBe('asOf');
  });
});
