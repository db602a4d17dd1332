import { describe, expect, it } from 'vitest';
import { AUTO_GROW_MAX_ROWS, bodyHeight, grownHeight } from './auto-grow';
import { GAP, ROW_HEIGHT } from './layout';

describe('grownHeight: blocks fit their content up to a limit', () => {
  it('adds whole rows for the overflow', () => {
    expect(grownHeight(3, 1)).toBe(3);
    expect(grownHeight(3, 10)).toBe(4);
    expect(grownHeight(3, ROW_HEIGHT + GAP + 1)).toBe(5);
  });
  it('stops at the limit, after which the body scrolls', () => {
    expect(grownHeight(12, 10_000)).toBe(AUTO_GROW_MAX_ROWS);
    expect(grownHeight(20, 500)).toBe(20);
  });
});

describe('bodyHeight', () => {
  it('is the block height less its 30 px header and borders', () => {
    expect(bodyHeight(3)).toBe(3 * ROW_HEIGHT + 2 * GAP - 32);
    // content exactly as tall as the body of a 3-row block needs no growth
    expect(grownHeight(3, bodyHeight(3) - bodyHeight(3))).toBe(3);
  });
});
