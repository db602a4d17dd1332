// The plot frame and the value axes shared by the x/y charts (bars, lines, areas, points, boxes).
import { axisLeft, axisRight, max, min, type ScaleLinear } from 'd3';
import { MARGIN, styleAxis, type DrawContext, type Group, type Svg } from './draw-common';

export interface Frame {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

export interface FrameInput {
  legendHeight: number;
  /** Tick labels of the left (value or category) axis, to size the margin. */
  leftLabels: string[];
  rightLabels?: string[];
  xTitle?: string | null;
  yTitle?: string | null;
  y2Title?: string | null;
}

const labelWidth = (labels: string[]) => Math.max(0, ...labels.map((l) => l.length)) * 6.6;

export function frameFor(ctx: DrawContext, input: FrameInput): Frame {
  const left =
    Math.max(MARGIN.left - 14, Math.min(160, labelWidth(input.leftLabels) + 14)) + (input.yTitle ? 16 : 0);
  const right = input.rightLabels
    ? Math.max(MARGIN.right, labelWidth(input.rightLabels) + 12) + (input.y2Title ? 16 : 0)
    : MARGIN.right;
  return {
    x0: left,
    x1: Math.max(left + 10, ctx.width - right),
    y0: MARGIN.top + input.legendHeight,
    y1: Math.max(MARGIN.top + input.legendHeight + 10, ctx.height - MARGIN.bottom - (input.xTitle ? 14 : 0)),
  };
}

export function valueDomain(values: number[], zero: boolean): [number, number] {
  const lo = min(values) ?? 0;
  const hi = max(values) ?? 1;
  if (zero) return [Math.min(0, lo), Math.max(0, hi) || 1];
  return lo === hi ? [lo - 1, hi + 1] : [lo, hi];
}

/** A value axis with gridlines (left) or plain ticks (right, a combo's second axis). */
export function valueAxis(
  svg: Svg,
  ctx: DrawContext,
  y: ScaleLinear<number, number>,
  frame: Frame,
  format: (v: number) => string,
  side: 'left' | 'right' = 'left',
): void {
  const g: Group = svg
    .append('g')
    .attr('class', `axis axis-y${side === 'right' ? '2' : ''}`)
    .attr('transform', `translate(${side === 'left' ? frame.x0 : frame.x1},0)`);
  const ticks = Math.max(2, Math.floor((frame.y1 - frame.y0) / 40));
  if (side === 'left')
    g.call(
      axisLeft(y)
        .ticks(ticks)
        .tickFormat((v) => format(Number(v)))
        .tickSize(-(frame.x1 - frame.x0))
        .tickPadding(6),
    );
  else
    g.call(
      axisRight(y)
        .ticks(ticks)
        .tickFormat((v) => format(Number(v)))
        .tickSizeOuter(0),
    );
  styleAxis(g, ctx);
  if (side === 'left') g.selectAll('.tick line').attr('stroke-opacity', 0.6);
  g.select('.domain').remove();
  g.lower(); // gridlines under the marks
}

/** The labels a linear axis will show, to size the margin before drawing it. */
export function tickLabels(y: ScaleLinear<number, number>, format: (v: number) => string): string[] {
  return y.ticks(6).map(format);
}
