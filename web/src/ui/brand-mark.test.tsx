// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BrandMark } from './brand-mark';
import { testRoot } from './test-root';

const root = testRoot();
// A path: happy-dom's URL is not the one node:fs reads.
const FAVICON = fileURLToPath(import.meta.url).replace(/src\/ui\/[^/]+$/, 'public/favicon.svg');

/** Each shape as its attributes, sorted: the drawing, whatever the markup around it. */
const shapes = (svg: Element) =>
  [...svg.querySelectorAll('rect')].map((rect) =>
    [...rect.attributes]
      .map((a) => `${a.name}=${a.value}`)
      .sort()
      .join(' '),
  );

describe('BrandMark', () => {
  it('draws the favicon inline, at the size asked, hidden from assistive technology', async () => {
    await root.render(<BrandMark size={22} />);
    const svg = root.host().querySelector('svg')!;
    expect(svg.getAttribute('width')).toBe('22');
    expect(svg.getAttribute('aria-hidden')).toBe('true');
    const favicon = new DOMParser().parseFromString(readFileSync(FAVICON, 'utf8'), 'image/svg+xml');
    expect(shapes(svg)).toEqual(shapes(favicon.documentElement));
  });
});
