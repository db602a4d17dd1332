// The person's view of a canvas (view-state.ts) as React state: published in presence as the
// awareness field `view` (others' presence never changes what this person sees), handed to the
// runtime (which re-runs the blocks a cross-filter reaches), and shared on request. Until a
// person sets cross-filters of their own they see the shared ones (`meta.interactions`).
import { filterBlocks, metaOf, updateBlock, type BlockJson } from '@tessera/canvas-model';
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import type { CanvasRuntime } from '../runtime';
import {
  changedFilters,
  removeInteraction,
  sharedInteractionsOf,
  toggleInteraction,
  type InteractionFilter,
  type PersonalView,
} from './view-state';
import { useSameJson } from '../stable';

/** The document's shared cross-filters, as a JSON string (stable between changes). */
function useSharedInteractions(doc: Y.Doc): string {
  const store = useMemo(() => {
    const read = () => JSON.stringify(sharedInteractionsOf(metaOf(doc).get('interactions')));
    return {
      subscribe(listener: () => void) {
        const meta = metaOf(doc);
        meta.observe(listener);
        return () => meta.unobserve(listener);
      },
      get: read,
    };
  }, [doc]);
  return useSyncExternalStore(store.subscribe, store.get);
}

interface OwnView {
  filters: Record<string, unknown>;
  /** null: the shared cross-filters. */
  interactions: InteractionFilter[] | null;
}
const EMPTY_OWN: OwnView = { filters: {}, interactions: null };

export interface PersonalViewApi {
  view: PersonalView;
  setFilter(parameter: string, value: unknown): void;
  toggleInteraction(filter: InteractionFilter): void;
  removeInteraction(filter: InteractionFilter): void;
  clearInteractions(): void;
  /** FILTER values that differ from the shared defaults (what "Share my view" would write). */
  changed: Record<string, unknown>;
  /** The person's cross-filters differ from the shared ones. */
  interactionsChanged: boolean;
  /**
   * Writes the person's FILTER values as the shared defaults and their cross-filters as the
   * shared ones (`meta.interactions`), in one transaction.
   */
  shareView(): void;
  /** Drops the person's own FILTER values and cross-filters. */
  resetView(): void;
  drilling: InteractionFilter | null;
  drill(mark: InteractionFilter | null): void;
}

export function usePersonalView({
  canvasId,
  doc,
  awareness,
  blocks,
  runtime,
  readOnly,
  filters,
  onReset,
}: {
  canvasId: string;
  doc: Y.Doc;
  awareness: Awareness;
  blocks: readonly BlockJson[];
  runtime: CanvasRuntime;
  readOnly: boolean;
  /** FILTER values kept by the caller (the report's filter bar), instead of here. */
  filters?: Record<string, unknown>;
  /** Called by "Reset to shared view" (the caller drops the values it keeps). */
  onReset?: () => void;
}): PersonalViewApi {
  const [own, setView] = useState<OwnView>(EMPTY_OWN);
  const sharedJson = useSharedInteractions(doc);
  const shared = useMemo(() => JSON.parse(sharedJson) as InteractionFilter[], [sharedJson]);
  const view: PersonalView = useMemo(
    () => ({ filters: filters ?? own.filters, interactions: own.interactions ?? shared }),
    [own, filters, shared],
  );
  const [drilling, drill] = useState<InteractionFilter | null>(null);
  const defaults = useMemo(
    () => Object.fromEntries(filterBlocks(blocks).map((f) => [f.parameter, f.default ?? null])),
    [blocks],
  );
  // The runtime learns the view before children's effects run their blocks.
  runtime.setView({ canvasId, blocks, view });
  useEffect(() => {
    awareness.setLocalStateField('view', view);
  }, [awareness, view]);

  const changed = useSameJson(useMemo(() => changedFilters(view, defaults), [view, defaults]));
  const setFilter = useCallback(
    (parameter: string, value: unknown) =>
      setView((v) => ({ ...v, filters: { ...v.filters, [parameter]: value } })),
    [],
  );
  const toggle = useCallback(
    (filter: InteractionFilter) =>
      setView((v) => ({ ...v, interactions: toggleInteraction(v.interactions ?? shared, filter) })),
    [shared],
  );
  const remove = useCallback(
    (filter: InteractionFilter) =>
      setView((v) => ({ ...v, interactions: removeInteraction(v.interactions ?? shared, filter) })),
    [shared],
  );
  const interactionsChanged = own.interactions !== null && JSON.stringify(own.interactions) !== sharedJson;
  // What "Share my view" and "Reset" read when called (not a reason to hand out a new API).
  const latest = useRef({ blocks, changed, own, interactionsChanged, readOnly, onReset });
  latest.current = { blocks, changed, own, interactionsChanged, readOnly, onReset };
  const shareView = useCallback(() => {
    const { blocks, changed, own, interactionsChanged, readOnly } = latest.current;
    if (readOnly) return;
    const byParameter = new Map(filterBlocks(blocks).map((f) => [f.parameter, f.id]));
    doc.transact(() => {
      for (const [parameter, value] of Object.entries(changed)) {
        const id = byParameter.get(parameter);
        if (id) updateBlock(doc, id, { content: { default: value ?? null } });
      }
      if (interactionsChanged) metaOf(doc).set('interactions', own.interactions);
    });
    setView(EMPTY_OWN);
  }, [doc]);
  const resetView = useCallback(() => {
    setView(EMPTY_OWN);
    latest.current.onReset?.();
  }, []);
  // One object while nothing in it changes: the canvas's context (and so its blocks) keep theirs.
  return useMemo(
    () => ({
      view,
      setFilter,
      toggleInteraction: toggle,
      removeInteraction: remove,
      clearInteractions: () => setView((v) => ({ ...v, interactions: [] })),
      changed,
      interactionsChanged,
      shareView,
      resetView,
      drilling,
      drill,
    }),
    [view, setFilter, toggle, remove, changed, interactionsChanged, shareView, resetView, drilling],
  );
}
