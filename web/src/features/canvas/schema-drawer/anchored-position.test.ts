import { describe, expect, it } from 'vitest';
import { placeDrawer } from './anchored-position';

const viewport = { width: 1440, height: 900 };

describe('placeDrawer', () => {
  it('goes left of a block in the right column', () => {
    expect(placeDrawer({ left: 960, top: 340, right: 1420, bottom: 580 }, viewport)).toEqual({
      left: 672,
      top: 340,
      width: 280,
      height: 360,
      side: 'left',
    });
  });

  it('goes right of a block against the left edge', () => {
    expect(placeDrawer({ left: 20, top: 100, right: 700, bottom: 600 }, viewport)).toMatchObject({
      left: 708,
      side: 'right',
      height: 500,
    });
  });

  it('lies over a block as wide as the viewport', () => {
    expect(placeDrawer({ left: 20, top: 100, right: 1420, bottom: 300 }, viewport)).toMatchObject({
      left: 28,
      side: 'over',
    });
  });

  it('stays inside the viewport and below a sticky toolbar', () => {
    const low = placeDrawer({ left: 960, top: 800, right: 1420, bottom: 860 }, viewport);
    expect(low.top + low.height).toBeLessThanOrEqual(892);
    const scrolledAway = placeDrawer({ left: 960, top: -200, right: 1420, bottom: 100 }, viewport, 104);
    expect(scrolledAway.top).toBe(104);
    expect(placeDrawer({ left: 0, top: 0, right: 300, bottom: 300 }, { width: 260, height: 500 }).width).toBe(
      244,
    );
  });
});
