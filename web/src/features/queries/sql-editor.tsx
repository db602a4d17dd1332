// CodeMirror 6 SQL editor: highlighting, schema autocomplete (DataSource.tables), Mod-Enter to run,
// and an underline at the position the engine reported. Collaborative editing plugs in through
// `extensions` (the canvas passes yCollab), so this module never loads Yjs.
import {
  autocompletion,
  closeBrackets,
  closeBracketsKeymap,
  completionKeymap,
} from '@codemirror/autocomplete';
import { PostgreSQL, sql } from '@codemirror/lang-sql';
import { bracketMatching, HighlightStyle, indentOnInput, syntaxHighlighting } from '@codemirror/language';
import { Compartment, EditorState, Prec, StateEffect, StateField, type Extension } from '@codemirror/state';
import {
  Decoration,
  drawSelection,
  dropCursor,
  EditorView,
  highlightActiveLine,
  highlightActiveLineGutter,
  highlightSpecialChars,
  keymap,
  lineNumbers,
  placeholder as placeholderExt,
  type DecorationSet,
} from '@codemirror/view';
import { tags } from '@lezer/highlight';
import { useEffect, useRef } from 'react';
import { insertIntoEditor, SCHEMA_DRAG_TYPE } from './sql-insert';

export interface TableSchema {
  name: string;
  columns: { name: string; type: string }[];
}

interface Props {
  /** Initial text (for a shared document: its current text, which yCollab then keeps in sync). */
  initialValue?: string;
  onChange?: (text: string) => void;
  onRun?: () => void;
  tables?: readonly TableSchema[];
  /** Engine-reported 0-based offset to underline; null clears it. */
  errorPosition?: number | null;
  readOnly?: boolean;
  ariaLabel: string;
  extensions?: Extension[];
  minHeight?: number;
  placeholder?: string;
  onView?: (view: EditorView | null) => void;
}

const setErrorEffect = StateEffect.define<number | null>();
const errorField = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(deco, tr) {
    for (const effect of tr.effects) {
      if (!effect.is(setErrorEffect)) continue;
      if (effect.value === null) return Decoration.none;
      const doc = tr.state.doc;
      const from = Math.max(0, Math.min(effect.value, doc.length));
      const word = tr.state.wordAt(from);
      let start = from;
      const to = word && word.from <= from && word.to > from ? word.to : Math.min(doc.length, from + 1);
      if (word && word.from <= from && word.to > from) start = word.from;
      if (to <= start) {
        if (start === 0) return Decoration.none;
        start -= 1; // the error is at the very end: mark the last character
      }
      const mark = Decoration.mark({
        class: 'cm-sql-error',
        attributes: { 'aria-invalid': 'true', title: 'The engine reported an error here' },
      });
      return Decoration.set([mark.range(start, to)]);
    }
    return tr.docChanged ? deco.map(tr.changes) : deco;
  },
  provide: (f) => EditorView.decorations.from(f),
});

const highlight = HighlightStyle.define([
  { tag: tags.keyword, color: 'var(--syntax-keyword)', fontWeight: '600' },
  { tag: [tags.string, tags.special(tags.string)], color: 'var(--syntax-string)' },
  { tag: [tags.number, tags.bool, tags.null], color: 'var(--syntax-number)' },
  { tag: [tags.lineComment, tags.blockComment], color: 'var(--syntax-comment)', fontStyle: 'italic' },
  { tag: [tags.typeName, tags.standard(tags.name)], color: 'var(--syntax-type)' },
  { tag: [tags.operator, tags.punctuation], color: 'var(--text-muted)' },
  { tag: tags.special(tags.name), color: 'var(--syntax-param)' },
]);

const theme = EditorView.theme({
  '&': { color: 'var(--text)', backgroundColor: 'var(--surface)', fontSize: '13px', height: '100%' },
  '.cm-scroller': {
    fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace',
    lineHeight: '1.55',
  },
  '.cm-content': { caretColor: 'var(--text)' },
  '.cm-gutters': { backgroundColor: 'var(--surface-2)', color: 'var(--text-faint)', border: 'none' },
  '.cm-activeLine': { backgroundColor: 'color-mix(in srgb, var(--accent) 6%, transparent)' },
  '.cm-activeLineGutter': { backgroundColor: 'var(--surface-3)' },
  '&.cm-focused .cm-cursor': { borderLeftColor: 'var(--text)' },
  '&.cm-focused .cm-selectionBackground, .cm-selectionBackground, ::selection': {
    backgroundColor: 'color-mix(in srgb, var(--accent) 28%, transparent) !important',
  },
  '.cm-tooltip': {
    backgroundColor: 'var(--surface)',
    border: '1px solid var(--border)',
    color: 'var(--text)',
  },
  '.cm-tooltip-autocomplete > ul > li[aria-selected]': {
    backgroundColor: 'var(--accent)',
    color: 'var(--accent-text)',
  },
  '.cm-sql-error': {
    textDecoration: 'underline wavy var(--danger)',
    textUnderlineOffset: '3px',
    backgroundColor: 'var(--danger-soft)',
  },
});

