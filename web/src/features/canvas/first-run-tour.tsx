// A first-run tour of the canvas editor: four short steps in a strip under the toolbar (it never
// covers the canvas), each outlining what it talks about. Skipped or finished, it stays dismissed
// for that user (localStorage, per user id).
import { useEffect, useState } from 'react';

interface Step {
  title: string;
  text: string;
  /** What to outline while the step shows. */
  target: string;
}

export const TOUR_STEPS: Step[] = [
  {
    title: 'Blocks',
    text: 'Each box is a block. A SQL block queries a data source; charts, tables and metrics show a SQL block’s result. Drag a block by its header, resize it from its corner.',
    target: '[data-block-type="SQL"] .block-header',
  },
  {
    title: 'Run',
    text: 'Edit the SQL and press Ctrl/⌘+Enter (or ▶ Run): everyone on the canvas sees the new result, and the blocks that read it follow.',
    target: '[data-block-type="SQL"] .btn-primary',
  },
  {
    title: 'Block actions',
    text: 'The ⋯ button on a block (or a right-click on its header) renames, duplicates, links to, comments on or deletes it. F2 renames the selected block.',
    target: '[data-block-type="SQL"] [aria-label="Block actions"]',
  },
  {
    title: 'Add and share',
    text: 'Add blocks from the toolbar; Share invites teammates, who edit with you live. Filters change every block that uses their {{parameter}}.',
    target: '[aria-label="Add block"]',
  },
];

const key = (userId: string) => `tessera.tour.${userId}`;

export function tourDismissed(userId: string): boolean {
  try {
    return localStorage.getItem(key(userId)) === 'done';
  } catch {
    return true;
  }
}

function dismiss(userId: string) {
  try {
    localStorage.setItem(key(userId), 'done');
  } catch {
    // storage unavailable: the tour shows again next time
  }
}

export function FirstRunTour({ userId, ready }: { userId: string | undefined; ready: boolean }) {
  const [step, setStep] = useState(0);
  const [open, setOpen] = useState(() => !!userId && !tourDismissed(userId));
  useEffect(() => {
    if (userId) setOpen(!tourDismissed(userId));
  }, [userId]);
  const current = TOUR_STEPS[step]!;
  const visible = open && ready && !!userId;
  useEffect(() => {
    if (!visible) return;
    let el: Element | null = null;
    // The blocks lay out after the first paint: outline the target once it is there.
    const id = setTimeout(() => {
      el = document.querySelector(current.target);
      el?.classList.add('tour-target');
    }, 150);
    return () => {
      clearTimeout(id);
      el?.classList.remove('tour-target');
    };
  }, [visible, current.target]);
  if (!visible) return null;
  const close = () => {
    dismiss(userId!);
    setOpen(false);
  };
  const last = step === TOUR_STEPS.length - 1;
  return (
    <section className="tour" aria-label="Canvas tour" aria-live="polite">
      <span className="tour-count">
        {step + 1} / {TOUR_STEPS.length}
      </span>
      <strong>{current.title}</strong>
      <span className="tour-text">{current.text}</span>
      <span className="spacer" />
      {step > 0 ? (
        <button className="btn btn-sm" onClick={() => setStep(step - 1)}>
          Back
        </button>
      ) : null}
      <button className="btn btn-sm btn-primary" onClick={() => (last ? close() : setStep(step + 1))}>
        {last ? 'Done' : 'Next'}
      </button>
      {!last ? (
        <button className="btn btn-sm btn-ghost" onClick={close}>
          Skip tour
        </button>
      ) : null}
    </section>
  );
}
