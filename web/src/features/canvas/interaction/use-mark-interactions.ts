// One delegated listener per chart/table container (issue 21): a click or Enter on a mark
// (`data-mark-field` / `data-mark-value`, drawn by web/src/charts and the result table) toggles the
// canvas interaction filter `field = value`; shift-click or the context menu opens its rows
// (drill-down). The clicked block is not narrowed by its own filter: it shows its source run with
// the person's other cross-filters only (fetched again whenever the source's result changes; the
// result from before the click meanwhile) and highlights the selection.
import { useEffect, useRef, useState, type KeyboardEvent, type MouseEvent, type RefObject } from 'react';
import type { QueryRunFieldsFragment } from '../../../gql/graphql';
import { useCanvasBase, useCanvasViewState } from '../runtime';
import { markValue, type InteractionFilter } from './view-state';

interface MarkTarget {
  getAttribute(name: string): string | null;
  closest?(selector: string): MarkTarget | null;
}

function markOf(target: unknown, blockId: string): InteractionFilter | null {
  const el = (target as MarkTarget | null)?.closest?.('[data-mark-field]');
  const field = el?.getAttribute('data-mark-field');
  const value = el?.getAttribute('data-mark-value');
  // A value longer than the API takes (canvases MAX_VALUE_LENGTH) is not a filter.
  if (!el || !field || value === null || value === undefined || value.length > 1000) return null;
  return { field, value: markValue(value), sourceBlockId: blockId };
}

export interface MarkInteractions {
  /** What the block shows: while its own filter is on, the result from before the click. */
  run: QueryRunFieldsFragment | null;
  /** This block's own filter (the selected mark), if any. */
  selected: InteractionFilter | null;
  handlers: {
    onClick(e: MouseEvent): void;
    onKeyDown(e: KeyboardEvent): void;
    onContextMenu(e: MouseEvent): void;
  };
}

export function useMarkInteractions(
  blockId: string,
  run: QueryRunFieldsFragment | null,
  container: RefObject<HTMLElement | null>,
): MarkInteractions {
  const { toggleInteraction, drill, runtime } = useCanvasBase();
  const { interactions } = useCanvasViewState();
  const selected = interactions.find((f) => f.sourceBlockId === blockId) ?? null;
  // The result from before this block's own filter applied, shown until `own` arrives.
  const frozen = useRef<QueryRunFieldsFragment | null>(null);
  if (!selected && run) frozen.current = run;
  // While its own filter is on: the source with the person's other cross-filters only.
  const [own, setOwn] = useState<QueryRunFieldsFragment | null>(null);
  const others = interactions
    .filter((f) => f.sourceBlockId !== blockId)
    .map(({ field, value }) => ({ field, value }));
  const othersKey = JSON.stringify(others);
  const selectedKey = selected ? JSON.stringify([selected.field, selected.value]) : null;
  useEffect(() => {
    if (!selectedKey) {
      setOwn(null);
      return;
    }
    let live = true;
    void runtime.rows(blockId, JSON.parse(othersKey) as typeof others).then((outcome) => {
      if (live && outcome.run) setOwn(outcome.run);
    });
    return () => {
      live = false;
    };
    // `run` changes whenever the source ran again (filter values, SQL); `othersKey` the rest.
  }, [selectedKey, othersKey, run, runtime, blockId]);
  const shown = selected ? (own ?? frozen.current ?? run) : run;

  // Highlight: every mark but the selected ones is dimmed (re-applied when the chart redraws).
  useEffect(() => {
    const root = container.current;
    if (!root) return;
    const apply = () => {
      root.querySelectorAll('[data-mark-field]').forEach((el) => {
        const on =
          selected !== null &&
          el.getAttribute('data-mark-field') === selected.field &&
          el.getAttribute('data-mark-value') === String(selected.value);
        el.classList.toggle('xf-selected', on);
        el.classList.toggle('xf-dimmed', selected !== null && !on);
        el.setAttribute('aria-pressed', String(on));
      });
    };
    apply();
    const observer = new MutationObserver(apply);
    observer.observe(root, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [container, selected]);

  return {
    run: shown,
    selected,
    handlers: {
      onClick(e) {
        const mark = markOf(e.target, blockId);
        if (!mark) return;
        if (e.shiftKey && drill) drill(mark);
        else toggleInteraction(mark);
      },
      onKeyDown(e) {
        if (e.key !== 'Enter' && e.key !== ' ') return;
        const mark = markOf(e.target, blockId);
        if (!mark) return;
        e.preventDefault();
        if (e.shiftKey && drill) drill(mark);
        else toggleInteraction(mark);
      },
      onContextMenu(e) {
        const mark = markOf(e.target, blockId);
        if (!mark || !drill) return;
        e.preventDefault();
        drill(mark);
      },
    },
  };
}
