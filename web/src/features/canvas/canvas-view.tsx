// The canvas itself (grid + presence + runtime), shared by the editor and the read-only embed.
import {
  addBlock,
  canvasParameters,
  docFromProjection,
  newBlockOf,
  type BlockJson,
  type BlockType,
} from '@tessera/canvas-model';
import { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import {
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import { usePersonalView } from './interaction/use-personal-view';
import { flushSync } from 'react-dom';
import { useClient } from 'urql';
import { Skeleton } from '../../ui/skeleton';
import { connectCanvas, takeEarlyConnection, type CanvasConnection } from './collab';
import { CanvasGrid } from './grid';
import { DrillPanel } from './interaction/drill-panel';
import { InteractionChips } from './interaction/interaction-chips';
import { firstFreeSpot } from './layout';
import { CanvasProvider, CanvasRuntime, type CanvasContextValue } from './runtime';
import { useBlocks } from './use-canvas-doc';
import { useSameJson, useShallowSame, useStableCallback } from './stable';
import './canvas.css';
import { usePreloadedEditors } from './blocks/editors';
import { TEXT_EDITOR_SELECTOR } from './blocks/markdown-stand-in';

/** The live connection of a canvas (created after mount, so an interrupted render never leaks one). */
export function useConnection(
  canvasId: string,
  token: Parameters<typeof connectCanvas>[1],
): CanvasConnection | null {
  const shareToken = token.kind === 'share' ? token.token : null;
  const [connection, setConnection] = useState<CanvasConnection | null>(null);
  useEffect(() => {
    const c =
      (shareToken ? null : takeEarlyConnection(canvasId)) ??
      connectCanvas(canvasId, shareToken ? { kind: 'share', token: shareToken } : { kind: 'session' });
    setConnection(c);
    return () => {
      setConnection(null);
      c.destroy();
    };
  }, [canvasId, shareToken]);
  useSyncExternalStore(
    (l) => connection?.subscribe(l) ?? (() => undefined),
    () =>
      connection
        ? `${connection.status()}:${connection.synced()}:${connection.saveState().notSaving}:${connection.saveState().refused ?? ''}`
        : 'none',
  );
  return connection;
}

export interface CanvasSource {
  doc: Y.Doc;
  awareness: Awareness;
  synced: boolean;
  /** false while showing the stored snapshot (collab server not reachable). */
  live: boolean;
  status: string;
}

const TERMINAL = new Set(['forbidden', 'not-found', 'unauthenticated']);

/** Whether the connection's status will not come back by itself (access ended or never was). */
export function accessEnded(status: string): boolean {
  return TERMINAL.has(status);
}

/**
 * Whether the page shows the stored snapshot (read-only) instead of the live document: while the
 * live document has never synced, once `graceMs` is over or the connection failed; after it has
 * synced once, only when access ended. A reconnect after that keeps the live document (its edits
 * reach the server when it syncs again): switching to the snapshot taken at page load would show
 * stale blocks and close every open menu and panel.
 */
export function showsSnapshot(state: {
  status: string;
  synced: boolean;
  syncedBefore: boolean;
  hasSnapshot: boolean;
  graceOver: boolean;
}): boolean {
  if (state.synced || !state.hasSnapshot) return false;
  if (accessEnded(state.status)) return true;
  return !state.syncedBefore && (state.graceOver || state.status === 'disconnected');
}

/**
 * The live document when the collab server answers; the stored snapshot (GraphQL `blocks`)
 * read-only when it does not (`showsSnapshot`), switching to live as soon as the connection syncs.
 */
export function useCanvasSource(
  connection: CanvasConnection | null,
  snapshot: readonly unknown[] | null | undefined,
  graceMs = 4000,
): CanvasSource | null {
  const [graceOver, setGraceOver] = useState(false);
  useEffect(() => {
    const id = setTimeout(() => setGraceOver(true), graceMs);
    return () => clearTimeout(id);
  }, [graceMs]);
  const snapshotJson = snapshot ? JSON.stringify(snapshot) : null;
  const fallback = useMemo(() => {
    if (!snapshotJson) return null;
    const doc = docFromProjection(JSON.parse(snapshotJson) as unknown[]);
    return { doc, awareness: new Awareness(doc) };
  }, [snapshotJson]);
  const status = connection?.status() ?? 'connecting';
  // Sticky: once an attempt failed, the snapshot stays until a sync (not back to an empty doc
  // while reconnecting).
  const failed = status === 'disconnected' || accessEnded(status);
  const [failedOnce, setFailedOnce] = useState(false);
  useEffect(() => {
    if (failed) setFailedOnce(true);
  }, [failed]);
  // The connection that has synced at least once (a new canvas brings a new connection).
  const syncedOnce = useRef<CanvasConnection | null>(null);
  if (!connection) return null;
  const synced = connection.synced();
  if (synced) syncedOnce.current = connection;
  const snapshotShown = showsSnapshot({
    status,
    synced,
    syncedBefore: syncedOnce.current === connection,
    hasSnapshot: fallback !== null,
    graceOver: graceOver || failedOnce,
  });
  if (!snapshotShown || !fallback) {
    return { doc: connection.doc, awareness: connection.provider.awareness, synced, live: true, status };
  }
  return { ...fallback, synced: true, live: false, status };
}

const EMPTY: Record<string, unknown> = {};

export const STATUS_TEXT: Record<string, string> = {
  connecting: 'Connecting…',
  connected: 'Live',
  disconnected: 'Offline — reconnecting',
  unauthenticated: 'Your session ended. Log in again to keep editing.',
  forbidden: 'You do not have access to this canvas.',
  'not-found': 'This canvas does not exist (or was deleted).',
};

export interface CanvasViewProps {
  canvasId: string;
  source: CanvasSource;
  runtime?: CanvasRuntime;
  readOnly: boolean;
  dataSources: readonly { id: string; name: string }[];
  lockedFilters?: Record<string, unknown>;
  userName?: string;
  children?: (api: {
    blocks: BlockJson[];
    add: (type: BlockType) => void;
    context: CanvasContextValue;
  }) => ReactNode;
  openComments?: (blockId: string) => void;
  openHistory?: (blockId?: string) => void;
  projectId?: string;
  commentCounts?: Record<string, number>;
  /** Called with the viewer's own filter choices (embeds pass them to runSharedBlock). */
  onFilters?: (filters: Record<string, unknown>) => void;
}

export function CanvasView({
  canvasId,
  source,
  runtime: givenRuntime,
  readOnly,
  dataSources: givenDataSources,
  lockedFilters = EMPTY,
  userName,
  children,
  openComments,
  openHistory,
  projectId,
  commentCounts,
  onFilters,
}: CanvasViewProps) {
  const client = useClient();
  const ownRuntime = useMemo(() => new CanvasRuntime(client), [client]);
  const runtime = givenRuntime ?? ownRuntime;
  const { doc, awareness } = source;
  // The same sources in a new array (a page's fallback, a refetch) are the same to the blocks.
  const dataSources = useSameJson(givenDataSources);
  const blocks = useBlocks(doc);
  const [selectedBlockId, setSelected] = useState<string | null>(null);
  usePreloadedEditors(!readOnly);
  // Per-person view: the person's FILTER values and cross-filters, in presence, not in the doc.
  const personal = usePersonalView({ canvasId, doc, awareness, blocks, runtime, readOnly });
  const filterOverrides = personal.view.filters;
  onFilters?.(filterOverrides);
  const [message, setMessage] = useState('');
  const parametersJson = JSON.stringify(
    canvasParameters(blocks, { viewer: filterOverrides, locked: lockedFilters }),
  );
  const parameters = useMemo(() => JSON.parse(parametersJson) as Record<string, unknown>, [parametersJson]);

  useEffect(() => {
    if (userName) awareness.setLocalStateField('user', { name: userName });
  }, [awareness, userName]);

  const selectBlock = useCallback(
    (id: string | null) => {
      setSelected(id);
      awareness.setLocalStateField('selection', { blockIds: id ? [id] : [] });
    },
    [awareness],
  );
  // The page's callbacks are new functions on each of its renders: the blocks get stable ones.
  const stableOpenComments = useStableCallback(openComments);
  const stableOpenHistory = useStableCallback(openHistory);
  const context = useShallowSame<CanvasContextValue>({
    canvasId,
    doc,
    awareness,
    runtime,
    readOnly,
    dataSources,
    lockedFilters,
    parameters,
    blocks,
    filterOverrides,
    setFilterOverride: personal.setFilter,
    interactions: personal.view.interactions,
    toggleInteraction: personal.toggleInteraction,
    removeInteraction: personal.removeInteraction,
    drill: personal.drill,
    personalView: personal,
    selectedBlockId,
    selectBlock,
    openComments: stableOpenComments,
    openHistory: stableOpenHistory,
    projectId,
    commentCounts,
  });

  const add = (type: BlockType) => {
    // Size and content come from the block kind (canvas-model R13, R17).
    const { size, content } = newBlockOf(type, { blocks, dataSources });
    // Rendered at once, so keys typed right after the click reach the new block's editor.
    const id = flushSync(() => {
      const added = addBlock(doc, { type, position: firstFreeSpot(blocks, size.w, size.h), content });
      selectBlock(added);
      return added;
    });
    setMessage(`${type.toLowerCase()} block added`);
    // A new text block takes the keyboard at once: its editor (mounted on selection) gets the focus.
    const focus = (tries: number) => {
      const el = document.querySelector<HTMLElement>(`[data-block-id="${id}"]`);
      const editor = type === 'TEXT' ? el?.querySelector<HTMLElement>(TEXT_EDITOR_SELECTOR) : null;
      if (editor) editor.focus();
      else if (el && (type !== 'TEXT' || tries === 0)) el.focus();
      else if (tries > 0) requestAnimationFrame(() => focus(tries - 1));
    };
    focus(10);
  };

  const ready = source.synced || blocks.length > 0;
  return (
    <CanvasProvider value={context}>
      {children?.({ blocks, add, context })}
      <div className="canvas-scroll" data-testid="canvas" data-synced={source.synced} data-live={source.live}>
        <InteractionChips canShare={!readOnly} />
        {!ready ? (
          <div
            className="canvas-grid"
            role="status"
            aria-label="Loading canvas"
            style={{ display: 'grid', gridTemplateColumns: 'repeat(2, 1fr)', gap: 12 }}
          >
            {[0, 1, 2, 3].map((i) => (
              <Skeleton key={i} height={220} />
            ))}
          </div>
        ) : blocks.length === 0 ? (
          <div className="canvas-empty">
            <strong>{readOnly ? 'This canvas is empty.' : 'An empty canvas'}</strong>
            {!readOnly ? <span className="muted">Add a SQL block to query data, then chart it.</span> : null}
            {!readOnly ? (
              <button className="btn btn-primary" onClick={() => add('SQL')}>
                + SQL block
              </button>
            ) : null}
          </div>
        ) : (
          <CanvasGrid blocks={blocks} announce={setMessage} />
        )}
      </div>
      {personal.drilling ? (
        <DrillPanel mark={personal.drilling} onClose={() => personal.drill(null)} />
      ) : null}
      <div className="sr-only" aria-live="polite">
        {message}
      </div>
    </CanvasProvider>
  );
}
