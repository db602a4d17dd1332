// What a TEXT block edits with while its editor's code (CodeMirror, its own chunk: blocks/editors.ts)
// is still loading: a plain textarea writing into the same Y.Text, so keys typed into a block added
// or selected in the first moments of an open are kept. The editor takes over where the caret was.
import { useRef, type MutableRefObject } from 'react';
import type * as Y from 'yjs';

/** The selector that finds a TEXT block's editor, whichever is mounted. */
export const TEXT_EDITOR_SELECTOR = '.cm-content, .markdown-stand-in';

/** Turns `ytext` from `before` into `after` with one delete and one insert (the changed middle). */
export function applyTextEdit(ytext: Y.Text, before: string, after: string): void {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let end = 0;
  while (
    end < before.length - start &&
    end < after.length - start &&
    before[before.length - 1 - end] === after[after.length - 1 - end]
  )
    end++;
  const removed = before.length - start - end;
  const inserted = after.slice(start, after.length - end);
  const apply = () => {
    if (removed > 0) ytext.delete(start, removed);
    if (inserted) ytext.insert(start, inserted);
  };
  if (ytext.doc) ytext.doc.transact(apply);
  else apply();
}

export function MarkdownStandIn({
  ytext,
  source,
  caret,
}: {
  ytext: Y.Text;
  source: string;
  /** Where the caret is while this has the focus (null otherwise): the editor starts there. */
  caret: MutableRefObject<number | null>;
}) {
  const area = useRef<HTMLTextAreaElement>(null);
  const track = () => {
    const el = area.current;
    caret.current = el && document.activeElement === el ? el.selectionStart : null;
  };
  return (
    <textarea
      ref={area}
      className="markdown-editor markdown-stand-in"
      aria-label="Markdown text"
      placeholder="# Heading, **bold**, {{sql_block.column}}"
      value={source}
      rows={3}
      onChange={(event) => {
        applyTextEdit(ytext, ytext.toString(), event.target.value);
        track();
      }}
      onSelect={track}
      onFocus={track}
      onBlur={(event) => {
        // Not when the editor's arrival removes it: the editor takes the focus at the caret then.
        if (event.currentTarget.isConnected) caret.current = null;
      }}
    />
  );
}
