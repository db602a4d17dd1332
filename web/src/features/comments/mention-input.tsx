// The comment box with @mention autocomplete: typing "@" and a few letters lists the canvas's
// organization members; Enter/Tab or a click inserts the member as a chip ("@Name" drawn as a pill
// by a layer under the transparent textarea). The value handed to the parent is the markup the
// comments service reads, `@[Name](userId)`; the person typing never sees it. Backspace right after
// a chip removes the whole chip; Ctrl/Cmd+Enter sends.
import { useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useQuery } from 'urql';
import { mentionRanges, toDisplay, toMarkup, type ChosenMention } from './mention-text';
import { MentionCandidatesDocument } from './operations';
import './comments.css';

/** The "@word" being typed right before the caret, if any. */
export function mentionAt(text: string, caret: number): { start: number; query: string } | null {
  const match = /(^|\s)@([\p{L}\p{N}._-]{0,30})$/u.exec(text.slice(0, caret));
  return match ? { start: caret - match[2]!.length - 1, query: match[2]!.toLowerCase() } : null;
}

/** The organization's active members, for mentions and "Assign to". */
export function useMembers(canvasId: string): ChosenMention[] {
  const [{ data }] = useQuery({ query: MentionCandidatesDocument, variables: { canvasId } });
  return useMemo(
    () =>
      (data?.canvas?.project.organization.members ?? []).flatMap((m) =>
        m.status === 'ACTIVE' && m.user ? [{ id: m.user.id, name: m.user.name }] : [],
      ),
    [data],
  );
}

export function MentionInput({
  canvasId,
  value,
  onChange,
  placeholder,
  label = 'New comment',
  onSubmit,
  autoFocus,
  maxLength = 10_000,
}: {
  canvasId: string;
  /** The markup (`@[Name](id)` for mentions). */
  value: string;
  onChange: (value: string) => void;
  placeholder: string;
  label?: string;
  onSubmit?: () => void;
  autoFocus?: boolean;
  maxLength?: number;
}) {
  const members = useMembers(canvasId);
  const ref = useRef<HTMLTextAreaElement>(null);
  const layer = useRef<HTMLDivElement>(null);
  const [state, setState] = useState(() => toDisplay(value));
  const emitted = useRef(value);
  const [caret, setCaret] = useState(0);
  const [active, setActive] = useState(0);
  // Escape closes the list for the "@" being typed (by its position).
  const [dismissed, setDismissed] = useState<number | null>(null);
  // The parent replaced the value (sent, or cleared): show it.
  if (value !== emitted.current) {
    emitted.current = value;
    const next = toDisplay(value);
    if (next.text !== state.text) setState(next);
  }
  const { text, chosen } = state;
  const update = (nextText: string, nextChosen: ChosenMention[] = chosen) => {
    const kept = nextChosen.filter((c) => mentionRanges(nextText, [c]).length > 0);
    setState({ text: nextText, chosen: kept });
    const markup = toMarkup(nextText, kept);
    emitted.current = markup;
    onChange(markup);
  };

  const mention = mentionAt(text, caret);
  const matches =
    mention && mention.start !== dismissed
      ? members.filter((m) => m.name.toLowerCase().includes(mention.query)).slice(0, 6)
      : [];

  // The caret is placed as soon as React has written the new text (a layout effect), not a frame
  // later: a key typed right after choosing a mention must land after the chip, not before it.
  const pendingCaret = useRef<number | null>(null);
  useLayoutEffect(() => {
    if (pendingCaret.current === null) return;
    ref.current?.setSelectionRange(pendingCaret.current, pendingCaret.current);
    pendingCaret.current = null;
  });
  const moveCaret = (position: number) => {
    setCaret(position);
    pendingCaret.current = position;
  };

  const insert = (candidate: ChosenMention) => {
    if (!mention) return;
    const chip = `@${candidate.name} `;
    update(text.slice(0, mention.start) + chip + text.slice(caret), [
      ...chosen.filter((c) => c.id !== candidate.id),
      candidate,
    ]);
    moveCaret(mention.start + chip.length);
  };

  const ranges = mentionRanges(text, chosen);
  const drawn: ReactNode[] = [];
  let last = 0;
  for (const r of ranges) {
    drawn.push(text.slice(last, r.start));
    drawn.push(
      <mark key={r.start} className="mention-chip">
        {text.slice(r.start, r.end)}
      </mark>,
    );
    last = r.end;
  }
  // A trailing newline needs a character after it to take its height in the layer.
  drawn.push(text.slice(last) + '\u200b');

  return (
    <div className="mention-input">
      <div className="mention-field mention-layer" ref={layer} aria-hidden="true">
        {drawn}
      </div>
      <textarea
        ref={ref}
        className="mention-field"
        aria-label={label}
        aria-autocomplete="list"
        aria-expanded={matches.length > 0}
        rows={3}
        value={text}
        maxLength={maxLength}
        placeholder={placeholder}
        autoFocus={autoFocus}
        onChange={(e) => {
          update(e.target.value);
          setCaret(e.target.selectionStart);
          setActive(0);
        }}
        onSelect={(e) => setCaret(e.currentTarget.selectionStart)}
        onScroll={(e) => {
          if (layer.current) layer.current.scrollTop = e.currentTarget.scrollTop;
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey) && onSubmit) {
            e.preventDefault();
            onSubmit();
            return;
          }
          const input = e.currentTarget;
          if (e.key === 'Backspace' && matches.length === 0 && input.selectionStart === input.selectionEnd) {
            const at = input.selectionStart;
            const chip = ranges.find((r) => r.end === at);
            if (chip) {
              e.preventDefault();
              update(text.slice(0, chip.start) + text.slice(chip.end));
              moveCaret(chip.start);
              return;
            }
          }
          if (matches.length === 0) return;
          if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
            e.preventDefault();
            setActive((i) => (i + (e.key === 'ArrowDown' ? 1 : matches.length - 1)) % matches.length);
          } else if (e.key === 'Enter' || e.key === 'Tab') {
            e.preventDefault();
            insert(matches[active] ?? matches[0]!);
          } else if (e.key === 'Escape') {
            e.preventDefault();
            setDismissed(mention?.start ?? null);
          }
        }}
      />
      {matches.length > 0 ? (
        <ul role="listbox" aria-label="Mention a member" className="card mention-list">
          {matches.map((m, i) => (
            <li key={m.id} role="option" aria-selected={i === active}>
              <button
                type="button"
                tabIndex={-1}
                className={`btn btn-sm btn-ghost${i === active ? ' active' : ''}`}
                onMouseDown={(e) => {
                  e.preventDefault();
                  insert(m);
                }}
              >
                @{m.name}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
