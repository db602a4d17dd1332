// Ask: a question in words → generateSql → the proposed SQL as a diff against the block's SQL,
// with the confidence; the user accepts (replaces the block's SQL and runs) or edits it first.
import { updateBlock, type BlockJson } from '@tessera/canvas-model';
import { unifiedMergeView } from '@codemirror/merge';
import { EditorState } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useClient } from 'urql';
import type * as Y from 'yjs';
import { useCanvasBase } from '../canvas/runtime';
import { available, generateSql, recordOutcome, type Proposal } from './generate-sql';

export function AskPanel({
  block,
  ytext,
  dataSourceId,
  onDone,
  onAccepted,
}: {
  block: BlockJson;
  ytext: Y.Text;
  dataSourceId: string;
  onDone: () => void;
  onAccepted: () => void;
}) {
  const client = useClient();
  const { doc } = useCanvasBase();
  const [prompt, setPrompt] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [proposal, setProposal] = useState<Proposal | null>(null);
  const edited = useRef<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!prompt.trim()) return;
    setBusy(true);
    setError(null);
    const result = await generateSql(client, { dataSourceId, prompt });
    setBusy(false);
    setError(result.error);
    setProposal(result.proposal);
    edited.current = result.proposal?.sql ?? null;
  };

  const accept = () => {
    const sql = edited.current ?? proposal?.sql;
    if (!sql) return;
    doc.transact(() => {
      ytext.delete(0, ytext.length);
      ytext.insert(0, sql);
      updateBlock(doc, block.id, {
        content: { prompt, suggestedChart: proposal?.chart ?? null, aiAccepted: true },
      });
    });
    if (proposal) void recordOutcome(client, proposal, sql);
    onDone();
    onAccepted();
  };

  return (
    <div className="ask-panel" role="region" aria-label="Ask in plain language">
      <form className="row" onSubmit={submit}>
        <input
          aria-label="Question"
          placeholder={'e.g. "revenue by month in 2025"'}
          value={prompt}
          onChange={(e) => setPrompt(e.target.value)}
          style={{ flex: 1 }}
          autoFocus
        />
        <button className="btn btn-sm btn-primary" disabled={busy || !prompt.trim()}>
          {busy ? 'Thinking…' : 'Generate SQL'}
        </button>
        <button type="button" className="btn btn-sm btn-ghost" onClick={onDone} aria-label="Close Ask">
          ✕
        </button>
      </form>
      {!available ? (
        <p className="faint" style={{ margin: 0 }}>
          The SQL assistant arrives with the AI service.
        </p>
      ) : null}
      {error ? (
        <div className="alert" role="alert">
          {error}
        </div>
      ) : null}
      {proposal ? (
        <div className="ask-review">
          <div className="row">
            <strong>Proposed SQL</strong>
            <span
              className={`badge ${proposal.confidence >= 0.7 ? 'badge-success' : proposal.confidence >= 0.4 ? 'badge-warning' : 'badge-danger'}`}
              data-testid="ai-confidence"
            >
              confidence {Math.round(proposal.confidence * 100)}%
            </span>
            <span className="spacer" />
            <button className="btn btn-sm" onClick={() => setProposal(null)}>
              Discard
            </button>
            <button className="btn btn-sm btn-primary" onClick={accept}>
              Accept & run
            </button>
          </div>
          <p className="muted" style={{ margin: 0 }}>
            {proposal.explanation}
          </p>
          <SqlDiff
            original={ytext.toString()}
            proposed={proposal.sql}
            onEdit={(sql) => (edited.current = sql)}
          />
        </div>
      ) : null}
    </div>
  );
}

/** The proposal, editable, with the block's current SQL shown as deletions (unified diff). */
function SqlDiff({
  original,
  proposed,
  onEdit,
}: {
  original: string;
  proposed: string;
  onEdit: (sql: string) => void;
}) {
  const host = useRef<HTMLDivElement>(null);
  const edit = useRef(onEdit);
  edit.current = onEdit;
  useEffect(() => {
    const view = new EditorView({
      parent: host.current!,
      state: EditorState.create({
        doc: proposed,
        extensions: [
          unifiedMergeView({ original, mergeControls: false, highlightChanges: true, gutter: true }),
          EditorView.updateListener.of((u) => u.docChanged && edit.current(u.state.doc.toString())),
          EditorView.contentAttributes.of({ 'aria-label': 'Proposed SQL (editable)' }),
          EditorView.theme({
            '&': { backgroundColor: 'var(--surface)', color: 'var(--text)', fontSize: '12.5px' },
            '.cm-scroller': { fontFamily: 'ui-monospace, monospace' },
          }),
        ],
      }),
    });
    return () => view.destroy();
  }, [original, proposed]);
  return <div ref={host} className="sql-diff" data-testid="sql-diff" />;
}
