// Pie and donut, heatmap and big number (with its trend line and comparison).
import {
  arc,
  axisBottom,
  axisLeft,
  interpolateRgb,
  line,
  max,
  min,
  pie,
  scaleBand,
  scaleLinear,
  scaleOrdinal,
  scaleSequential,
  scaleUtc,
  extent,
  type PieArcDatum,
} from 'd3';
import type { ChartView } from '@tessera/canvas-model';
import {
  MARGIN,
  axisGroup,
  axisTitles,
  legend,
  markAttrs,
  prepare,
  styleAxis,
  thinTicks,
  tip,
  truncateTicks,
  type DrawContext,
} from './draw-common';
import { dateFormatter, numberFormats } from './format';
import { bigNumber, heatmapCells, pieSlices, toDate, type Slice } from './transforms';
import type { ChartData } from './types';

export function drawPie(
  svgElement: SVGSVGElement,
  spec: ChartView,
  data: ChartData,
  ctx: DrawContext,
): number {
  const options = spec.options ?? {};
  const fmt = numberFormats(options.format);
  let slices = pieSlices(data, spec, options.topN ?? 8);
  if (options.sort === 'label')
    slices = [...slices].sort((a, b) =>
      a.key === undefined
        ? 1
        : b.key === undefined
          ? -1
          : a.label.localeCompare(b.label, undefined, { numeric: true }),
    );
  else if (options.sort === 'ascending') slices = [...slices].sort((a, b) => a.value - b.value);
  const donut = spec.type === 'donut';
  const svg = prepare(
    svgElement,
    ctx,
    `${donut ? 'Donut' : 'Pie'} chart of ${spec.y?.[0] ?? ''} by ${spec.x ?? ''}`,
  );
  const color = scaleOrdinal<string, string>()
    .domain(slices.map((s) => s.label))
    .range(ctx.palette);
  const legendHeight = legend(
    svg,
    ctx,
    slices.map((s) => s.label),
    color,
    options.legend === 'none',
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
    .innerRadius(donut ? radius * 0.58 : 0)
    .outerRadius(radius)
    .padAngle(0.012)
    .cornerRadius(donut ? 2 : 0);
  const share = (v: number) => `${((v / (total || 1)) * 100).toFixed(1)}%`;
  g.selectAll('path')
    .data(arcs)
    .join('path')
    .attr('class', 'mark')
    .attr('d', path)
    .attr('fill', (a) => color(a.data.label))
    .attr('stroke', ctx.colors.surface)
    .attr('stroke-width', 1)
    .call(markAttrs, (a) => ({
      field: spec.x,
      value: a.data.key ?? null,
      label: `${a.data.label}: ${fmt.value(a.data.value)} (${share(a.data.value)})`,
    }))
    .on('mousemove', (event: MouseEvent, a) =>
      ctx.tooltip.show(
        event,
        tip(a.data.label, [
          [spec.y?.[0] ?? 'value', fmt.value(a.data.value)],
          ['share', share(a.data.value)],
        ]),
      ),
    )
    .on('mouseleave', () => ctx.tooltip.hide());
  // share labels on slices big enough to hold them
  const labelArc = arc<PieArcDatum<Slice>>()
    .innerRadius(radius * (donut ? 0.79 : 0.62))
    .outerRadius(radius * (donut ? 0.79 : 0.62));
  g.selectAll('text.slice-label')
    .data(arcs.filter((a) => a.endAngle - a.startAngle > 0.35 && radius > 50))
    .join('text')
    .attr('class', 'slice-label')
    .attr('transform', (a) => `translate(${labelArc.centroid(a).join(',')})`)
    .attr('text-anchor', 'middle')
    .attr('dy', '0.35em')
    .attr('font-size', 11)
    .attr('font-weight', 600)
    .attr('fill', '#ffffff')
    .attr('pointer-events', 'none')
    .text((a) => share(a.data.value));
  if (donut)
    g.append('text')
      .attr('text-anchor', 'middle')
      .attr('dy', '0.35em')
      .attr('font-size', Math.max(11, radius / 5))
      .attr('font-weight', 600)
      .attr('fill', ctx.colors.text)
      .text(fmt.value(total));
  return slices.length;
}

export function drawHeatmap(
  svgElement: SVGSVGElement,
  spec: ChartView,
  data: ChartData,
  ctx: DrawContext,
): number {
  const options = spec.options ?? {};
  const fmt = numberFormats(options.format);
  const { cells, columns, rows } = heatmapCells(data, spec);
  if (options.sort === 'label') {
    const cmp = (a: string, b: string) => a.localeCompare(b, undefined, { numeric: true });
    columns.sort(cmp);
    rows.sort(cmp);
  }
  const svg = prepare(
    svgElement,
    ctx,
    `Heatmap of ${spec.y?.[0] ?? 'count'} by ${spec.x ?? ''} and ${spec.series ?? ''}`,
  );
  const xTitle = options.xTitle ?? spec.x ?? null;
  const yTitle = options.yTitle ?? spec.series ?? null;
  const left =
    Math.min(140, Math.max(40, Math.max(0, ...rows.map((r) => r.length)) * 6.6 + 12)) + (yTitle ? 16 : 0);
  const frame = {
    x0: left,
    x1: ctx.width - MARGIN.right,
    y0: MARGIN.top,
    y1: ctx.height - MARGIN.bottom - (xTitle ? 14 : 0),
  };
  const x = scaleBand().domain(columns).range([frame.x0, frame.x1]).padding(0.04);
  const y = scaleBand().domain(rows).range([frame.y0, frame.y1]).padding(0.04);
  // from the smallest cell (or 0 when values cross it) so differences between cells show
  const lowest = min(cells, (c) => c.value) ?? 0;
  const color = scaleSequential(interpolateRgb(ctx.colors.grid, ctx.palette[0]!)).domain([
    lowest > 0 ? lowest * 0.9 : lowest,
    max(cells, (c) => c.value) ?? 1,
  ]);
  const gx = axisGroup(svg, 'bottom', frame);
  // date columns read as dates at their grain (May 2025); the mark values stay as the result has them
  const asDates = columns.map(toDate);
  const dates = asDates.every((d) => d !== null)
    ? dateFormatter(asDates as Date[], options.dateFormat)
    : null;
  const columnText = (c: string) => (dates ? dates(toDate(c)!) : c);
  const longest = Math.min(14, Math.max(1, ...columns.map((c) => columnText(c).length)));
  gx.call(
    axisBottom(x)
      .tickValues(thinTicks(columns, frame.x1 - frame.x0, longest * 6.6 + 8))
      .tickFormat(columnText)
      .tickSizeOuter(0),
  );
  styleAxis(gx, ctx);
  truncateTicks(gx, 14);
  const gy = axisGroup(svg, 'left', frame);
  gy.call(
    axisLeft(y)
      .tickValues(thinTicks(rows, frame.y1 - frame.y0, 14))
      .tickSizeOuter(0),
  );
  styleAxis(gy, ctx);
  truncateTicks(gy, 20);
  axisTitles(svg, ctx, frame, { x: xTitle, y: yTitle });
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
      label: `${c.row} · ${columnText(c.column)}: ${fmt.value(c.value)}`,
    }))
    .on('mousemove', (event: MouseEvent, c) =>
      ctx.tooltip.show(
        event,
        tip(`${c.row} · ${columnText(c.column)}`, [[spec.y?.[0] ?? 'count', fmt.value(c.value)]]),
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
  const fmt = numberFormats(spec.options?.format);
  const { value, previous, comparison, label, trend } = bigNumber(data, spec);
  const svg = prepare(svgElement, ctx, `${label}: ${value === null ? 'no value' : fmt.value(value)}`);
  if (value === null) return 0;
  const hasTrend = trend.length > 1 && ctx.height >= 120;
  const trendHeight = hasTrend ? Math.min(60, ctx.height * 0.28) : 0;
  const size = Math.max(18, Math.min((ctx.height - trendHeight) * 0.38, ctx.width / 6));
  const cy = (ctx.height - trendHeight) / 2 - (previous !== null ? 12 : 0);
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
    .text(fmt.value(value))
    .call(markAttrs, () => ({ label: `${label}: ${fmt.value(value)}` }));
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
    const against =
      comparison === 'target' ? `target ${fmt.value(previous)}` : `previous ${fmt.value(previous)}`;
    svg
      .append('text')
      .attr('class', 'comparison')
      .attr('x', ctx.width / 2)
      .attr('y', cy + size / 2 + 34)
      .attr('text-anchor', 'middle')
      .attr('font-size', 12)
      .attr('font-weight', 600)
      .attr('fill', change >= 0 ? ctx.colors.up : ctx.colors.down)
      .text(`${change >= 0 ? '▲' : '▼'} ${(Math.abs(change) * 100).toFixed(1)}% vs ${against}`);
  }
  if (hasTrend) {
    const x0 = MARGIN.left / 2;
    const x1 = ctx.width - MARGIN.left / 2;
    const top = ctx.height - trendHeight - 4;
    const time = trend[0]!.x instanceof Date;
    const xs = time
      ? scaleUtc()
          .domain(extent(trend, (t) => t.x as Date) as [Date, Date])
          .range([x0, x1])
      : scaleLinear()
          .domain(extent(trend, (t) => t.x as number) as [number, number])
          .range([x0, x1]);
    const ys = scaleLinear()
      .domain(extent(trend, (t) => t.y) as [number, number])
      .range([ctx.height - 6, top]);
    const path = line<(typeof trend)[number]>()
      .x((t) => xs(t.x as never))
      .y((t) => ys(t.y));
    svg
      .append('path')
      .attr('class', 'trend')
      .attr('fill', 'none')
      .attr('stroke', ctx.palette[0]!)
      .attr('stroke-width', 2)
      .attr('d', path(trend));
    const last = trend[trend.length - 1]!;
    svg
      .append('circle')
      .attr('cx', xs(last.x as never))
      .attr('cy', ys(last.y))
      .attr('r', 3)
      .attr('fill', ctx.palette[0]!);
  }
  return 1;
}
