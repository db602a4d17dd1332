import { select, type BaseType, type Selection } from 'd3';

export interface DrawContext {
  width: number;
  height: number;
  palette: string[];
  /** Colors of the text, grid and low end of sequential scales, read from the theme. */
  colors: { text: string; muted: string; grid: string; surface: string };
  tooltip: Tooltip;
}

export interface Tooltip {
  show(event: MouseEvent, html: string): void;
  hide(): void;
}

export type Svg = Selection<SVGSVGElement, unknown, null, undefined>;
export type Group = Selection<SVGGElement, unknown, null, undefined>;

/**
 * What a clickable mark stands for. Every clickable mark (bar, slice, point, cell, step, box) carries
 * `data-mark-field` / `data-mark-value` (and `data-mark-series-field` / `data-mark-series-value` for a
 * second dimension), `tabindex="0"` and an aria-label, so one delegated click/Enter listener in the
 * block container can cross-filter and drill down. Marks never stop propagation.
 */
export interface MarkInfo {
  field?: string | null;
  value?: string | null;
  seriesField?: string | null;
  seriesValue?: string | null;
  label: string;
}

export function markAttrs<D>(
  sel: { each(fn: (this: BaseType, d: D) => void): unknown },
  info: (d: D) => MarkInfo,
): void {
  sel.each(function (d) {
    const m = info(d);
    const el = this as unknown as SVGElement;
    el.setAttribute('tabindex', '0');
    el.setAttribute('role', 'button');
    el.setAttribute('aria-label', m.label);
    if (m.field && m.value !== undefined && m.value !== null) {
      el.setAttribute('data-mark-field', m.field);
      el.setAttribute('data-mark-value', m.value);
    }
    if (m.seriesField && m.seriesValue !== undefined && m.seriesValue !== null) {
      el.setAttribute('data-mark-series-field', m.seriesField);
      el.setAttribute('data-mark-series-value', m.seriesValue);
    }
  });
}

export const MARGIN = { top: 10, right: 14, bottom: 30, left: 48 };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function tip(title: string, rows: [string, string][]): string {
  return `<strong>${escapeHtml(title)}</strong>${rows.map(([k, v]) => `<div><span class="tip-key">${escapeHtml(k)}</span> ${escapeHtml(v)}</div>`).join('')}`;
}

/** Clears the svg and sets its size and accessible name. */
export function prepare(svgElement: SVGSVGElement, ctx: DrawContext, label: string): Svg {
  const svg = select(svgElement);
  svg.selectAll('*').remove();
  svg
    .attr('width', ctx.width)
    .attr('height', ctx.height)
    .attr('viewBox', `0 0 ${ctx.width} ${ctx.height}`)
    .attr('role', 'group')
    .attr('aria-label', label);
  return svg;
}

/** A horizontal legend at the top; returns its height. */
export function legend(svg: Svg, ctx: DrawContext, items: string[], color: (item: string) => string): number {
  if (items.length < 2) return 0;
  const g = svg.append('g').attr('class', 'legend').attr('transform', `translate(${MARGIN.left},4)`);
  let x = 0;
  let y = 0;
  for (const item of items.slice(0, 24)) {
    const text = item.length > 22 ? `${item.slice(0, 21)}…` : item;
    const w = 18 + text.length * 6.6;
    if (x + w > ctx.width - MARGIN.left - MARGIN.right && x > 0) {
      x = 0;
      y += 16;
    }
    const entry = g.append('g').attr('transform', `translate(${x},${y})`);
    entry
      .append('rect')
      .attr('width', 10)
      .attr('height', 10)
      .attr('y', 2)
      .attr('rx', 2)
      .attr('fill', color(item));
    entry
      .append('text')
      .attr('x', 14)
      .attr('y', 11)
      .attr('font-size', 11)
      .attr('fill', ctx.colors.muted)
      .text(text)
      .append('title')
      .text(item);
    x += w;
  }
  return y + 20;
}

export function styleAxis(g: Group, ctx: DrawContext): void {
  g.selectAll('text').attr('fill', ctx.colors.muted).attr('font-size', 11);
  g.selectAll('line').attr('stroke', ctx.colors.grid);
  g.select('.domain').attr('stroke', ctx.colors.grid);
}

/** Every nth label so category ticks never overlap. */
export function thinTicks<T>(values: readonly T[], width: number, labelWidth: number): T[] {
  const fit = Math.max(1, Math.floor(width / labelWidth));
  const step = Math.ceil(values.length / fit);
  return values.filter((_, i) => i % step === 0);
}
