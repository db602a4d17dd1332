// A TEXT block's editor: CodeMirror bound to the block's Y.Text. Its own chunk (blocks/editors.ts):
// the canvas's code and first screen do not wait for CodeMirror.
import { EditorState } from '@codemirror/state';
import { EditorView, placeholder } from '@codemirror/view';
import { useLayoutEffect, useRef, type MutableRefObject } from 'react';
import { yCollab } from 'y-codemirror.next';
import * as Y from 'yjs';

export interface MarkdownEditorProps {
  ytext: Y.Text;
  awareness: Parameters<typeof yCollab>[1];
  /** Set when the stand-in (markdown-stand-in.tsx) had the focus: the editor takes it at that caret. */
  focusAt?: MutableRefObject<number | null>;
}

export default function MarkdownEditor({ ytext, awareness, focusAt }: MarkdownEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  // A layout effect: the editor exists as soon as the block is selected (its code is loaded by then:
  // blocks/editors.ts), so focus can move into it before the next key (a new text block loses no keystroke).
  useLayoutEffect(() => {
    const view = new EditorView({
      parent: host.current!,
      state: EditorState.create({
        doc: ytext.toString(),
        extensions: [
          yCollab(ytext, awareness, { undoManager: new Y.UndoManager(ytext) }),
          EditorView.lineWrapping,
          placeholder('# Heading, **bold**, {{sql_block.column}}'),
          EditorView.contentAttributes.of({ 'aria-label': 'Markdown text' }),
          EditorView.theme({
            '&': {
              backgroundColor: 'var(--surface-2)',
              color: 'var(--text)',
              fontSize: '13px',
              borderRadius: '6px',
            },
            '.cm-content': { caretColor: 'var(--text)', fontFamily: 'ui-monospace, monospace' },
          }),
        ],
      }),
    });
    const caret = focusAt?.current;
    if (focusAt && caret !== null && caret !== undefined) {
      focusAt.current = null;
      view.dispatch({ selection: { anchor: Math.min(caret, view.state.doc.length) } });
      view.focus();
    }
    return () => view.destroy();
  }, [ytext, awareness, focusAt]);
  return <div ref={host} className="markdown-editor" />;
}
