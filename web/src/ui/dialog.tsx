import { useEffect, useId, useRef, type ReactNode } from 'react';

/** A modal dialog: labelled, traps the initial focus, closes on Escape and on the backdrop. */
export function Dialog({
  title,
  onClose,
  children,
  wide,
}: {
  title: string;
  onClose: () => void;
  children: ReactNode;
  wide?: boolean;
}) {
  const id = useId();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const previous = document.activeElement as HTMLElement | null;
    ref.current?.querySelector<HTMLElement>('input, select, textarea, button')?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
      previous?.focus?.();
    };
  }, [onClose]);
  return (
    <div className="dialog-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div
        ref={ref}
        className="card dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={id}
        style={wide ? { width: 'min(860px, 100%)' } : undefined}
      >
        <div className="row">
          <h2 id={id}>{title}</h2>
          <span className="spacer" />
          <button className="btn btn-ghost icon-btn" aria-label="Close" onClick={onClose}>
            ✕
          </button>
        </div>
        {children}
      </div>
    </div>
  );
}
