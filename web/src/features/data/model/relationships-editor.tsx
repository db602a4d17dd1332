import { useState } from 'react';
import { relationshipKey, type EditableRelationship, type EditableTable } from './model-edits';

const EMPTY = { fromTable: '', fromColumn: '', toTable: '', toColumn: '' };

/** The relationships as a list: remove any, add one by picking two table columns. */
export function RelationshipsEditor({
  tables,
  relationships,
  error,
  onChange,
}: {
  tables: EditableTable[];
  relationships: EditableRelationship[];
  error?: string;
  onChange: (list: EditableRelationship[]) => void;
}) {
  const [draft, setDraft] = useState(EMPTY);
  const columnsOf = (table: string) => tables.find((t) => t.name === table)?.columns.map((c) => c.name) ?? [];
  const complete = draft.fromTable && draft.fromColumn && draft.toTable && draft.toColumn;
  const duplicate = complete && relationships.some((r) => relationshipKey(r) === relationshipKey(draft));
  const self = complete && draft.fromTable === draft.toTable && draft.fromColumn === draft.toColumn;
  const add = () => {
    if (!complete || duplicate || self) return;
    onChange([...relationships, { ...draft, inferred: false }]);
    setDraft(EMPTY);
  };
  const select = (field: keyof typeof EMPTY, label: string, options: string[]) => (
    <label>
      {label}
      <select
        value={draft[field]}
        onChange={(e) => {
          const value = e.target.value;
          setDraft((d) => ({
            ...d,
            [field]: value,
            ...(field === 'fromTable' ? { fromColumn: '' } : field === 'toTable' ? { toColumn: '' } : {}),
          }));
        }}
        disabled={(field === 'fromColumn' && !draft.fromTable) || (field === 'toColumn' && !draft.toTable)}
      >
        <option value="">Choose…</option>
        {options.map((o) => (
          <option key={o}>{o}</option>
        ))}
      </select>
    </label>
  );
  const tableNames = tables.map((t) => t.name);
  return (
    <div style={{ display: 'grid', gap: 12 }}>
      {relationships.length ? (
        <ul
          className="rel-list"
          aria-label="Relationships"
          style={{ listStyle: 'none', margin: 0, padding: 0 }}
        >
          {relationships.map((r) => (
            <li key={relationshipKey(r)} className="rel-row">
              <span className="mono">
                {r.fromTable}.{r.fromColumn}
              </span>
              <span aria-label="joins" className="faint">
                →
              </span>
              <span className="mono">
                {r.toTable}.{r.toColumn}
              </span>
              {r.inferred ? (
                <span className="badge">inferred</span>
              ) : (
                <span className="badge badge-accent">added</span>
              )}
              <button
                type="button"
                className="btn btn-ghost btn-sm"
                aria-label={`Remove relationship ${r.fromTable}.${r.fromColumn} to ${r.toTable}.${r.toColumn}`}
                onClick={() => onChange(relationships.filter((x) => x !== r))}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {error ? (
        <span className="field-error" role="alert">
          {error}
        </span>
      ) : null}
      <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
        <legend style={{ fontWeight: 500, fontSize: 13, padding: 0, marginBottom: 6 }}>
          Add a relationship
        </legend>
        <div className="rel-add">
          {select('fromTable', 'From table', tableNames)}
          {select('fromColumn', 'Column', columnsOf(draft.fromTable))}
          {select('toTable', 'To table', tableNames)}
          {select('toColumn', 'Column', columnsOf(draft.toTable))}
          <button type="button" className="btn" disabled={!complete || !!duplicate || !!self} onClick={add}>
            Add
          </button>
        </div>
        {duplicate ? <span className="field-error">This relationship is already listed.</span> : null}
        {self ? <span className="field-error">A column cannot join itself.</span> : null}
      </fieldset>
    </div>
  );
}
