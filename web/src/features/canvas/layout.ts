// Grid math of the canvas: 12 columns, rows of fixed height; positions in grid units.
import type { Position } from '@tessera/canvas-model';

export const COLUMNS = 12;
export const ROW_HEIGHT = 40;
export const GAP = 12;

export interface Placed {
  id: string;
  position: Position;
}

export function clampPosition(p: Position): Position {
  const w = Math.max(1, Math.min(COLUMNS, Math.round(p.w)));
  const h = Math.max(2, Math.min(60, Math.round(p.h)));
  return { x: Math.max(0, Math.min(COLUMNS - w, Math.round(p.x))), y: Math.max(0, Math.round(p.y)), w, h };
}

export function overlaps(a: Position, b: Position): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

/**
 * Where the other blocks go when `movedId` lands at its position: every block it overlaps is pushed
 * straight down below it, and so on in cascade. Returns only the blocks that changed.
 */
export function pushDown(blocks: readonly Placed[], movedId: string): Map<string, Position> {
  const positions = new Map(blocks.map((b) => [b.id, { ...b.position }]));
  const changed = new Map<string, Position>();
  const queue = [movedId];
  let guard = 0;
  while (queue.length && guard++ < 10_000) {
    const id = queue.shift()!;
    const mover = positions.get(id)!;
    const others = [...positions.entries()]
      .filter(([other]) => other !== id && other !== movedId)
      .sort((a, b) => a[1].y - b[1].y);
    for (const [other, p] of others) {
      if (!overlaps(mover, p)) continue;
      const next = { ...p, y: mover.y + mover.h };
      positions.set(other, next);
      changed.set(other, next);
      queue.push(other);
    }
  }
  return changed;
}

/** The first free spot of size w×h, scanning rows top to bottom. */
export function firstFreeSpot(blocks: readonly Placed[], w: number, h: number): Position {
  const bottom = blocks.reduce((m, b) => Math.max(m, b.position.y + b.position.h), 0);
  for (let y = 0; y <= bottom; y++) {
    for (let x = 0; x + w <= COLUMNS; x++) {
      const candidate = { x, y, w, h };
      if (!blocks.some((b) => overlaps(candidate, b.position))) return candidate;
    }
  }
  return { x: 0, y: bottom, w, h };
}

/** Pixel rectangle of a grid position in a container `width` px wide. */
export function toPixels(
  p: Position,
  width: number,
): { left: number; top: number; width: number; height: number } {
  const col = (width - GAP * (COLUMNS - 1)) / COLUMNS;
  return {
    left: p.x * (col + GAP),
    top: p.y * (ROW_HEIGHT + GAP),
    width: p.w * col + (p.w - 1) * GAP,
    height: p.h * ROW_HEIGHT + (p.h - 1) * GAP,
  };
}

/** Grid deltas for a pointer movement of dx, dy pixels. */
export function toGridDelta(dx: number, dy: number, width: number): { dx: number; dy: number } {
  const col = (width - GAP * (COLUMNS - 1)) / COLUMNS;
  return { dx: Math.round(dx / (col + GAP)), dy: Math.round(dy / (ROW_HEIGHT + GAP)) };
}

export function canvasHeight(blocks: readonly Placed[]): number {
  const rows = blocks.reduce((m, b) => Math.max(m, b.position.y + b.position.h), 0) + 6;
  return rows * (ROW_HEIGHT + GAP);
}
