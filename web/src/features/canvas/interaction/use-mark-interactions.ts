// One delegated listener per chart/table container (issue 21): a click or Enter on a mark
// (`data-mark-field` / `data-mark-value`, drawn by web/src/charts and the result table) toggles the
// canvas interaction filter `field = value`; shift-click or the context menu opens its rows
// (drill-down). The clicked block is not narrowed by its own filter: it keeps showing the result
// it had when the mark was clicked and highlights the selection.
import { useEffect, useRef, type KeyboardEvent, type MouseEvent, type RefObject } from 'react';
import type { QueryRunFieldsFragment } from '../../../gql/graphql';
import { useCanvas } from '../runtime';
import { markValue, type InteractionFilter } from './view-state';

interface MarkTarget {
  getAttribute(name: string): string | null;
  closest?(selector: string): MarkTarget | null;
}

function markOf(target: unknown, blockId: string): InteractionFilter | null {
  const el = (target as MarkTarget | null)?.closest?.('[data-mark-field]');
  const field = el?.getAttribute('data-mark-field');
  const value = el?.getAttribute('data-mark-value');
  if (!el || !field || value === null || value === undefined) return null;
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
  const { interactions, toggleInteraction, drill } = useCanvas();
  const selected = interactions.find((f) => f.sourceBlockId === blockId) ?? null;
  // The result from before this block's own filter applied (frozen while it is on).
  const frozen = useRef<QueryRunFieldsFragment | null>(null);
  if (!selected && run) frozen.current = run;
  const shown = selected ? (frozen.current ?? run) : run;

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
