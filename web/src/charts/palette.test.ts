import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHANGE_COLORS, PALETTES, contrast } from './palette';

// The theme's backgrounds, read from the stylesheet the app ships (not copied here).
const css = readFileSync(new URL('../theme/theme.css', import.meta.url), 'utf8');
function themeVar(theme: 'light' | 'dark', name: string): string {
  const block = css.slice(css.indexOf(`[data-theme='${theme}']`));
  const match = new RegExp(`--${name}:\\s*(#[0-9a-fA-F]{6})`).exec(block);
  if (!match) throw new Error(`--${name} not found in the ${theme} theme`);
  return match[1]!.toLowerCase();
}

describe('chart palettes', () => {
  for (const theme of ['light', 'dark'] as const) {
    const backgrounds = [themeVar(theme, 'surface'), themeVar(theme, 'bg')];
    it(`every mark colour has ≥ 3:1 contrast on the ${theme} theme's surface and page (${backgrounds.join(', ')})`, () => {
      for (const [name, palette] of Object.entries(PALETTES)) {
        expect(palette[theme]).toHaveLength(12);
        expect(new Set(palette[theme]).size).toBe(12);
        for (const color of palette[theme])
          for (const bg of backgrounds)
            expect(contrast(color, bg), `${name} ${theme} ${color} on ${bg}`).toBeGreaterThanOrEqual(3);
      }
    });
    it(`the rise/fall text colours have ≥ 4.5:1 on the ${theme} surface`, () => {
      for (const color of Object.values(CHANGE_COLORS[theme]))
        for (const bg of backgrounds) expect(contrast(color, bg)).toBeGreaterThanOrEqual(4.5);
    });
  }

  it('computes WCAG contrast', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });
});
