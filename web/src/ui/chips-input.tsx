import { useId, useState, type KeyboardEvent } from 'react';
import './kit.css';

/**
 * A list of short strings as removable chips: Enter or comma adds what was typed, Backspace in an
 * empty input removes the last chip. Duplicates (case-insensitive) are ignored.
 */
export function ChipsInput({
  values,
  onChange,
  label,
  placeholder,
  max = 50,
  maxLength = 80,
  invalid,
  describedBy,
}: {
  values: string[];
  onChange: (values: string[]) => void;
  label: string;
  placeholder?: string;
  max?: number;
  maxLength?: number;
  invalid?: boolean;
  describedBy?: string;
}) {
  const [draft, setDraft] = useState('');
  const id = useId();
  const add = () => {
    const text = draft.trim().slice(0, maxLength);
    setDraft('');
    if (!text || values.length >= max || values.some((v) => v.toLowerCase() === text.toLowerCase())) return;
    onChange([...values, text]);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter' || event.key === ',') {
      event.preventDefault();
      add();
    } else if (event.key === 'Backspace' && !draft && values.length) {
      onChange(values.slice(0, -1));
    }
  };
  return (
    <div
      className={`chips-input${invalid ? ' invalid' : ''}`}
      onClick={() => document.getElementById(id)?.focus()}
    >
      {values.map((value, i) => (
        <span key={value} className="chip">
          {value}
          <button
            type="button"
            className="chip-remove"
            aria-label={`Remove ${value}`}
            onClick={() => onChange(values.filter((_, j) => j !== i))}
          >
            ✕
          </button>
        </span>
      ))}
      <input
        id={id}
        aria-label={label}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        value={draft}
        placeholder={values.length ? undefined : placeholder}
        maxLength={maxLength}
        onChange={(e) => setDraft(e.target.value)}
        onKeyDown={onKeyDown}
        onBlur={add}
      />
    </div>
  );
}
