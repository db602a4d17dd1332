// The person's view of a canvas (view-state.ts) as React state: published in presence as the
// awareness field `view` (others' presence never changes what this person sees), handed to the
// runtime (which re-runs the blocks a cross-filter reaches), and shared on request.
import { filterBlocks, updateBlock, type BlockJson } from '@tessera/canvas-model';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import type { CanvasRuntime } from '../runtime';
import {
  EMPTY_VIEW,
  changedFilters,
  removeInteraction,
  toggleInteraction,
  type InteractionFilter,
  type PersonalView,
} from './view-state';

export interface PersonalViewApi {
  view: PersonalView;
  setFilter(parameter: string, value: unknown): void;
  toggleInteraction(filter: InteractionFilter): void;
  removeInteraction(filter: InteractionFilter): void;
  clearInteractions(): void;
  /** FILTER values that differ from the shared defaults (what "Share my view" would write). */
  changed: Record<string, unknown>;
  /** Writes the person's FILTER values as the shared defaults, in one transaction. */
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
  const [own, setView] = useState<PersonalView>(EMPTY_VIEW);
  const view = useMemo(() => (filters ? { ...own, filters } : own), [own, filters]);
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

  const changed = useMemo(() => changedFilters(view, defaults), [view, defaults]);
  const setFilter = useCallback(
    (parameter: string, value: unknown) =>
      setView((v) => ({ ...v, filters: { ...v.filters, [parameter]: value } })),
    [],
  );
  return {
    view,
    setFilter,
    toggleInteraction: (filter) =>
      setView((v) => ({ ...v, interactions: toggleInteraction(v.interactions, filter) })),
    removeInteraction: (filter) =>
      setView((v) => ({ ...v, interactions: removeInteraction(v.interactions, filter) })),
    clearInteractions: () => setView((v) => ({ ...v, interactions: [] })),
    changed,
    shareView() {
      if (readOnly) return;
      const byParameter = new Map(filterBlocks(blocks).map((f) => [f.parameter, f.id]));
      doc.transact(() => {
        for (const [parameter, value] of Object.entries(changed)) {
          const id = byParameter.get(parameter);
          if (id) updateBlock(doc, id, { content: { default: value ?? null } });
        }
      });
      setView((v) => ({ ...v, filters: {} }));
    },
    resetView: () => {
      setView(EMPTY_VIEW);
      onReset?.();
    },
    drilling,
    drill,
  };
}