// The `codemirror` meta package installed is not CodeMirror 6 (see README), so the basic setup is
// assembled here from the @codemirror packages we have. Undo comes from Yjs on canvases.
function basicSetup(): Extension {
  return [
    lineNumbers(),
    highlightActiveLineGutter(),
    highlightSpecialChars(),
    drawSelection(),
    dropCursor(),
    EditorState.allowMultipleSelections.of(true),
    indentOnInput(),
    bracketMatching(),
    closeBrackets(),
    highlightActiveLine(),
    keymap.of([...closeBracketsKeymap, ...completionKeymap]),
  ];
}

const NO_EXTENSIONS: Extension[] = [];

// A table or column dragged from the schema browser lands where it is dropped, spaced like a click.
const schemaDrop = EditorView.domEventHandlers({
  drop(event, view) {
    const text = event.dataTransfer?.getData(SCHEMA_DRAG_TYPE);
    if (!text || view.state.readOnly) return false;
    event.preventDefault();
    const pos = view.posAtCoords({ x: event.clientX, y: event.clientY }) ?? view.state.doc.length;
    insertIntoEditor(view, text, pos);
    view.focus();
    return true;
  },
});

function schemaOf(tables: readonly TableSchema[] | undefined): Record<string, string[]> {
  const schema: Record<string, string[]> = {};
  for (const t of tables ?? []) schema[t.name] = t.columns.map((c) => c.name);
  return schema;
}

export function SqlEditor({
  initialValue = '',
  onChange,
  onRun,
  tables,
  errorPosition = null,
  readOnly = false,
  ariaLabel,
  extensions = NO_EXTENSIONS,
  minHeight = 120,
  placeholder,
  onView,
}: Props) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const callbacks = useRef({ onChange, onRun, onView });
  callbacks.current = { onChange, onRun, onView };
  const language = useRef(new Compartment());
  const editable = useRef(new Compartment());

  useEffect(() => {
    const run = () => {
      callbacks.current.onRun?.();
      return true;
    };
    const state = EditorState.create({
      doc: initialValue,
      extensions: [
        basicSetup(),
        Prec.highest(keymap.of([{ key: 'Mod-Enter', run, preventDefault: true }])),
        language.current.of(sql({ dialect: PostgreSQL, schema: schemaOf(tables), upperCaseKeywords: true })),
        autocompletion({ activateOnTyping: true }),
        syntaxHighlighting(highlight),
        theme,
        errorField,
        schemaDrop,
        editable.current.of([EditorState.readOnly.of(readOnly), EditorView.editable.of(!readOnly)]),
        EditorView.contentAttributes.of({ 'aria-label': ariaLabel, 'aria-multiline': 'true' }),
        EditorView.updateListener.of((u) => {
          if (u.docChanged) callbacks.current.onChange?.(u.state.doc.toString());
        }),
        placeholder ? placeholderExt(placeholder) : [],
        ...extensions,
      ],
    });
    const v = new EditorView({ state, parent: host.current! });
    view.current = v;
    callbacks.current.onView?.(v);
    return () => {
      callbacks.current.onView?.(null);
      v.destroy();
      view.current = null;
    };
    // The editor is created once per binding; later prop changes go through compartments.
  }, [extensions]);

  useEffect(() => {
    view.current?.dispatch({
      effects: language.current.reconfigure(
        sql({ dialect: PostgreSQL, schema: schemaOf(tables), upperCaseKeywords: true }),
      ),
    });
  }, [tables]);

  useEffect(() => {
    view.current?.dispatch({
      effects: editable.current.reconfigure([
        EditorState.readOnly.of(readOnly),
        EditorView.editable.of(!readOnly),
      ]),
    });
  }, [readOnly]);

  useEffect(() => {
    const v = view.current;
    if (!v) return;
    v.dispatch({ effects: setErrorEffect.of(errorPosition) });
    if (errorPosition !== null)
      v.dispatch({
        effects: EditorView.scrollIntoView(Math.min(errorPosition, v.state.doc.length), { y: 'center' }),
      });
  }, [errorPosition]);

  return (
    <div ref={host} className="sql-editor" style={{ minHeight, height: '100%' }} data-testid="sql-editor" />
  );
}
