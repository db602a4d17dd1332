// The canvas grid: blocks placed on 12 columns, moved and resized with the pointer (header drag,
// corner handle) or the keyboard (arrows move, Shift+arrows resize, F2 renames, Ctrl+D duplicates,
// Delete removes with an undo). A drag in progress is presence; only the drop writes `position`
// [SPEC D4]. Blocks grow to fit their content up to a limit, then their body scrolls.
import {
  addBlock,
  duplicateOf,
  moveBlock,
  removeBlock,
  type BlockJson,
  type Position,
} from '@tessera/canvas-model';
import {
  memo,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type PointerEvent,
} from 'react';
import { useAutoGrow } from './auto-grow';
import { BlockHeader, type BlockActions } from './block-header';
import { BlockBody, blockTitle } from './blocks/block-body';
import { canvasHeight, clampPosition, pushDown, toGridDelta, toPixels } from './layout';
import { BlockSelectedContext, useCanvas } from './runtime';
import { TEXT_EDITOR_SELECTOR } from './blocks/markdown-stand-in';
import { usePresence, type PresenceState } from './use-canvas-doc';
import { useLatest } from './stable';
import { FollowController } from './follow/follow-controller';
import { useFollowing } from './follow/follow-store';
import { PointerLayer, usePointerPublisher } from './follow/pointer-layer';
import './follow/follow.css';

/** The address of a block: the canvas URL with `#block-<id>` (the canvas scrolls to it). */
export function blockLink(canvasId: string, blockId: string): string {
  return `${location.origin}/canvas/${canvasId}#block-${blockId}`;
}

function useWidth(ref: React.RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const element = ref.current!;
    // Measured before the first paint: the blocks render in the grid's own pass instead of a frame
    // later, when the observer first reports (the grid has no padding or border: its box is its content).
    setWidth(Math.floor(element.getBoundingClientRect().width));
    const observer = new ResizeObserver(([entry]) => setWidth(Math.floor(entry!.contentRect.width)));
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}

interface Gesture {
  id: string;
  mode: 'move' | 'resize';
  startX: number;
  startY: number;
  origin: Position;
  position: Position;
}

