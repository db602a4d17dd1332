// The schema drawer beside a canvas SQL block: a toggle in the block's toolbar (and Ctrl/⌘+Shift+E
// anywhere in the block) opens the data source's tables and columns in a panel next to the block
// (floating, so it has room however small the block is); a click, Enter or a drop inserts into
// this block's editor, and the edit reaches everyone through Yjs.
import type { EditorView } from '@codemirror/view';
import {
  useCallback,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import { createPortal } from 'react-dom';
import { SchemaPanel } from '../../queries/schema-panel';
import { isSchemaShortcut, SCHEMA_SHORTCUT } from '../../queries/schema-search';
import { insertIntoEditor } from '../../queries/sql-insert';
import { useSourceSchema } from '../../queries/use-schema';
import { placeDrawer, type Placement } from './anchored-position';
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
      aria-label="Schema"
      title={`Schema: tables and columns (${SCHEMA_SHORTCUT.label})`}
      onClick={drawer.toggle}
    >
      ☰<span className="toolbar-label"> Schema</span>
    </button>
  );
}

/** Wraps the block's content: catches the shortcut and anchors the drawer to the block. */
export function SchemaDrawerFrame({
  drawer,
  dataSourceId,
  enabled,
  children,
}: {
  drawer: SchemaDrawerState;
  dataSourceId: string | null;
  enabled: boolean;
  children: ReactNode;
}) {
  const frame = useRef<HTMLDivElement>(null);
  const onKeyDown = (e: KeyboardEvent) => {
    if (!enabled || !isSchemaShortcut(e)) return;
    e.preventDefault();
    if (drawer.open) drawer.close();
    else drawer.toggle();
  };
  return (
    <div ref={frame} className="schema-frame" onKeyDown={onKeyDown}>
      {children}
      {drawer.open && enabled ? <Drawer drawer={drawer} dataSourceId={dataSourceId} anchor={frame} /> : null}
    </div>
  );
}

/** Follows the block while the canvas scrolls or the window resizes. */
function usePlacement(anchor: React.RefObject<HTMLElement | null>): Placement | null {
  const measureNow = useCallback((): Placement | null => {
    const el = anchor.current;
    if (!el) return null;
    const block = (el.closest('.block') ?? el).getBoundingClientRect();
    // Stay below the sticky canvas toolbar.
    const toolbar = document.querySelector('.canvas-toolbar')?.getBoundingClientRect().bottom ?? 0;
    return placeDrawer(block, { width: window.innerWidth, height: window.innerHeight }, toolbar + 8);
  }, [anchor]);
  // Measured during render (the block is already mounted) so the search box can take focus at once.
  const [placement, setPlacement] = useState<Placement | null>(measureNow);
  useLayoutEffect(() => {
    let frame = 0;
    const measure = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => setPlacement(measureNow()));
    };
    const observer = new ResizeObserver(measure);
    if (anchor.current) observer.observe(anchor.current.closest('.block') ?? anchor.current);
    window.addEventListener('scroll', measure, true);
    window.addEventListener('resize', measure);
    return () => {
      cancelAnimationFrame(frame);
      observer.disconnect();
      window.removeEventListener('scroll', measure, true);
      window.removeEventListener('resize', measure);
    };
  }, [anchor, measureNow]);
  return placement;
}

function Drawer({
  drawer,
  dataSourceId,
  anchor,
}: {
  drawer: SchemaDrawerState;
  dataSourceId: string | null;
  anchor: React.RefObject<HTMLElement | null>;
}) {
  const schema = useSourceSchema(dataSourceId);
  const placement = usePlacement(anchor);
  return createPortal(
    <aside
      className={`card schema-drawer side-${placement?.side ?? 'left'}`}
      aria-label="Schema"
      style={
        placement
          ? { left: placement.left, top: placement.top, width: placement.width, height: placement.height }
          : { visibility: 'hidden' }
      }
    >
      <SchemaPanel schema={schema} onInsert={drawer.insert} onClose={drawer.close} autoFocus />
    </aside>,
    document.body,
  );
}
