// Bar, line, area, scatter and histogram: x/y axes with formatted ticks, gridlines, legend, tooltips.
import {
  area,
  axisBottom,
  axisLeft,
  extent,
  group,
  line,
  max,
  min,
  scaleBand,
  scaleLinear,
  scaleOrdinal,
  scalePoint,
  scaleUtc,
  type ScaleLinear,
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
  type Svg,
} from './draw-common';
import { dateFormatter, formatAxisNumber, formatNumber } from './format';
import { MAX_POINT_MARKS, histogramBins, numericColumn, seriesPoints, type Point } from './transforms';
import type { ChartView } from '@tessera/canvas-model';
import type { ChartData } from './types';

interface Frame {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

function yAxis(
  svg: Svg,
  ctx: DrawContext,
  y: ScaleLinear<number, number>,
  frame: Frame,
  title: string,
): void {
  const g: Group = svg.append('g').attr('class', 'axis axis-y').attr('transform', `translate(${frame.x0},0)`);
  g.call(
    axisLeft(y)
      .ticks(Math.max(2, Math.floor((frame.y1 - frame.y0) / 40)))
      .tickFormat((v) => formatAxisNumber(Number(v)))
      .tickSize(-(frame.x1 - frame.x0))
      .tickPadding(6),
  );
  styleAxis(g, ctx);
  g.selectAll('.tick line').attr('stroke-opacity', 0.6);
  g.select('.domain').remove();
  g.append('title').text(title);
}

function frameFor(ctx: DrawContext, legendHeight: number, yDomain: [number, number]): Frame {
  const labels = [yDomain[0], yDomain[1]].map((v) => formatAxisNumber(v).length);
  const left = Math.max(MARGIN.left - 14, Math.max(...labels) * 6.8 + 14);
  return {
    x0: left,
    x1: ctx.width - MARGIN.right,
    y0: MARGIN.top + legendHeight,
    y1: ctx.height - MARGIN.bottom,
  };
}

function valueDomain(values: number[], zero: boolean): [number, number] {
  const lo = min(values) ?? 0;
  const hi = max(values) ?? 1;
  if (zero) return [Math.min(0, lo), Math.max(0, hi) || 1];
  return lo === hi ? [lo - 1, hi + 1] : [lo, hi];
}

export function drawCartesian(
  svgElement: SVGSVGElement,
  spec: ChartView,
  data: ChartData,
  ctx: DrawContext,
): number {
  if (spec.type === 'histogram') return drawHistogram(svgElement, spec, data, ctx);
  const { points, series, xKind } = seriesPoints(data, spec);
  const svg = prepare(
    svgElement,
    ctx,
    `${spec.type} chart of ${(spec.y ?? []).join(', ')} by ${spec.x ?? 'row'}`,
  );
  const color = scaleOrdinal<string, string>().domain(series).range(ctx.palette);
  const legendHeight = legend(svg, ctx, series, color);
  const y = scaleLinear()
    .domain(
      valueDomain(
        points.map((p) => p.y),
        spec.type !== 'scatter',
      ),
    )
    .nice();
  const frame = frameFor(ctx, legendHeight, y.domain() as [number, number]);
  y.range([frame.y1, frame.y0]);
  yAxis(svg, ctx, y, frame, (spec.y ?? []).join(', '));

  const dateFmt = dateFormatter(xKind === 'time' ? points.map((p) => p.x as Date) : []);
  const xText = (x: Point['x']) =>
    x instanceof Date ? dateFmt(x) : typeof x === 'number' ? formatNumber(x) : x;
  const tooltip = (p: Point) => tip(xText(p.x), [[p.series || (spec.y?.[0] ?? ''), formatNumber(p.y)]]);
  const marks = svg.append('g').attr('class', 'marks');
  const markInfo = (p: Point) => ({
    field: spec.x,
    value: p.key,
    seriesField: spec.series,
    seriesValue: spec.series ? p.series : null,
    label: `${xText(p.x)}${p.series ? `, ${p.series}` : ''}: ${formatNumber(p.y)}`,
  });

  if (spec.type === 'bar') {
    const keys = [...new Set(points.map((p) => xText(p.x)))];
    const x = scaleBand().domain(keys).range([frame.x0, frame.x1]).paddingInner(0.18).paddingOuter(0.08);
    const inner = scaleBand()
      .domain(series)
      .range([0, x.bandwidth()])
      .padding(series.length > 1 ? 0.06 : 0);
    const ticks = thinTicks(keys, frame.x1 - frame.x0, Math.max(...keys.map((k) => k.length)) * 6.6 + 10);
    const gx: Group = svg
      .append('g')
      .attr('class', 'axis axis-x')
      .attr('transform', `translate(0,${frame.y1})`);
    gx.call(axisBottom(x).tickValues(ticks).tickSizeOuter(0));
    styleAxis(gx, ctx);
    marks
      .selectAll('rect')
      .data(points)
      .join('rect')
      .attr('class', 'mark')
      .attr('x', (p) => (x(xText(p.x)) ?? 0) + (inner(p.series) ?? 0))
      .attr('width', Math.max(1, inner.bandwidth()))
      .attr('y', (p) => y(Math.max(0, p.y)))
      .attr('height', (p) => Math.max(0.5, Math.abs(y(p.y) - y(0))))
      .attr('rx', Math.min(3, inner.bandwidth() / 4))
      .attr('fill', (p) => color(p.series))
      .call(markAttrs, markInfo)
      .on('mousemove', (event: MouseEvent, p) => ctx.tooltip.show(event, tooltip(p)))
      .on('mouseleave', () => ctx.tooltip.hide());
    return points.length;
  }

  // line, area, scatter: continuous or point x scale
  let xPos: (p: Point) => number;
  const gx: Group = svg
    .append('g')
    .attr('class', 'axis axis-x')
    .attr('transform', `translate(0,${frame.y1})`);
  if (xKind === 'time') {
    const x = scaleUtc()
      .domain(extent(points, (p) => p.x as Date) as [Date, Date])
      .range([frame.x0, frame.x1]);
    gx.call(
      axisBottom(x)
        .ticks(Math.max(2, Math.floor((frame.x1 - frame.x0) / 90)))
        .tickFormat((d) => dateFmt(d as Date))
        .tickSizeOuter(0),
    );
    xPos = (p) => x(p.x as Date);
  } else if (xKind === 'number') {
    const x = scaleLinear()
      .domain(
        valueDomain(
          points.map((p) => p.x as number),
          false,
        ),
      )
      .nice()
      .range([frame.x0, frame.x1]);
    gx.call(
      axisBottom(x)
        .ticks(Math.max(2, Math.floor((frame.x1 - frame.x0) / 70)))
        .tickFormat((v) => formatAxisNumber(Number(v)))
        .tickSizeOuter(0),
    );
    xPos = (p) => x(p.x as number);
  } else {
    const keys = [...new Set(points.map((p) => String(p.x)))];
    const x = scalePoint().domain(keys).range([frame.x0, frame.x1]).padding(0.3);
    gx.call(
      axisBottom(x)
        .tickValues(thinTicks(keys, frame.x1 - frame.x0, Math.max(...keys.map((k) => k.length)) * 6.6 + 10))
        .tickSizeOuter(0),
    );
    xPos = (p) => x(String(p.x)) ?? 0;
  }
  styleAxis(gx, ctx);

  if (spec.type !== 'scatter') {
    const bySeries = group(points, (p) => p.series);
    for (const [name, pts] of bySeries) {
      if (spec.type === 'area') {
        marks
          .append('path')
          .attr('class', 'area')
          .attr('fill', color(name))
          .attr('fill-opacity', 0.22)
          .attr(
            'd',
            area<Point>()
              .x(xPos)
              .y0(y(0))
              .y1((p) => y(p.y))(pts),
          );
      }
      marks
        .append('path')
        .attr('class', 'line')
        .attr('fill', 'none')
        .attr('stroke', color(name))
        .attr('stroke-width', 2)
        .attr(
          'd',
          line<Point>()
            .x(xPos)
            .y((p) => y(p.y))(pts),
        );
    }
    if (points.length > MAX_POINT_MARKS) return bySeries.size;
  }
  marks
    .selectAll('circle')
    .data(points)
    .join('circle')
    .attr('class', 'mark')
    .attr('cx', xPos)
    .attr('cy', (p) => y(p.y))
    .attr('r', spec.type === 'scatter' ? 4 : 3)
    .attr('fill', (p) => color(p.series))
    .attr('fill-opacity', spec.type === 'scatter' ? 0.75 : 1)
    .attr('stroke', ctx.colors.surface)
    .attr('stroke-width', 1)
    .call(markAttrs, markInfo)
    .on('mousemove', (event: MouseEvent, p) => ctx.tooltip.show(event, tooltip(p)))
    .on('mouseleave', () => ctx.tooltip.hide());
  return points.length;
}

function drawHistogram(
  svgElement: SVGSVGElement,
  spec: ChartView,
  data: ChartData,
  ctx: DrawContext,
): number {
  const bins = histogramBins(numericColumn(data, spec.x), spec.bins ?? 20);
  const svg = prepare(svgElement, ctx, `Histogram of ${spec.x ?? ''}`);
  const y = scaleLinear()
    .domain([0, max(bins, (b) => b.count) ?? 1])
    .nice();
  const frame = frameFor(ctx, 0, y.domain() as [number, number]);
  y.range([frame.y1, frame.y0]);
  yAxis(svg, ctx, y, frame, 'count');
  const x = scaleLinear()
    .domain([bins[0]?.x0 ?? 0, bins[bins.length - 1]?.x1 ?? 1])
    .range([frame.x0, frame.x1]);
  const gx: Group = svg
    .append('g')
    .attr('class', 'axis axis-x')
    .attr('transform', `translate(0,${frame.y1})`);
  gx.call(
    axisBottom(x)
      .ticks(Math.max(2, Math.floor((frame.x1 - frame.x0) / 70)))
      .tickFormat((v) => formatAxisNumber(Number(v)))
      .tickSizeOuter(0),
  );
  styleAxis(gx, ctx);
  svg
    .append('g')
    .attr('class', 'marks')
    .selectAll('rect')
    .data(bins)
    .join('rect')
    .attr('class', 'mark')
    .attr('x', (b) => x(b.x0) + 0.5)
    .attr('width', (b) => Math.max(1, x(b.x1) - x(b.x0) - 1))
    .attr('y', (b) => y(b.count))
    .attr('height', (b) => y(0) - y(b.count))
    .attr('fill', ctx.palette[0]!)
    .call(markAttrs, (b) => ({
      label: `${formatNumber(b.x0)} – ${formatNumber(b.x1)}: ${formatNumber(b.count)}`,
    }))
    .on('mousemove', (event: MouseEvent, b) =>
      ctx.tooltip.show(
        event,
        tip(`${formatNumber(b.x0)} – ${formatNumber(b.x1)}`, [['count', formatNumber(b.count)]]),
      ),
    )
    .on('mouseleave', () => ctx.tooltip.hide());
  return bins.length;
}