export function CanvasGrid({
  blocks,
  announce,
}: {
  blocks: BlockJson[];
  announce: (message: string) => void;
}) {
  const { canvasId, doc, awareness, readOnly, selectedBlockId, selectBlock } = useCanvas();
  const container = useRef<HTMLDivElement>(null);
  const width = useWidth(container);
  const presence = usePresence(awareness);
  const following = useFollowing(awareness);
  const pointer = usePointerPublisher(awareness, width);
  const [gesture, setGesture] = useState<Gesture | null>(null);
  const gestureRef = useRef<Gesture | null>(null);
  const [renamingId, setRenaming] = useState<string | null>(null);
  const [deleted, setDeleted] = useState<BlockJson | null>(null);
  useEffect(() => {
    if (!deleted) return;
    const id = setTimeout(() => setDeleted(null), 10_000);
    return () => clearTimeout(id);
  }, [deleted]);
  useScrollToLinkedBlock(blocks.length > 0 && width > 0, selectBlock);

  const commit = (id: string, position: Position) => {
    const next = clampPosition(position);
    const placed = blocks.map((b) => ({ id: b.id, position: b.id === id ? next : b.position }));
    doc.transact(() => {
      moveBlock(doc, id, next);
      for (const [other, p] of pushDown(placed, id)) moveBlock(doc, other, p);
    });
    return next;
  };

  const focusBlock = (id: string) =>
    requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-block-id="${id}"]`)?.focus());
  const actionsFor = (block: BlockJson): BlockActions => ({
    rename: () => setRenaming(block.id),
    duplicate() {
      // Right below the original, the blocks under it pushed down (canvas-model R31).
      const copy = duplicateOf(block, blocks);
      const position = clampPosition({ ...block.position, y: block.position.y + block.position.h });
      let id = '';
      doc.transact(() => {
        id = addBlock(doc, { type: copy.type, position, content: copy.content });
        const placed = [...blocks, { id, position }].map((b) => ({ id: b.id, position: b.position }));
        for (const [other, p] of pushDown(placed, id)) moveBlock(doc, other, p);
      });
      selectBlock(id);
      announce(`Duplicated as ${String(copy.content.title)}`);
      focusBlock(id);
    },
    remove() {
      removeBlock(doc, block.id);
      setDeleted(block);
      announce(`${blockTitle(block)} deleted`);
    },
    copyLink() {
      void navigator.clipboard
        ?.writeText(blockLink(canvasId, block.id))
        .then(() => announce('Link copied'))
        .catch(() => announce('Could not copy the link'));
    },
  });
  const undoDelete = () => {
    if (!deleted) return;
    addBlock(doc, deleted);
    setDeleted(null);
    announce(`${blockTitle(deleted)} restored`);
    focusBlock(deleted.id);
  };

  const begin = (event: PointerEvent, block: BlockJson, mode: Gesture['mode']) => {
    if (readOnly || event.button !== 0) return;
    event.preventDefault();
    (event.currentTarget as HTMLElement).setPointerCapture(event.pointerId);
    const g = {
      id: block.id,
      mode,
      startX: event.clientX,
      startY: event.clientY,
      origin: block.position,
      position: block.position,
    };
    gestureRef.current = g;
    setGesture(g);
    selectBlock(block.id);
  };
  const move = (event: PointerEvent) => {
    const g = gestureRef.current;
    if (!g) return;
    const d = toGridDelta(event.clientX - g.startX, event.clientY - g.startY, width);
    const o = g.origin;
    const position = clampPosition(
      g.mode === 'move' ? { ...o, x: o.x + d.dx, y: o.y + d.dy } : { ...o, w: o.w + d.dx, h: o.h + d.dy },
    );
    if (
      position.x === g.position.x &&
      position.y === g.position.y &&
      position.w === g.position.w &&
      position.h === g.position.h
    )
      return;
    const next = { ...g, position };
    gestureRef.current = next;
    setGesture(next);
    awareness.setLocalStateField('drag', { blockId: g.id, position });
  };
  const end = () => {
    const g = gestureRef.current;
    if (!g) return;
    gestureRef.current = null;
    setGesture(null);
    awareness.setLocalStateField('drag', null);
    const o = g.origin;
    const p = g.position;
    if (o.x !== p.x || o.y !== p.y || o.w !== p.w || o.h !== p.h) commit(g.id, p);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLElement>, block: BlockJson) => {
    if (event.target !== event.currentTarget || readOnly) return;
    if (block.type === 'TEXT' && event.key.length === 1 && !event.ctrlKey && !event.metaKey) {
      // Typing on a text block writes into it: its editor takes the key (nothing is lost).
      const editor = event.currentTarget.querySelector<HTMLElement>(TEXT_EDITOR_SELECTOR);
      if (editor) {
        editor.focus();
        return;
      }
    }
    const step: Record<string, [number, number]> = {
      ArrowLeft: [-1, 0],
      ArrowRight: [1, 0],
      ArrowUp: [0, -1],
      ArrowDown: [0, 1],
    };
    const delta = step[event.key];
    const p = block.position;
    if (delta) {
      event.preventDefault();
      const next = commit(
        block.id,
        event.shiftKey
          ? { ...p, w: p.w + delta[0], h: p.h + delta[1] }
          : { ...p, x: p.x + delta[0], y: p.y + delta[1] },
      );
      announce(
        event.shiftKey
          ? `Resized to ${next.w} by ${next.h}`
          : `Moved to column ${next.x + 1}, row ${next.y + 1}`,
      );
    } else if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      actionsFor(block).remove();
    } else if (event.key === 'F2') {
      event.preventDefault();
      setRenaming(block.id);
    } else if (event.key.toLowerCase() === 'd' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      actionsFor(block).duplicate();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      (
        event.currentTarget.querySelector(
          '.cm-content, input, select, textarea, button:not(.block-handle)',
        ) as HTMLElement | null
      )?.focus();
    } else if (event.key === 'Escape') selectBlock(null);
  };

  // The blocks get handlers of stable identity that call the committed render's functions (so a
  // memoised block is not re-rendered by a new closure, and never calls an old one).
  const latest = useLatest<LatestHandlers>({
    begin,
    move,
    end,
    onKeyDown,
    actionsFor,
    selectBlock,
    setRenaming,
    focusBlock,
  });
  const handlers = useMemo<GridHandlers>(
    () => ({
      begin: (event, block, mode) => latest.current.begin(event, block, mode),
      move: (event) => latest.current.move(event),
      end: () => latest.current.end(),
      keyDown: (event, block) => latest.current.onKeyDown(event, block),
      action: (block, action) => latest.current.actionsFor(block)[action](),
      select: (id) => latest.current.selectBlock(id),
      renamed(id) {
        latest.current.setRenaming(null);
        latest.current.focusBlock(id);
      },
    }),
    [latest],
  );

  const remoteDrags = presence.filter((s) => s.drag && blocks.some((b) => b.id === s.drag!.blockId));
  const height = Math.max(
    canvasHeight(
      blocks.map((b) => ({ id: b.id, position: gesture?.id === b.id ? gesture.position : b.position })),
    ),
    400,
  );

  return (
    <div
      ref={container}
      className="canvas-grid"
      style={{ height }}
      onPointerDown={(e) => e.target === e.currentTarget && selectBlock(null)}
      onPointerMove={pointer.onPointerMove}
      onPointerLeave={pointer.onPointerLeave}
    >
      <FollowController awareness={awareness} gridRef={container} presence={presence} />
      {width > 0 &&
        blocks.map((block) => {
          const others = presence.filter((s) => s.selection?.blockIds?.includes(block.id));
          return (
            <GridBlock
              key={block.id}
              block={block}
              position={gesture?.id === block.id ? gesture.position : block.position}
              width={width}
              readOnly={readOnly}
              selected={selectedBlockId === block.id}
              dragging={gesture?.id === block.id}
              renaming={renamingId === block.id}
              others={others}
              othersKey={others.map((o) => `${o.clientId}:${o.user.name}:${o.user.color}`).join('|')}
              followedClientId={
                others.some((s) => s.clientId === following?.clientId) ? following!.clientId : null
              }
              handlers={handlers}
            />
          );
        })}
      {width > 0 &&
        remoteDrags.map((s) => {
          const rect = toPixels(s.drag!.position, width);
          return (
            <div
              key={s.clientId}
              className="drag-ghost"
              data-testid="remote-drag"
              style={{
                transform: `translate(${rect.left}px, ${rect.top}px)`,
                width: rect.width,
                height: rect.height,
                borderColor: s.user.color,
              }}
            >
              <span style={{ background: s.user.color }}>{s.user.name} is moving</span>
            </div>
          );
        })}
      <PointerLayer presence={presence} width={width} />
      {deleted ? (
        <div className="canvas-toast" role="status">
          <span>
            Deleted <strong>{blockTitle(deleted)}</strong>
          </span>
          <button className="btn btn-sm" onClick={undoDelete}>
            Undo
          </button>
        </div>
      ) : null}
    </div>
  );
}

interface LatestHandlers {
  begin(event: PointerEvent, block: BlockJson, mode: Gesture['mode']): void;
  move(event: PointerEvent): void;
  end(): void;
  onKeyDown(event: KeyboardEvent<HTMLElement>, block: BlockJson): void;
  actionsFor(block: BlockJson): BlockActions;
  selectBlock(id: string | null): void;
  setRenaming(id: string | null): void;
  focusBlock(id: string): void;
}

/** The grid's handlers as a block calls them (one object for the grid's lifetime). */
interface GridHandlers {
  begin(event: PointerEvent, block: BlockJson, mode: Gesture['mode']): void;
  move(event: PointerEvent): void;
  end(): void;
  keyDown(event: KeyboardEvent<HTMLElement>, block: BlockJson): void;
  action(block: BlockJson, action: keyof BlockActions): void;
  select(id: string | null): void;
  renamed(id: string): void;
}

interface GridBlockProps {
  block: BlockJson;
  position: Position;
  width: number;
  readOnly: boolean;
  selected: boolean;
  dragging: boolean;
  renaming: boolean;
  /** Other people who selected this block. */
  others: PresenceState[];
  /** Who `others` are (name, colour), compared instead of the array (presence builds new ones). */
  othersKey: string;
  followedClientId: number | null;
  handlers: GridHandlers;
}

const sameGridBlock = (a: GridBlockProps, b: GridBlockProps) =>
  a.block === b.block &&
  a.position === b.position &&
  a.width === b.width &&
  a.readOnly === b.readOnly &&
  a.selected === b.selected &&
  a.dragging === b.dragging &&
  a.renaming === b.renaming &&
  a.othersKey === b.othersKey &&
  a.followedClientId === b.followedClientId &&
  a.handlers === b.handlers;

/**
 * One block on the grid, re-rendered only when its own inputs change (its block, place, selection,
 * the people on it, the viewer's permissions, the grid's width): a change to another block, to
 * presence elsewhere or to the selection of another block leaves it as it is.
 */
const GridBlock = memo(function GridBlock({
  block,
  position,
  width,
  readOnly,
  selected,
  dragging,
  renaming,
  others,
  followedClientId,
  handlers,
}: GridBlockProps) {
  const rect = toPixels(position, width);
  const followed = others.find((s) => s.clientId === followedClientId);
  const current = useRef(block);
  current.current = block;
  const actions = useMemo<BlockActions>(
    () => ({
      rename: () => handlers.action(current.current, 'rename'),
      duplicate: () => handlers.action(current.current, 'duplicate'),
      remove: () => handlers.action(current.current, 'remove'),
      copyLink: () => handlers.action(current.current, 'copyLink'),
    }),
    [handlers],
  );
  const gestureHandlers = useMemo(
    () => ({ onPointerMove: handlers.move, onPointerUp: handlers.end, onPointerCancel: handlers.end }),
    [handlers],
  );
  return (
    <section
      className={`block${selected ? ' selected' : ''}${dragging ? ' dragging' : ''}${others.length ? ' remote-selected' : ''}${followed ? ' follow-target' : ''}`}
      style={{
        transform: `translate(${rect.left}px, ${rect.top}px)`,
        width: rect.width,
        height: rect.height,
        ...(others[0] ? { outlineColor: (followed ?? others[0]).user.color } : {}),
      }}
      tabIndex={0}
      role="group"
      aria-roledescription={`${block.type.toLowerCase()} block`}
      aria-label={`${blockTitle(block)}. ${readOnly ? '' : 'Arrow keys move, Shift+arrows resize.'}`}
      id={`block-${block.id}`}
      data-block-id={block.id}
      data-block-type={block.type}
      data-x={position.x}
      data-y={position.y}
      onKeyDown={(e) => handlers.keyDown(e, block)}
      onFocus={() => handlers.select(block.id)}
    >
      <BlockSelectedContext.Provider value={selected}>
        <RemoteSelection states={others} />
        <BlockHeader
          block={block}
          renaming={renaming}
          onRenamed={() => handlers.renamed(block.id)}
          actions={actions}
          onPointerDown={(e) => handlers.begin(e, block, 'move')}
          gestureHandlers={gestureHandlers}
        />
        <GrowingBody block={block} grow={!readOnly && !dragging} />
        {!readOnly ? (
          <div
            className="block-resize"
            aria-hidden="true"
            onPointerDown={(e) => handlers.begin(e, block, 'resize')}
            onPointerMove={handlers.move}
            onPointerUp={handlers.end}
            onPointerCancel={handlers.end}
          />
        ) : null}
      </BlockSelectedContext.Provider>
    </section>
  );
}, sameGridBlock);

const GrowingBody = memo(function GrowingBody({ block, grow }: { block: BlockJson; grow: boolean }) {
  const body = useRef<HTMLDivElement>(null);
  useAutoGrow(body, block, grow);
  return (
    <div className="block-body" ref={body}>
      <BlockBody block={block} />
    </div>
  );
});

/** Opening `/canvas/<id>#block-<blockId>` scrolls to that block and selects it, once. */
function useScrollToLinkedBlock(ready: boolean, select: (id: string) => void) {
  const done = useRef(false);
  useEffect(() => {
    if (!ready || done.current) return;
    done.current = true;
    const id = /^#block-(.+)$/.exec(location.hash)?.[1];
    const el = id ? document.getElementById(`block-${id}`) : null;
    if (!id || !el) return;
    el.scrollIntoView({ block: 'center' });
    el.focus();
    select(id);
  }, [ready, select]);
}

function RemoteSelection({ states }: { states: PresenceState[] }) {
  if (states.length === 0) return null;
  return (
    <div className="remote-label" data-testid="remote-selection">
      {states.map((s) => (
        <span key={s.clientId} style={{ background: s.user.color }}>
          {s.user.name}
        </span>
      ))}
    </div>
  );
}
