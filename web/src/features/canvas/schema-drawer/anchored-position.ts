// Where the floating schema drawer goes beside its block: to the left of the block when there is
// room, else to the right, else over the block's left edge; top-aligned with the block, at least
// MIN_HEIGHT tall, inside the viewport. Pure, so the placement rules are tested without a browser.

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Placement {
  left: number;
  top: number;
  width: number;
  height: number;
  side: 'left' | 'right' | 'over';
}

export const DRAWER_WIDTH = 280;
const GAP = 8;
const MARGIN = 8;
const MIN_HEIGHT = 360;

export function placeDrawer(block: Rect, viewport: { width: number; height: number }, minTop = 0): Placement {
  const width = Math.min(DRAWER_WIDTH, viewport.width - 2 * MARGIN);
  let left: number;
  let side: Placement['side'];
  if (block.left - GAP - width >= MARGIN) {
    left = block.left - GAP - width;
    side = 'left';
  } else if (block.right + GAP + width <= viewport.width - MARGIN) {
    left = block.right + GAP;
    side = 'right';
  } else {
    left = Math.max(MARGIN, Math.min(block.left + GAP, viewport.width - MARGIN - width));
    side = 'over';
  }
  const floor = Math.max(minTop, MARGIN);
  const height = Math.min(Math.max(block.bottom - block.top, MIN_HEIGHT), viewport.height - floor - MARGIN);
  const top = Math.max(floor, Math.min(block.top, viewport.height - MARGIN - height));
  return { left, top, width, height, side };
}
