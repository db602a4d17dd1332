// The schema drawer beside a canvas SQL block: a toggle in the block's toolbar (and Ctrl/⌘+Shift+E
// anywhere in the block) opens the data source's tables and columns next to the editor; a click,
// Enter or a drop inserts into this block's editor, so the edit reaches everyone through Yjs.
import type { EditorView } from '@codemirror/view';
import { useCallback, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { SchemaPanel } from '../../queries/schema-panel';
import { isSchemaShortcut, SCHEMA_SHORTCUT } from '../../queries/schema-search';
import { insertIntoEditor } from '../../queries/sql-editor';
import { useSourceSchema } from '../../queries/use-schema';
import './schema-drawer.css';

export interface SchemaDrawerState {
  open: boolean;
  toggle(): void;
  close(): void;
  /** Pass to the block's SqlEditor `onView`. */
  onView(view: EditorView | null): void;
  insert(text: string): void;
}

export function useSchemaDrawer(): SchemaDrawerState {
  const [open, setOpen] = useState(false);
  const view = useRef<EditorView | null>(null);
  const onView = useCallback((v: EditorView | null) => {
    view.current = v;
  }, []);
  return useMemo(
    () => ({
      open,
      toggle: () => setOpen((o) => !o),
      close: () => {
        setOpen(false);
        view.current?.focus();
      },
      onView,
      insert: (text: string) => {
        if (view.current) insertIntoEditor(view.current, text);
      },
    }),
    [open, onView],
  );
}

export function SchemaToggle({ drawer }: { drawer: SchemaDrawerState }) {
  return (
    <button
      type="button"
      className={`btn btn-sm${drawer.open ? ' btn-pressed' : ''}`}
      aria-expanded={drawer.open}
      aria-keyshortcuts={SCHEMA_SHORTCUT.aria}
      title={`Schema: tables and columns (${SCHEMA_SHORTCUT.label})`}
      onClick={drawer.toggle}
    >
      ☰ Schema
    </button>
  );
}

/** The block's content, with the drawer beside it (over it when the block is narrow). */
export function SchemaDrawerFrame({ drawer, dataSourceId, enabled, children }: { drawer: SchemaDrawerState; dataSourceId: string | null; enabled: boolean; children: ReactNode }) {
  const onKeyDown = (e: KeyboardEvent) => {
    if (!enabled || !isSchemaShortcut(e)) return;
    e.preventDefault();
    if (drawer.open) drawer.close();
    else drawer.toggle();
  };
  return (
    <div className="schema-frame" onKeyDown={onKeyDown}>
      <div className={`schema-frame-grid${drawer.open && enabled ? ' open' : ''}`}>
        {drawer.open && enabled ? <Drawer drawer={drawer} dataSourceId={dataSourceId} /> : null}
        {children}
      </div>
    </div>
  );
}

function Drawer({ drawer, dataSourceId }: { drawer: SchemaDrawerState; dataSourceId: string | null }) {
  const schema = useSourceSchema(dataSourceId);
  return (
    <aside className="schema-drawer" aria-label="Schema">
      <SchemaPanel schema={schema} onInsert={drawer.insert} onClose={drawer.close} autoFocus />
    </aside>
  );
}
