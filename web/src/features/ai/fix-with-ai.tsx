// "Fix with AI" under a failed run's error: asks fixSql for a corrected statement, shows the
// explanation and the change as a diff, and Apply (replace the SQL and run it) or Dismiss.
import { unifiedMergeView } from '@codemirror/merge';
import { EditorState } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useClient } from 'urql';
import { fixSql, recordFixOutcome, type SqlFix } from './fix-sql';
import './fix-with-ai.css';

type Phase =
  | { kind: 'idle' }
  | { kind: 'loading' }
  | { kind: 'failed'; message: string }
  | { kind: 'ready'; fix: SqlFix };

export function FixWithAi({
  dataSourceId,
  sql,
  error,
  onApply,
}: {
  dataSourceId: string;
  /** The statement that failed. */
  sql: string;
  /** Its error message. */
  error: string;
  /** Replaces the SQL with the fix and runs it. */
  onApply: (sql: string) => void;
}) {
  const client = useClient();
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const trigger = useRef<HTMLButtonElement>(null);
  const live = useRef(true);
  useEffect(() => {
    live.current = true;
    return () => {
      live.current = false;
    };
  }, []);

  const ask = async () => {
    setPhase({ kind: 'loading' });
    const result = await fixSql(client, { dataSourceId, sql, error });
    if (!live.current) return;
    if (result.fix) setPhase({ kind: 'ready', fix: result.fix });
    else setPhase({ kind: 'failed', message: result.error ?? 'No fix found.' });
  };
  const dismiss = () => {
    if (phase.kind === 'ready' && phase.fix.sql) void recordFixOutcome(client, phase.fix, 'REJECTED');
    setPhase({ kind: 'idle' });
    requestAnimationFrame(() => trigger.current?.focus());
  };
  const apply = (fix: SqlFix) => {
    void recordFixOutcome(client, fix, 'ACCEPTED');
    setPhase({ kind: 'idle' });
    onApply(fix.sql);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    dismiss();
  };

  const loading = phase.kind === 'loading';
  return (
    <div className="fix-ai">
      {phase.kind !== 'ready' ? (
        <div className="row" style={{ gap: 8 }}>
          <button
            ref={trigger}
            type="button"
            className="btn btn-sm"
            onClick={() => void ask()}
            disabled={loading}
            aria-busy={loading}
          >
            <span aria-hidden="true">✦ </span>Fix with AI
          </button>
          {loading ? (
            <span className="muted" role="status">
              <span className="spinner" aria-hidden="true" /> Looking for a fix…
            </span>
          ) : phase.kind === 'failed' ? (
            <span className="fix-ai-failed" role="alert">
              {phase.message}
            </span>
          ) : null}
        </div>
      ) : (
        <div
          className="fix-ai-review"
          role="region"
          aria-label="Suggested fix"
          onKeyDown={onKeyDown}
          data-testid="fix-with-ai"
        >
          <p style={{ margin: 0 }}>{phase.fix.explanation}</p>
          {phase.fix.sql ? <SqlFixDiff original={sql} fixed={phase.fix.sql} /> : null}
          <div className="row" style={{ gap: 8 }}>
            <span className="spacer" />
            <button type="button" className="btn btn-sm" onClick={dismiss}>
              Dismiss
            </button>
            {phase.fix.sql ? (
              <button
                type="button"
                className="btn btn-sm btn-primary"
                onClick={() => apply(phase.fix)}
                autoFocus
              >
                Apply
              </button>
            ) : null}
          </div>
        </div>
      )}
    </div>
  );
}

/** The corrected statement, read-only, with the failed one shown as deletions. */
function SqlFixDiff({ original, fixed }: { original: string; fixed: string }) {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const view = new EditorView({
      parent: host.current!,
      state: EditorState.create({
        doc: fixed,
        extensions: [
          unifiedMergeView({ original, mergeControls: false, highlightChanges: true, gutter: true }),
          EditorState.readOnly.of(true),
          EditorView.lineWrapping,
          EditorView.contentAttributes.of({ 'aria-label': 'Corrected SQL' }),
          EditorView.theme({
            '&': { backgroundColor: 'var(--surface)', color: 'var(--text)', fontSize: '12.5px' },
            '.cm-scroller': { fontFamily: 'ui-monospace, monospace' },
          }),
        ],
      }),
    });
    return () => view.destroy();
  }, [original, fixed]);
  return <div ref={host} className="fix-ai-diff" data-testid="fix-diff" />;
}
