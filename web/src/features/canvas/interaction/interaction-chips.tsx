// The person's cross-filters as removable chips (click ×, or Backspace/Delete on a chip), and the
// per-person view actions: "Share my view" (editors: the person's FILTER values and cross-filters
// become everyone's) and "Reset to shared view".
import type { KeyboardEvent } from 'react';
import { useCanvas } from '../runtime';
import type { InteractionFilter } from './view-state';
import './interaction.css';

export function InteractionChips({ canShare }: { canShare: boolean }) {
  const { interactions, removeInteraction, personalView } = useCanvas();
  const changed = personalView ? Object.keys(personalView.changed).length : 0;
  const ownInteractions = personalView?.interactionsChanged ?? false;
  const personal = changed > 0 || interactions.length > 0 || ownInteractions;
  const onKey = (filter: InteractionFilter, index: number) => (e: KeyboardEvent<HTMLButtonElement>) => {
    if (e.key !== 'Backspace' && e.key !== 'Delete') return;
    e.preventDefault();
    const chips =
      e.currentTarget.parentElement?.parentElement?.querySelectorAll<HTMLButtonElement>('[data-chip-remove]');
    removeInteraction(filter);
    // Keep the keyboard in the chip row: the next chip (or the previous one) takes the focus.
    const next = chips?.[index + 1] ?? chips?.[index - 1];
    requestAnimationFrame(() => next?.focus());
  };
  if (!personal) return null;
  return (
    <div className="xf-bar" role="group" aria-label="Your view" data-testid="view-bar">
      {interactions.length ? (
        <ul className="xf-chips" aria-label="Cross-filters">
          {interactions.map((f, i) => (
            <li
              key={`${f.sourceBlockId}:${f.field}:${String(f.value)}`}
              className="xf-chip"
              data-testid="xf-chip"
            >
              <span>
                {f.field} = <strong>{String(f.value)}</strong>
              </span>
              <button
                type="button"
                className="xf-chip-remove"
                data-chip-remove
                aria-label={`Remove filter ${f.field} = ${String(f.value)}`}
                onClick={() => removeInteraction(f)}
                onKeyDown={onKey(f, i)}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {changed > 0 ? (
        <span className="badge" title="Filter values only you see">
          {changed} filter{changed > 1 ? 's' : ''} only in your view
        </span>
      ) : null}
      {ownInteractions ? (
        <span className="badge" title="Cross-filters only you see">
          cross-filters only in your view
        </span>
      ) : null}
      {canShare && (changed > 0 || ownInteractions) && personalView ? (
        <button type="button" className="btn btn-sm btn-primary" onClick={() => personalView.shareView()}>
          Share my view
        </button>
      ) : null}
      {personalView && (changed > 0 || ownInteractions) ? (
        <button type="button" className="btn btn-sm btn-ghost" onClick={() => personalView.resetView()}>
          Reset to shared view
        </button>
      ) : null}
    </div>
  );
}
