// Pie (donut), heatmap and big number.
import {
  arc,
  interpolateRgb,
  max,
  pie,
  scaleBand,
  scaleOrdinal,
  scaleSequential,
  axisBottom,
  axisLeft,
  type PieArcDatum,
} from 'd3';
import {
  MARGIN,
  legend,
  markAttrs,
  prepare,
  styleAxis,
  thinTicks,
  tip,
  type DrawContext,
  type Group,
} from './draw-common';
import { formatNumber } from './format';
import { bigNumber, heatmapCells, pieSlices, type Slice } from './transforms';
import type { ChartView } from '@tessera/canvas-model';
import type { ChartData } from './types';

export function drawPie(
  svgElement: SVGSVGElement,
  spec: ChartView,
  data: ChartData,
  ctx: DrawContext,
): number {
  const slices = pieSlices(data, spec);
  const svg = prepare(svgElement, ctx, `Pie chart of ${spec.y?.[0] ?? ''} by ${spec.x ?? ''}`);
  const color = scaleOrdinal<string, string>()
    .domain(slices.map((s) => s.label))
    .range(ctx.palette);
  const legendHeight = legend(
    svg,
    ctx,
    slices.map((s) => s.label),
    color,
  );
  const total = slices.reduce((s, x) => s + x.value, 0);
  const radius = Math.max(10, Math.min(ctx.width - 20, ctx.height - legendHeight - 16) / 2);
  const g = svg
    .append('g')
    .attr('class', 'marks')
    .attr('transform', `translate(${ctx.width / 2},${legendHeight + 8 + radius})`);
  const arcs = pie<Slice>()
    .value((s) => s.value)
    .sort(null)(slices);
  const path = arc<PieArcDatum<Slice>>()
    .innerRadius(radius * 0.55)
    .outerRadius(radius)
    .padAngle(0.012)
    .cornerRadius(2);
  g.selectAll('path')
    .data(arcs)
    .join('path')
    .attr('class', 'mark')
    .attr('d', path)
    .attr('fill', (a) => color(a.data.label))
    .call(markAttrs, (a) => ({
      field: spec.x,
      value: a.data.key,
      label: `${a.data.label}: ${formatNumber(a.data.value)}`,
    }))
    .on('mousemove', (event: MouseEvent, a) =>
      ctx.tooltip.show(
        event,
        tip(a.data.label, [
          [spec.y?.[0] ?? 'value', formatNumber(a.data.value)],
          ['share', `${((a.data.value / total) * 100).toFixed(1)}%`],
        ]),
      ),
    )
    .on('mouseleave', () => ctx.tooltip.hide());
  g.append('text')
    .attr('text-anchor', 'middle')
    .attr('dy', '0.35em')
    .attr('font-size', Math.max(11, radius / 5))
    .attr('font-weight', 600)
    .attr('fill', ctx.colors.text)
    .text(formatNumber(total));
  return slices.length;
}

export function drawHeatmap(
  svgElement: SVGSVGElement,
  spec: ChartView,
  data: ChartData,
  ctx: DrawContext,
): number {
  const { cells, columns, rows } = heatmapCells(data, spec);
  const svg = prepare(
    svgElement,
    ctx,
    `Heatmap of ${spec.y?.[0] ?? 'count'} by ${spec.x ?? ''} and ${spec.series ?? ''}`,
  );
  const left = Math.min(140, Math.max(40, Math.max(0, ...rows.map((r) => r.length)) * 6.6 + 12));
  const frame = { x0: left, x1: ctx.width - MARGIN.right, y0: MARGIN.top, y1: ctx.height - MARGIN.bottom };
  const x = scaleBand().domain(columns).range([frame.x0, frame.x1]).padding(0.04);
  const y = scaleBand().domain(rows).range([frame.y0, frame.y1]).padding(0.04);
  const color = scaleSequential(interpolateRgb(ctx.colors.grid, ctx.palette[0]!)).domain([
    0,
    max(cells, (c) => c.value) ?? 1,
  ]);
  const gx: Group = svg
    .append('g')
    .attr('class', 'axis axis-x')
    .attr('transform', `translate(0,${frame.y1})`);
  gx.call(
    axisBottom(x)
      .tickValues(
        thinTicks(columns, frame.x1 - frame.x0, Math.max(0, ...columns.map((c) => c.length)) * 6.6 + 8),
      )
      .tickSizeOuter(0),
  );
  styleAxis(gx, ctx);
  const gy: Group = svg
    .append('g')
    .attr('class', 'axis axis-y')
    .attr('transform', `translate(${frame.x0},0)`);
  gy.call(
    axisLeft(y)
      .tickValues(thinTicks(rows, frame.y1 - frame.y0, 14))
      .tickSizeOuter(0),
  );
  styleAxis(gy, ctx);
  svg
    .append('g')
    .attr('class', 'marks')
    .selectAll('rect')
    .data(cells)
    .join('rect')
    .attr('class', 'mark')
    .attr('x', (c) => x(c.column) ?? 0)
    .attr('y', (c) => y(c.row) ?? 0)
    .attr('width', x.bandwidth())
    .attr('height', y.bandwidth())
    .attr('rx', 2)
    .attr('fill', (c) => color(c.value))
    .call(markAttrs, (c) => ({
      field: spec.x,
      value: c.column,
      seriesField: spec.series,
      seriesValue: c.row,
      label: `${c.row} · ${c.column}: ${formatNumber(c.value)}`,
    }))
    .on('mousemove', (event: MouseEvent, c) =>
      ctx.tooltip.show(
        event,
        tip(`${c.row} · ${c.column}`, [[spec.y?.[0] ?? 'count', formatNumber(c.value)]]),
      ),
    )
    .on('mouseleave', () => ctx.tooltip.hide());
  return cells.length;
}

export function drawNumber(
  svgElement: SVGSVGElement,
  spec: ChartView,
  data: ChartData,
  ctx: DrawContext,
): number {
  const { value, previous, label } = bigNumber(data, spec);
  const svg = prepare(svgElement, ctx, `${label}: ${value === null ? 'no value' : formatNumber(value)}`);
  if (value === null) return 0;
  const size = Math.max(18, Math.min(ctx.height * 0.42, ctx.width / 5.5));
  const cy = ctx.height / 2 - (previous !== null ? 8 : 0);
  svg
    .append('text')
    .attr('class', 'mark')
    .attr('x', ctx.width / 2)
    .attr('y', cy)
    .attr('text-anchor', 'middle')
    .attr('dy', '0.35em')
    .attr('font-size', size)
    .attr('font-weight', 700)
    .attr('fill', ctx.colors.text)
    .text(formatNumber(value));
  svg
    .append('text')
    .attr('x', ctx.width / 2)
    .attr('y', cy + size / 2 + 16)
    .attr('text-anchor', 'middle')
    .attr('font-size', 12)
    .attr('fill', ctx.colors.muted)
    .text(label);
  if (previous !== null && previous !== 0) {
    const change = (value - previous) / Math.abs(previous);
    svg
      .append('text')
      .attr('x', ctx.width / 2)
      .attr('y', cy + size / 2 + 32)
      .attr('text-anchor', 'middle')
      .attr('font-size', 12)
      .attr('font-weight', 600)
      .attr('fill', change >= 0 ? '#16a34a' : '#dc2626')
      .text(`${change >= 0 ? '▲' : '▼'} ${(Math.abs(change) * 100).toFixed(1)}% vs previous`);
  }
  return 1;
}
