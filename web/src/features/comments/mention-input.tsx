// The comment box with @mention autocomplete: typing "@" and a few letters lists the canvas's
// organization members; Enter/Tab or a click inserts "@[Name](userId)", the markup the comments
// service turns into a notification for that member.
import { useMemo, useRef, useState } from 'react';
import { useQuery } from 'urql';
import { MentionCandidatesDocument } from './operations';

interface Candidate {
  id: string;
  name: string;
}

/** The "@word" being typed right before the caret, if any. */
export function mentionAt(text: string, caret: number): { start: number; query: string } | null {
  const match = /(^|\s)@([\p{L}\p{N}._-]{0,30})$/u.exec(text.slice(0, caret));
  return match ? { start: caret - match[2]!.length - 1, query: match[2]!.toLowerCase() } : null;
}

export function MentionInput({
  canvasId,
  value,
  onChange,
  placeholder,
}: {
  canvasId: string;
  value: string;
  onChange: (value: string) => void;
  placeholder: string;
}) {
  const [{ data }] = useQuery({ query: MentionCandidatesDocument, variables: { canvasId } });
  const ref = useRef<HTMLTextAreaElement>(null);
  const [caret, setCaret] = useState(0);
  const [active, setActive] = useState(0);
  const members: Candidate[] = useMemo(
    () =>
      (data?.canvas?.project.organization.members ?? []).flatMap((m) =>
        m.status === 'ACTIVE' && m.user ? [{ id: m.user.id, name: m.user.name }] : [],
      ),
    [data],
  );
  const mention = mentionAt(value, caret);
  const matches = mention
    ? members.filter((m) => m.name.toLowerCase().includes(mention.query)).slice(0, 6)
    : [];

  const insert = (candidate: Candidate) => {
    if (!mention) return;
    const markup = `@[${candidate.name}](${candidate.id}) `;
    const next = value.slice(0, mention.start) + markup + value.slice(caret);
    onChange(next);
    const position = mention.start + markup.length;
    setCaret(position);
    requestAnimationFrame(() => ref.current?.setSelectionRange(position, position));
  };

  return (
    <div style={{ position: 'relative' }}>
      <textarea
        ref={ref}
        aria-label="New comment"
        aria-autocomplete="list"
        aria-expanded={matches.length > 0}
        rows={3}
        value={value}
        placeholder={placeholder}
        onChange={(e) => {
          onChange(e.target.value);
          setCaret(e.target.selectionStart);
          setActive(0);
        }}
        onSelect={(e) => setCaret(e.currentTarget.selectionStart)}
        onKeyDown={(e) => {
          if (matches.length === 0) return;
          if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
            e.preventDefault();
            setActive((i) => (i + (e.key === 'ArrowDown' ? 1 : matches.length - 1)) % matches.length);
          } else if (e.key === 'Enter' || e.key === 'Tab') {
            e.preventDefault();
            insert(matches[active] ?? matches[0]!);
          }
        }}
        style={{ width: '100%' }}
      />
      {matches.length > 0 ? (
        <ul
          role="listbox"
          aria-label="Mention a member"
          className="card"
          style={{
            position: 'absolute',
            zIndex: 5,
            left: 0,
            right: 0,
            margin: 0,
            padding: 4,
            listStyle: 'none',
          }}
        >
          {matches.map((m, i) => (
            <li key={m.id} role="option" aria-selected={i === active}>
              <button
                type="button"
                className={`btn btn-sm btn-ghost`}
                style={{ width: '100%', justifyContent: 'flex-start', fontWeight: i === active ? 600 : 400 }}
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
