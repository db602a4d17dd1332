// An SQL block's collaborative editor: CodeMirror bound to the block's Y.Text (remote cursors, undo).
// Its own chunk (sql-block.tsx loads it lazily): a canvas's first screen shows each statement as text,
// so CodeMirror no longer holds up the page's code, its live document or its first blocks.
import { EditorView } from '@codemirror/view';
import { useMemo } from 'react';
import { yCollab } from 'y-codemirror.next';
import * as Y from 'yjs';
import type { Awareness } from 'y-protocols/awareness';
import { SqlEditor, type TableSchema } from '../../queries/sql-editor';

export interface SqlBlockEditorProps {
  ytext: Y.Text;
  awareness: Awareness;
  readOnly: boolean;
  ariaLabel: string;
  tables: readonly TableSchema[];
  onRun(): void;
  errorPosition: number | null;
  onView(view: EditorView | null): void;
}

export default function SqlBlockEditor({ ytext, awareness, readOnly, ...editor }: SqlBlockEditorProps) {
  const extensions = useMemo(
    () => [
      yCollab(ytext, awareness, { undoManager: readOnly ? false : new Y.UndoManager(ytext) }),
      // Long lines wrap: a 300-character query never pushes the Run button and the result aside.
      EditorView.lineWrapping,
    ],
    [ytext, awareness, readOnly],
  );
  return (
    <SqlEditor
      initialValue={ytext.toString()}
      extensions={extensions}
      readOnly={readOnly}
      minHeight={60}
      placeholder="SELECT … (Ctrl/⌘+Enter runs)"
      {...editor}
    />
  );
}
