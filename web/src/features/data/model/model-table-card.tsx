import { useState } from 'react';
import { ChipsInput } from '../../../ui/chips-input';
import { AGGREGATIONS, ROLES, type EditableColumn, type EditableTable } from './model-edits';
import { ValueLabelsEditor } from './value-labels-editor';

const ROLE_LABEL = {
  DIMENSION: 'Dimension',
  MEASURE: 'Measure',
  TIME: 'Time',
  IDENTIFIER: 'Identifier',
} as const;

/** One table of the model: a row per column, details (description, synonyms, values) on demand. */
export function ModelTableCard({
  table,
  original,
  errors,
  onChange,
}: {
  table: EditableTable;
  original?: EditableTable;
  errors: Record<string, string>;
  onChange: (table: EditableTable) => void;
}) {
  const setColumn = (index: number, column: EditableColumn) =>
    onChange({ ...table, columns: table.columns.map((c, i) => (i === index ? column : c)) });
  return (
    <section className="card model-table" aria-labelledby={`model-${table.name}`}>
      <header>
        <h3 id={`model-${table.name}`}>{table.label || table.name}</h3>
        <span className="mono faint">{table.name}</span>
        <span className="spacer" />
        <span className="muted">{table.columns.length} columns</span>
      </header>
      <div style={{ overflowX: 'auto' }}>
        <table className="model-columns">
          <thead>
            <tr>
              <th scope="col" style={{ width: '20%' }}>
                Column
              </th>
              <th scope="col" style={{ width: '28%' }}>
                Label
              </th>
              <th scope="col" style={{ width: '17%' }}>
                Role
              </th>
              <th scope="col" style={{ width: '17%' }}>
                Aggregation
              </th>
              <th scope="col">
                <span className="sr-only">Details</span>
              </th>
            </tr>
          </thead>
          {table.columns.map((column, index) => (
            <ColumnRows
              key={column.name}
              table={table.name}
              column={column}
              changed={
                JSON.stringify(column) !==
                JSON.stringify(original?.columns.find((c) => c.name === column.name))
              }
              errors={errors}
              onChange={(next) => setColumn(index, next)}
            />
          ))}
        </table>
      </div>
    </section>
  );
}

function ColumnRows({
  table,
  column,
  changed,
  errors,
  onChange,
}: {
  table: string;
  column: EditableColumn;
  changed: boolean;
  errors: Record<string, string>;
  onChange: (column: EditableColumn) => void;
}) {
  const [open, setOpen] = useState(false);
  const key = `${table}.${column.name}`;
  const id = `col-${table}-${column.name}`;
  const labelError = errors[`${key}.label`];
  const detailErrors = Object.keys(errors).some(
    (k) => k.startsWith(`${key}.values`) || k === `${key}.description` || k === `${key}.synonyms`,
  );
  const set = <K extends keyof EditableColumn>(field: K, value: EditableColumn[K]) =>
    onChange({ ...column, [field]: value });
  const aggregations =
    column.aggregation && !AGGREGATIONS.includes(column.aggregation)
      ? [column.aggregation, ...AGGREGATIONS]
      : AGGREGATIONS;
  const summary = [
    column.synonyms.length
      ? `${column.synonyms.length} synonym${column.synonyms.length === 1 ? '' : 's'}`
      : '',
    column.values.length ? `${column.values.length} value label${column.values.length === 1 ? '' : 's'}` : '',
  ]
    .filter(Boolean)
    .join(' · ');
  return (
    <tbody>
      <tr className={changed ? 'changed' : undefined}>
        <td className="mono" style={{ paddingTop: 10 }}>
          {column.name}
        </td>
        <td>
          <input
            aria-label={`Label of ${column.name}`}
            value={column.label}
            maxLength={120}
            aria-invalid={labelError ? true : undefined}
            aria-describedby={labelError ? `${id}-label-error` : undefined}
            onChange={(e) => set('label', e.target.value)}
          />
          {labelError ? (
            <span id={`${id}-label-error`} className="field-error">
              {labelError}
            </span>
          ) : null}
        </td>
        <td>
          <select
            aria-label={`Role of ${column.name}`}
            value={column.role}
            onChange={(e) => set('role', e.target.value as EditableColumn['role'])}
          >
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {ROLE_LABEL[role]}
              </option>
            ))}
          </select>
        </td>
        <td>
          <select
            aria-label={`Aggregation of ${column.name}`}
            value={column.aggregation ?? ''}
            onChange={(e) => set('aggregation', e.target.value || null)}
          >
            <option value="">None</option>
            {aggregations.map((a) => (
              <option key={a} value={a}>
                {a}
              </option>
            ))}
          </select>
        </td>
        <td style={{ whiteSpace: 'nowrap' }}>
          <button
            type="button"
            className={`btn btn-sm ${detailErrors ? 'btn-danger' : 'btn-ghost'}`}
            aria-expanded={open}
            aria-controls={`${id}-details`}
            onClick={() => setOpen((o) => !o)}
          >
            {open ? '▾' : '▸'} Details{summary ? <span className="faint"> ({summary})</span> : null}
          </button>
        </td>
      </tr>
      {open ? (
        <tr id={`${id}-details`}>
          <td />
          <td colSpan={4}>
            <div className="column-details">
              <label>
                Description
                <textarea
                  rows={3}
                  maxLength={1000}
                  value={column.description ?? ''}
                  onChange={(e) => set('description', e.target.value)}
                />
              </label>
              <div style={{ display: 'grid', gap: 4, alignContent: 'start' }}>
                <span style={{ fontWeight: 500, fontSize: 13 }}>Synonyms</span>
                <ChipsInput
                  label={`Synonyms of ${column.name}`}
                  values={column.synonyms}
                  onChange={(s) => set('synonyms', s)}
                  placeholder="Type a word and press Enter"
                  max={30}
                />
              </div>
              <div style={{ gridColumn: '1 / -1' }}>
                <ValueLabelsEditor
                  id={id}
                  column={column.name}
                  values={column.values}
                  errors={errors}
                  errorPrefix={`${key}.values`}
                  onChange={(v) => set('values', v)}
                />
              </div>
            </div>
          </td>
        </tr>
      ) : null}
    </tbody>
  );
}
