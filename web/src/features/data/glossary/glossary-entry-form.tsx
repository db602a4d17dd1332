import { useState } from 'react';
import { ChipsInput } from '../../../ui/chips-input';
import { glossaryErrors, type GlossaryDraft } from './glossary-entries';

/** Add or edit one glossary entry; checked before it is sent, server errors land on their field. */
export function GlossaryEntryForm({
  initial,
  others,
  tables,
  serverErrors,
  saving,
  onCancel,
  onSubmit,
}: {
  initial: GlossaryDraft;
  others: GlossaryDraft[];
  tables: { name: string; columns: string[] }[];
  serverErrors: Record<string, string>;
  saving: boolean;
  onCancel: () => void;
  onSubmit: (draft: GlossaryDraft) => void;
}) {
  const [draft, setDraft] = useState(initial);
  const [submitted, setSubmitted] = useState(false);
  const errors = { ...(submitted ? glossaryErrors(draft, others) : {}), ...serverErrors };
  const set = <K extends keyof GlossaryDraft>(field: K, value: GlossaryDraft[K]) =>
    setDraft((d) => ({ ...d, [field]: value }));
  const timeColumns = [
    ...new Set(
      (draft.tables.length ? tables.filter((t) => draft.tables.includes(t.name)) : tables).flatMap(
        (t) => t.columns,
      ),
    ),
  ];
  const error = (field: string) =>
    errors[field] ? (
      <span id={`glossary-${field}-error`} className="field-error">
        {errors[field]}
      </span>
    ) : null;
  const described = (field: string) =>
    errors[field] ? { 'aria-invalid': true as const, 'aria-describedby': `glossary-${field}-error` } : {};
  return (
    <form
      className="form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        setSubmitted(true);
        const found = glossaryErrors(draft, others);
        if (Object.keys(found).length) {
          document.getElementById(`glossary-${Object.keys(found)[0]}`)?.focus();
          return;
        }
        onSubmit(draft);
      }}
    >
      <div style={{ display: 'grid', gap: 4 }}>
        <span style={{ fontWeight: 500, fontSize: 13 }}>
          Terms <span className="help">— the first is the display name</span>
        </span>
        <ChipsInput
          label="Terms"
          values={draft.terms}
          onChange={(v) => set('terms', v)}
          placeholder="revenue, sales, turnover…"
          max={20}
          invalid={!!errors.terms}
          describedBy={errors.terms ? 'glossary-terms-error' : undefined}
        />
        {error('terms')}
      </div>
      <label>
        Definition
        <textarea
          id="glossary-definition"
          rows={2}
          maxLength={1000}
          value={draft.definition}
          onChange={(e) => set('definition', e.target.value)}
          {...described('definition')}
        />
        {error('definition')}
      </label>
      <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
        <legend style={{ fontWeight: 500, fontSize: 13, padding: 0, marginBottom: 4 }}>Kind</legend>
        <div className="row">
          <label className="check">
            <input
              type="radio"
              name="glossary-kind"
              checked={draft.kind === 'metric'}
              onChange={() => set('kind', 'metric')}
            />{' '}
            Metric
          </label>
          <label className="check">
            <input
              type="radio"
              name="glossary-kind"
              checked={draft.kind === 'timeGrain'}
              onChange={() => set('kind', 'timeGrain')}
            />{' '}
            Time grain
          </label>
        </div>
      </fieldset>
      <label>
        {draft.kind === 'metric' ? 'Expression (an aggregate)' : 'Expression'}
        <input
          id="glossary-expression"
          className="mono"
          maxLength={2000}
          placeholder={draft.kind === 'metric' ? 'SUM(total_amount)' : "date_trunc('quarter', order_date)"}
          value={draft.expression}
          onChange={(e) => set('expression', e.target.value)}
          {...described('expression')}
        />
        {error('expression')}
      </label>
      <label>
        <span>
          Filter <span className="help">(optional SQL condition)</span>
        </span>
        <input
          id="glossary-filter"
          className="mono"
          maxLength={2000}
          placeholder="status = 'completed'"
          value={draft.filter}
          onChange={(e) => set('filter', e.target.value)}
          {...described('filter')}
        />
        {error('filter')}
      </label>
      <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
        <legend style={{ fontWeight: 500, fontSize: 13, padding: 0, marginBottom: 4 }}>Tables</legend>
        {tables.length === 0 ? <span className="faint">The source has no tables yet.</span> : null}
        <div className="row" style={{ flexWrap: 'wrap', gap: 12 }}>
          {tables.map((t) => (
            <label key={t.name} className="check mono" style={{ fontWeight: 400 }}>
              <input
                type="checkbox"
                checked={draft.tables.includes(t.name)}
                onChange={(e) =>
                  set(
                    'tables',
                    e.target.checked ? [...draft.tables, t.name] : draft.tables.filter((n) => n !== t.name),
                  )
                }
              />
              {t.name}
            </label>
          ))}
        </div>
        {error('tables')}
      </fieldset>
      <label>
        <span>
          Time column <span className="help">(optional)</span>
        </span>
        <input
          id="glossary-timeColumn"
          className="mono"
          list="glossary-time-columns"
          maxLength={256}
          value={draft.timeColumn}
          onChange={(e) => set('timeColumn', e.target.value)}
          {...described('timeColumn')}
        />
        <datalist id="glossary-time-columns">
          {timeColumns.map((c) => (
            <option key={c} value={c} />
          ))}
        </datalist>
        {error('timeColumn')}
      </label>
      <div className="dialog-actions">
        <button type="button" className="btn btn-ghost" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="btn btn-primary" disabled={saving}>
          {saving ? 'Saving…' : 'Save entry'}
        </button>
      </div>
    </form>
  );
}
