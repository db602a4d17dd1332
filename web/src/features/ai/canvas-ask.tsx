// The canvas assistant: "✦ Ask" in the canvas toolbar opens a panel that calls askCanvas. The
// blocks it adds arrive through the live document like anyone's edit; the panel shows what was
// done (Keep, or Undo to remove them), or the clarification with its options, and after a chosen
// option, "Save to glossary" so the term is grounded from then on.
import { useState, type FormEvent } from 'react';
import { useClient } from 'urql';
import { graphql } from '../../gql';
import { askCanvas, saveToGlossary, type CanvasAnswer, type Reading } from './ask-canvas';
import './ask-canvas.css';

const RemoveAddedBlock = graphql(`
  mutation RemoveAddedBlock($canvasId: ID!, $blockId: ID!) {
    removeBlock(canvasId: $canvasId, blockId: $blockId)
  }
`);

type Saved = { term: string; reading: Reading; state: 'offer' | 'saving' | 'saved' | string };

export function CanvasAskButton({
  canvasId,
  dataSources,
}: {
  canvasId: string;
  dataSources: readonly { id: string; name: string }[];
}) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        className="btn btn-sm"
        aria-expanded={open}
        onClick={() => setOpen((o) => !o)}
        title="Ask a question: the assistant adds SQL and a chart to the canvas"
      >
        <span aria-hidden="true">✦ </span>Ask AI
      </button>
      {open ? (
        <CanvasAskPanel canvasId={canvasId} dataSources={dataSources} onClose={() => setOpen(false)} />
      ) : null}
    </>
  );
}

function CanvasAskPanel({
  canvasId,
  dataSources,
  onClose,
}: {
  canvasId: string;
  dataSources: readonly { id: string; name: string }[];
  onClose: () => void;
}) {
  const client = useClient();
  const [chosenSource, setDataSourceId] = useState<string | null>(null);
  // The project's sources may arrive after the panel opened: the first one until one is chosen.
  const dataSourceId = chosenSource ?? dataSources[0]?.id ?? '';
  const [prompt, setPrompt] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [answer, setAnswer] = useState<CanvasAnswer | null>(null);
  const [conversationId, setConversationId] = useState<string | null>(null);
  const [saved, setSaved] = useState<Saved | null>(null);

  const ask = async (text: string, conversation: string | null) => {
    setBusy(true);
    setError(null);
    const result = await askCanvas(client, {
      canvasId,
      dataSourceId,
      prompt: text,
      conversationId: conversation,
    });
    setBusy(false);
    setError(result.error);
    setAnswer(result.answer);
    if (result.answer) setConversationId(result.answer.conversationId);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!prompt.trim() || busy) return;
    setSaved(null);
    // A new question starts a new conversation unless it answers the open clarification.
    void ask(prompt.trim(), answer?.clarification ? conversationId : null);
  };

  const choose = (option: string, index: number) => {
    const clarification = answer?.clarification;
    const reading = clarification?.readings?.[index] ?? null;
    setSaved(reading && clarification ? { term: clarification.term, reading, state: 'offer' } : null);
    void ask(option, conversationId);
  };

  const save = async () => {
    if (!saved) return;
    setSaved({ ...saved, state: 'saving' });
    const problem = await saveToGlossary(client, dataSourceId, saved.term, saved.reading);
    setSaved({ ...saved, state: problem ?? 'saved' });
  };

  const undo = async () => {
    for (const block of answer?.blocks ?? [])
      await client.mutation(RemoveAddedBlock, { canvasId, blockId: block.id }).toPromise();
    setAnswer(null);
  };

  const clarification = answer?.clarification;
  return (
    <section className="ask-canvas-panel" role="dialog" aria-label="Ask the canvas assistant">
      <div className="row">
        <h2>Ask about your data</h2>
        <span className="spacer" />
        <button className="btn btn-ghost icon-btn" aria-label="Close Ask" onClick={onClose}>
          ✕
        </button>
      </div>
      {dataSources.length === 0 ? (
        <p className="faint">This project has no data source yet: connect one to ask about it.</p>
      ) : (
        <form className="ask-canvas-form" onSubmit={submit} style={{ display: 'grid', gap: 8 }}>
          {dataSources.length > 1 ? (
            <select
              aria-label="Data source"
              value={dataSourceId}
              onChange={(e) => setDataSourceId(e.target.value)}
            >
              {dataSources.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          ) : null}
          <textarea
            aria-label="Question for the canvas"
            placeholder={'e.g. "revenue by month in 2025 as a chart and summarize it"'}
            value={prompt}
            onChange={(e) => setPrompt(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && !e.shiftKey) submit(e);
            }}
            autoFocus
          />
          <div className="row">
            <span className="faint">Adds an SQL block and a chart; ask for a summary to add text.</span>
            <span className="spacer" />
            <button className="btn btn-sm btn-primary" disabled={busy || !prompt.trim()}>
              {busy ? 'Thinking…' : 'Ask'}
            </button>
          </div>
        </form>
      )}
      {error ? (
        <div className="alert" role="alert">
          {error}
        </div>
      ) : null}
      {clarification ? (
        <div className="ask-canvas-result" data-testid="ask-clarification">
          <p>
            <strong>{clarification.question}</strong>
          </p>
          <div className="ask-canvas-options" role="group" aria-label="What it could mean">
            {clarification.options.map((option, index) =>
              index === clarification.options.length - 1 && /^Something else/.test(option) ? (
                <p key={option} className="faint">
                  {option}, or type what it means above.
                </p>
              ) : (
                <button
                  key={option}
                  className="btn btn-sm"
                  disabled={busy}
                  onClick={() => choose(option, index)}
                >
                  {option}
                </button>
              ),
            )}
          </div>
        </div>
      ) : answer ? (
        <div className="ask-canvas-result" data-testid="ask-answer" role="status">
          <p>{answer.explanation}</p>
          {answer.blocks.length > 0 ? (
            <div className="row">
              <span className="badge badge-success">
                {answer.blocks.length} block{answer.blocks.length > 1 ? 's' : ''} added
              </span>
              <span className="spacer" />
              <button className="btn btn-sm" onClick={() => void undo()}>
                Undo
              </button>
              <button className="btn btn-sm btn-primary" onClick={onClose}>
                Keep
              </button>
            </div>
          ) : null}
        </div>
      ) : null}
      {saved && !clarification && answer ? (
        <div className="row" data-testid="save-to-glossary">
          {saved.state === 'saved' ? (
            <span className="badge badge-success" role="status">
              Saved: “{saved.term}” now means {saved.reading.column} = {saved.reading.value}
            </span>
          ) : saved.state === 'offer' || saved.state === 'saving' ? (
            <>
              <span className="faint">Remember this meaning of “{saved.term}” for everyone?</span>
              <span className="spacer" />
              <button className="btn btn-sm" disabled={saved.state === 'saving'} onClick={() => void save()}>
                Save to glossary
              </button>
            </>
          ) : (
            <span className="alert" role="alert">
              {saved.state}
            </span>
          )}
        </div>
      ) : null}
    </section>
  );
}
