// React wrapper of drawChart: loads d3 on demand, redraws on resize and theme change, owns the tooltip.
import { useLayoutEffect, useRef, useState } from 'react';
import { useTheme } from '../theme/theme';
import type { ChartView as Chart } from '@tessera/canvas-model';
import type { ChartData } from './types';
import type { DrawContext } from './draw-common';
import { CHANGE_COLORS, paletteFor } from './palette';
import { PivotView } from './pivot-view';
import './charts.css';

type DrawModule = typeof import('./draw');
let drawModule: Promise<DrawModule> | null = null;
/** The drawing code once it has loaded: charts mounted after that draw before the first paint. */
let drawLoaded: DrawModule | null = null;
const loadDraw = () => (drawModule ??= import('./draw').then((module) => (drawLoaded = module)));
// Loading starts with this module, so a canvas's charts, mounted once their results are in, find
// the drawing code here and draw in the same frame instead of after a paint of empty frames.
loadDraw().catch(() => {
  // each chart reports a failed load itself, when it tries to draw
  drawModule = null;
});

/**
 * The theme's colours, read once per frame: every chart on the page reads the same variables, and a
 * read after another chart drew would recalculate the page's style again.
 */
let frameColors: { theme: string; colors: DrawContext['colors'] } | null = null;

function themeColors(element: Element, theme: 'light' | 'dark', palette: Chart['options']) {
  let colors: DrawContext['colors'] | null = frameColors?.theme === theme ? frameColors.colors : null;
  if (!colors) {
    const css = getComputedStyle(element);
    const v = (name: string) => css.getPropertyValue(name).trim();
    colors = {
      text: v('--text'),
      muted: v('--text-muted'),
      grid: v('--border'),
      surface: v('--surface'),
      ...CHANGE_COLORS[theme],
    };
    frameColors = { theme, colors };
    requestAnimationFrame(() => (frameColors = null));
  }
  return { palette: paletteFor(palette?.palette, theme), colors };
}

export function ChartView({
  spec,
  data,
  label,
  onDrawn,
}: {
  spec: Chart;
  data: ChartData;
  label?: string;
  onDrawn?: (marks: number) => void;
}) {
  const box = useRef<HTMLDivElement>(null);
  const svg = useRef<SVGSVGElement>(null);
  const tooltip = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState<{ width: number; height: number } | null>(null);
  const [theme] = useTheme();
  const [failed, setFailed] = useState<string | null>(null);
  const drawn = useRef(onDrawn);
  drawn.current = onDrawn;

  useLayoutEffect(() => {
    const element = box.current!;
    const measured = (width: number, height: number) =>
      setSize((s) =>
        s && Math.abs(s.width - width) < 1 && Math.abs(s.height - height) < 1
          ? s
          : { width: Math.floor(width), height: Math.floor(height) },
      );
    // Measured before the first paint: the chart draws after this render instead of a frame later,
    // when the observer first reports (the box has no padding or border: its box is its content).
    const rect = element.getBoundingClientRect();
    measured(rect.width, rect.height);
    const observer = new ResizeObserver(([entry]) =>
      measured(entry!.contentRect.width, entry!.contentRect.height),
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  // Drawn as the render is committed, before the browser paints, when the drawing code is loaded.
  useLayoutEffect(() => {
    if (spec.type === 'pivot') return;
    if (!size || size.width < 20 || size.height < 20) return;
    let cancelled = false;
    const draw = ({ drawChart }: DrawModule) => {
      if (cancelled || !svg.current || !box.current) return;
      const tip = tooltip.current!;
      const { palette, colors } = themeColors(box.current, theme, spec.options);
      try {
        const marks = drawChart(svg.current, spec, data, {
          width: size.width,
          height: size.height,
          palette,
          colors,
          tooltip: {
            show(event, html) {
              const rect = box.current!.getBoundingClientRect();
              tip.innerHTML = html;
              tip.style.opacity = '1';
              const x = Math.min(event.clientX - rect.left + 12, rect.width - tip.offsetWidth - 4);
              tip.style.transform = `translate(${Math.max(0, x)}px, ${Math.max(0, event.clientY - rect.top - tip.offsetHeight - 8)}px)`;
            },
            hide() {
              tip.style.opacity = '0';
            },
          },
        });
        setFailed(null);
        svg.current.dataset.marks = String(marks);
        drawn.current?.(marks);
      } catch (error) {
        setFailed((error as Error).message);
      }
    };
    if (drawLoaded) draw(drawLoaded);
    else loadDraw().then(draw, (error: Error) => setFailed(error.message));
    return () => {
      cancelled = true;
    };
  }, [spec, data, size, theme]);

  if (failed) throw new Error(`The chart could not be drawn: ${failed}`);
  if (spec.type === 'pivot')
    return (
      <div ref={box} className="chart-box chart-box-pivot" aria-label={label}>
        <PivotView spec={spec} data={data} onDrawn={onDrawn} />
      </div>
    );
  return (
    <div ref={box} className="chart-box" aria-label={label}>
      <svg
        ref={svg}
        className="chart"
        data-chart-type={spec.type}
        onFocus={(event) => {
          // keyboard users get the mark's label as a tooltip beside it (the listener only reads)
          const target = event.target as Element;
          const tip = tooltip.current;
          if (!tip || !box.current || !target.classList.contains('mark')) return;
          const rect = box.current.getBoundingClientRect();
          const mark = target.getBoundingClientRect();
          tip.textContent = target.getAttribute('aria-label') ?? '';
          tip.style.opacity = '1';
          const x = Math.min(mark.left + mark.width / 2 - rect.left, rect.width - tip.offsetWidth - 4);
          tip.style.transform = `translate(${Math.max(0, x)}px, ${Math.max(0, mark.top - rect.top - tip.offsetHeight - 6)}px)`;
        }}
        onBlur={() => {
          if (tooltip.current) tooltip.current.style.opacity = '0';
        }}
      />
      <div ref={tooltip} className="chart-tooltip" role="tooltip" />
    </div>
  );
}
