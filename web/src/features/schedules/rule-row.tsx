import type { ReactNode } from 'react';
import { useMutation } from 'urql';
import { errorInfo, type ErrorInfo } from '../../ui/errors';
import { DeleteRuleDocument, RunRuleNowDocument, SetRulePausedDocument } from './operations';

/**
 * Run now, pause/resume and delete of a schedule or an alert (the same three documents, `alert`
 * choosing the mutation), with the error of the last one and whether a run is under way.
 */
export function useRuleActions(kind: 'SCHEDULE' | 'ALERT') {
  const alert = kind === 'ALERT';
  const [paused, setPaused] = useMutation(SetRulePausedDocument);
  const [run, runNow] = useMutation(RunRuleNowDocument);
  const [removed, remove] = useMutation(DeleteRuleDocument);
  return {
    error: errorInfo(paused.error ?? run.error ?? removed.error),
    running: run.fetching,
    runNow: (id: string) => runNow({ id, alert }),
    setPaused: (id: string, value: boolean) => setPaused({ id, paused: value, alert }),
    remove: (id: string) => remove({ id, alert }),
  };
}

/** One line per destination kind and target: "email team@example.com, webhook https://…". */
export const destinationsText = (destinations: readonly { kind: string; target: string }[]) =>
  destinations.map((d) => `${d.kind.toLowerCase()} ${d.target}`).join(', ');

/** The list of a canvas's schedules or alerts, with the error of the last action on one of them. */
export function RuleList({
  label,
  error,
  children,
}: {
  label: string;
  error: ErrorInfo | null;
  children: ReactNode;
}) {
  return (
    <>
      {error ? (
        <div className="alert" role="alert">
          {error.message}
        </div>
      ) : null}
      <ul className="rule-list" aria-label={label}>
        {children}
      </ul>
    </>
  );
}

/**
 * A schedule or an alert: what it is, how it runs, its state; run it now, pause or resume, delete
 * (after a confirmation). Each action resolves before `onChanged` refreshes the list.
 */
export function RuleRow({
  title,
  details,
  status,
  paused,
  runLabel,
  running,
  deleteLabel,
  deleteConfirm,
  onRun,
  onTogglePause,
  onDelete,
  onChanged,
}: {
  title: ReactNode;
  details: ReactNode;
  status: ReactNode;
  paused: boolean;
  runLabel: string;
  running: boolean;
  deleteLabel: string;
  deleteConfirm: string;
  onRun: () => Promise<unknown>;
  onTogglePause: () => Promise<unknown>;
  onDelete: () => Promise<unknown>;
  onChanged: () => void;
}) {
  const then = (action: () => Promise<unknown>) => async () => {
    await action();
    onChanged();
  };
  return (
    <li className="rule-item card">
      <div className="rule-main">
        <strong>{title}</strong>
        <span className="muted">{details}</span>
        <span className="faint">{status}</span>
      </div>
      <div className="row rule-actions">
        <button className="btn btn-sm" disabled={running} onClick={then(onRun)}>
          {runLabel}
        </button>
        <button className="btn btn-sm" aria-pressed={paused} onClick={then(onTogglePause)}>
          {paused ? 'Resume' : 'Pause'}
        </button>
        <button
          className="btn btn-sm btn-ghost"
          aria-label={deleteLabel}
          onClick={async () => {
            if (!window.confirm(deleteConfirm)) return;
            await then(onDelete)();
          }}
        >
          Delete
        </button>
      </div>
    </li>
  );
}
