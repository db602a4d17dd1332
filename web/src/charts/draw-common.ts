import { select, type BaseType, type Selection } from 'd3';

export interface DrawContext {
  width: number;
  height: number;
  palette: string[];
  /** Colors of the text, grid and low end of sequential scales, read from the theme. */
  colors: { text: string; muted: string; grid: string; surface: string; up: string; down: string };
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

/**
 * A horizontal legend at the top; returns its height. Entries wrap onto at most `maxRows` rows (one
 * on short charts); what does not fit becomes a "+N more" entry whose tooltip names them, and long
 * names are truncated with the full name as their tooltip, so the legend never overlaps the plot.
 */
export function legend(
  svg: Svg,
  ctx: DrawContext,
  items: string[],
  color: (item: string) => string,
  hidden = false,
): number {
  if (items.length < 2 || hidden) return 0;
  const maxRows = ctx.height < 180 ? 1 : ctx.height < 320 ? 2 : 3;
  const available = ctx.width - MARGIN.left - MARGIN.right;
  const g = svg.append('g').attr('class', 'legend').attr('transform', `translate(${MARGIN.left},4)`);
  const widthOf = (text: string) => 18 + text.length * 6.8;
  let x = 0;
  let row = 0;
  let shown = 0;
  for (const item of items) {
    const text = item.length > 22 ? `${item.slice(0, 21)}…` : item;
    const entry = g.append('g').attr('class', 'legend-item');
    entry
      .append('rect')
      .attr('width', 10)
      .attr('height', 10)
      .attr('y', 2)
      .attr('rx', 2)
      .attr('fill', color(item));
    const label = entry
      .append('text')
      .attr('x', 14)
      .attr('y', 11)
      .attr('font-size', 11)
      .attr('fill', ctx.colors.muted)
      .text(text);
    entry.append('title').text(item);
    // measured when the browser lays text out (jsdom has no layout: an estimate)
    const measured = (label.node() as SVGTextElement | null)?.getComputedTextLength?.() ?? 0;
    const w = 14 + (measured > 0 ? measured : text.length * 6.6) + 12;
    if (x + w > available && x > 0) {
      x = 0;
      row += 1;
    }
    const rest = items.length - shown;
    // keep room for "+N more" on the last row
    if (row >= maxRows || (row === maxRows - 1 && rest > 1 && x + w + widthOf(`+${rest} more`) > available)) {
      if (row >= maxRows) row = maxRows - 1;
      entry.remove();
      break;
    }
    entry.attr('transform', `translate(${x},${row * 16})`);
    x += w;
    shown += 1;
  }
  if (shown < items.length) {
    const more = g
      .append('text')
      .attr('class', 'legend-more')
      .attr('x', x)
      .attr('y', row * 16 + 11)
      .attr('font-size', 11)
      .attr('fill', ctx.colors.muted)
      .text(`+${items.length - shown} more`);
    more.append('title').text(items.slice(shown).join(', '));
  }
  return (row + 1) * 16 + 6;
}

/** Shortens a tick label to `max` characters; the full text stays in a <title>. */
export function truncateTicks(g: Group, max: number): void {
  g.selectAll<SVGTextElement, unknown>('.tick text').each(function () {
    const full = this.textContent ?? '';
    if (full.length <= max) return;
    this.textContent = `${full.slice(0, Math.max(1, max - 1))}…`;
    const title = this.ownerDocument.createElementNS('http://www.w3.org/2000/svg', 'title');
    title.textContent = full;
    this.appendChild(title);
  });
}

/** Axis titles: below the x axis, rotated along the left (and right) edge. */
export function axisTitles(
  svg: Svg,
  ctx: DrawContext,
  frame: { x0: number; x1: number; y0: number; y1: number },
  titles: { x?: string | null; y?: string | null; y2?: string | null },
): void {
  const style = (t: Selection<SVGTextElement, unknown, null, undefined>) =>
    t
      .attr('class', 'axis-title')
      .attr('font-size', 11)
      .attr('font-weight', 600)
      .attr('fill', ctx.colors.muted);
  const fit = (text: string, px: number) => {
    const max = Math.max(4, Math.floor(px / 6.6));
    return text.length > max ? `${text.slice(0, max - 1)}…` : text;
  };
  if (titles.x)
    style(svg.append<SVGTextElement>('text'))
      .attr('x', (frame.x0 + frame.x1) / 2)
      .attr('y', ctx.height - 4)
      .attr('text-anchor', 'middle')
      .text(fit(titles.x, frame.x1 - frame.x0))
      .append('title')
      .text(titles.x);
  if (titles.y)
    style(svg.append<SVGTextElement>('text'))
      .attr('transform', `translate(12,${(frame.y0 + frame.y1) / 2}) rotate(-90)`)
      .attr('text-anchor', 'middle')
      .text(fit(titles.y, frame.y1 - frame.y0))
      .append('title')
      .text(titles.y);
  if (titles.y2)
    style(svg.append<SVGTextElement>('text'))
      .attr('transform', `translate(${ctx.width - 6},${(frame.y0 + frame.y1) / 2}) rotate(90)`)
      .attr('text-anchor', 'middle')
      .text(fit(titles.y2, frame.y1 - frame.y0))
      .append('title')
      .text(titles.y2);
}

/**
 * An empty group for an axis on the frame's bottom edge (`axis-x`) or left edge (`axis-y`), for the
 * caller to fill with a d3 axis and `styleAxis`. Tests and the e2e suite find axes by these classes.
 */
export function axisGroup(svg: Svg, edge: 'bottom' | 'left', frame: { x0: number; y1: number }): Group {
  return edge === 'bottom'
    ? svg.append('g').attr('class', 'axis axis-x').attr('transform', `translate(0,${frame.y1})`)
    : svg.append('g').attr('class', 'axis axis-y').attr('transform', `translate(${frame.x0},0)`);
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
