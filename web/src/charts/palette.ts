// Chart palettes per theme, 12 colours each (series beyond 12 repeat them). Every colour is a mark colour (bars, slices, lines, points), so each one
// keeps a contrast of at least 3:1 (WCAG 2.x non-text contrast) against both the surface and the page
// background of its theme; palette.test.ts computes it from theme.css. Up and down colours of the
// big number's comparison are text, so they keep 4.5:1.
import type { ChartOptions } from '@tessera/canvas-model';
import type { Theme } from '../theme/theme';

export type PaletteName = NonNullable<ChartOptions['palette']>;

export const PALETTES: Record<PaletteName, Record<Theme, string[]>> = {
  default: {
    light: [
      '#4f46e5',
      '#0369a1',
      '#b45309',
      '#047857',
      '#dc2626',
      '#7c3aed',
      '#be185d',
      '#0f766e',
      '#4d7c0f',
      '#c026d3',
      '#0e7490',
      '#854d0e',
    ],
    dark: [
      '#818cf8',
      '#38bdf8',
      '#fbbf24',
      '#34d399',
      '#f87171',
      '#a78bfa',
      '#f472b6',
      '#2dd4bf',
      '#a3e635',
      '#e879f9',
      '#22d3ee',
      '#fde047',
    ],
  },
  // Okabe–Ito hues, darkened in light mode to keep 3:1 on white
  colorblind: {
    light: [
      '#0072b2',
      '#c2410c',
      '#00805c',
      '#b8407f',
      '#a16207',
      '#1d4ed8',
      '#6d28d9',
      '#475569',
      '#0e7490',
      '#9d174d',
      '#4d7c0f',
      '#57534e',
    ],
    dark: [
      '#56b4e9',
      '#e69f00',
      '#3fc79a',
      '#cc79a7',
      '#f0e442',
      '#7aa7ff',
      '#c4a5ff',
      '#b0bac8',
      '#67e8f9',
      '#f9a8d4',
      '#bef264',
      '#d6d3d1',
    ],
  },
  warm: {
    light: [
      '#b91c1c',
      '#c2410c',
      '#a16207',
      '#be185d',
      '#9f1239',
      '#92400e',
      '#7c2d12',
      '#a21caf',
      '#9a3412',
      '#86198f',
      '#be123c',
      '#713f12',
    ],
    dark: [
      '#f87171',
      '#fb923c',
      '#facc15',
      '#f472b6',
      '#fda4af',
      '#fcd34d',
      '#fdba74',
      '#e879f9',
      '#fb7185',
      '#f0abfc',
      '#fca5a5',
      '#fef08a',
    ],
  },
};

export const PALETTE_LABELS: Record<PaletteName, string> = {
  default: 'Default',
  colorblind: 'Colour-blind safe',
  warm: 'Warm',
};

/** Text colours of a rise and a fall (big number comparison), per theme. */
export const CHANGE_COLORS: Record<Theme, { up: string; down: string }> = {
  light: { up: '#15803d', down: '#b91c1c' },
  dark: { up: '#4ade80', down: '#f87171' },
};

export function paletteFor(name: PaletteName | undefined, theme: Theme): string[] {
  return (PALETTES[name ?? 'default'] ?? PALETTES.default)[theme];
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2.x contrast ratio of two #rrggbb colours (1 to 21). */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
