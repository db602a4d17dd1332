// Blocks fit their content: when a block's body overflows (a text grows, a filter wraps, a result
// arrives), an editor's view grows the block by whole rows, up to AUTO_GROW_MAX_ROWS; past that the
// body scrolls inside, the header never does. A block someone just resized is left as they made it.
// Every block's check runs in the frame's one batch (measure-frame.ts): one layout for all of them.
import { moveBlock, type BlockJson } from '@tessera/canvas-model';
import { useEffect, useRef, type RefObject } from 'react';
import { GAP, ROW_HEIGHT, clampPosition, pushDown } from './layout';
import { measureFrame, type Measure } from './measure-frame';
import { useCanvasBase } from './runtime';
import { currentBlocks } from './use-canvas-doc';

export const AUTO_GROW_MAX_ROWS = 14;

/** Rows to add to a block whose body is `overflow` px too short, without passing `max` rows [pure]. */
export function grownHeight(h: number, overflow: number, max = AUTO_GROW_MAX_ROWS): number {
  if (overflow <= 1 || h >= max) return h;
  return Math.min(max, h + Math.ceil(overflow / (ROW_HEIGHT + GAP)));
}

/** The body's height (padding included) in a block `h` rows tall: the block minus header and borders. */
export function bodyHeight(h: number): number {
  return h * ROW_HEIGHT + (h - 1) * GAP - HEADER_HEIGHT - 2;
}
const HEADER_HEIGHT = 30;

export function useAutoGrow(body: RefObject<HTMLElement | null>, block: BlockJson, enabled: boolean) {
  const { doc } = useCanvasBase();
  const latest = useRef({ block, enabled });
  latest.current = { block, enabled };
  const resizedTo = useRef(block.position.h);
  const grownTo = useRef(block.position.h);
  const checkRef = useRef<Measure | null>(null);
  // Content changes (typing, a new result) are checked too, whatever element they resized.
  useEffect(() => {
    if (checkRef.current) measureFrame.schedule(checkRef.current);
  }, [block.content]);
  useEffect(() => {
    const el = body.current;
    if (!el) return;
    // Reads only; the write it returns runs after every block of the frame was measured.
    const check: Measure = () => {
      const { block, enabled } = latest.current;
      const h = block.position.h;
      // A change of height we did not make is a person's resize: respect it until the content changes.
      if (h !== resizedTo.current && h !== grownTo.current) {
        resizedTo.current = h;
        return null;
      }
      if (!enabled) return null;
      // Against the height the block will have, not the one on screen: a height transition in
      // progress must not read as overflow (it would grow the block again and again).
      const next = grownHeight(h, el.scrollHeight - bodyHeight(h));
      if (next === h) return null;
      return () => {
        const position = clampPosition({ ...block.position, h: next });
        grownTo.current = position.h;
        resizedTo.current = position.h;
        const placed = currentBlocks(doc).map((b) => ({
          id: b.id,
          position: b.id === block.id ? position : b.position,
        }));
        doc.transact(() => {
          moveBlock(doc, block.id, position);
          for (const [other, p] of pushDown(placed, block.id)) moveBlock(doc, other, p);
        });
      };
    };
    checkRef.current = check;
    const schedule = () => measureFrame.schedule(check);
    const observer = new ResizeObserver(schedule);
    const watch = () => {
      observer.disconnect();
      observer.observe(el);
      for (const child of el.querySelectorAll(':scope > *, :scope > * > *')) observer.observe(child);
    };
    watch();
    schedule();
    const mutations = new MutationObserver(() => {
      watch();
      schedule();
    });
    mutations.observe(el, { childList: true, subtree: true });
    return () => {
      observer.disconnect();
      mutations.disconnect();
      measureFrame.drop(check);
      checkRef.current = null;
    };
  }, [body, doc]);
}
