import { describe, expect, it } from 'vitest';
import { clampPosition, firstFreeSpot, pushDown, toGridDelta, toPixels } from './layout';

describe('canvas grid layout', () => {
  it('keeps positions inside the 12 columns with a minimum size', () => {
    expect(clampPosition({ x: 10, y: -2, w: 6, h: 1 })).toEqual({ x: 6, y: 0, w: 6, h: 2 });
    expect(clampPosition({ x: 2.4, y: 3.6, w: 20, h: 4 })).toEqual({ x: 0, y: 4, w: 12, h: 4 });
  });

  it('pushes overlapped blocks down in cascade and leaves the others alone', () => {
    const blocks = [
      { id: 'a', position: { x: 0, y: 0, w: 6, h: 4 } },
      { id: 'b', position: { x: 0, y: 4, w: 6, h: 4 } },
      { id: 'c', position: { x: 0, y: 8, w: 6, h: 2 } },
      { id: 'd', position: { x: 6, y: 0, w: 6, h: 4 } },
    ];
    const moved = [{ id: 'm', position: { x: 0, y: 2, w: 4, h: 4 } }, ...blocks];
    const changed = pushDown(moved, 'm');
    expect(changed.get('a')).toEqual({ x: 0, y: 6, w: 6, h: 4 });
    expect(changed.get('b')).toEqual({ x: 0, y: 10, w: 6, h: 4 });
    expect(changed.get('c')).toEqual({ x: 0, y: 14, w: 6, h: 2 });
    expect(changed.has('d')).toBe(false);
  });

  it('finds the first free spot', () => {
    const blocks = [{ id: 'a', position: { x: 0, y: 0, w: 6, h: 4 } }];
    expect(firstFreeSpot(blocks, 6, 4)).toEqual({ x: 6, y: 0, w: 6, h: 4 });
    expect(firstFreeSpot(blocks, 12, 2)).toEqual({ x: 0, y: 4, w: 12, h: 2 });
  });

  it('converts between grid units and pixels', () => {
    const width = 12 * 60 + 11 * 12;
    expect(toPixels({ x: 1, y: 1, w: 2, h: 2 }, width)).toEqual({
      left: 72,
      top: 52,
      width: 132,
      height: 92,
    });
    expect(toGridDelta(150, -110, width)).toEqual({ dx: 2, dy: -2 });
  });
});
