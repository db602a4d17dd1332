// Line, area, stacked area, scatter, bubble and histogram: x/y axes with formatted ticks, axis
// titles, gridlines, a legend and tooltips; every point a focusable mark.
import {
  area,
  axisBottom,
  extent,
  group,
  line,
  max,
  scaleLinear,
  scaleOrdinal,
  scalePoint,
  scaleSqrt,
  scaleUtc,
} from 'd3';
import type { ChartView } from '@tessera/canvas-model';
import { sortAndTopN, stackPoints } from './aggregate';
import { frameFor, tickLabels, valueAxis, valueDomain } from './axes';
import {
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
import {
  MAX_POINT_MARKS,
  columnIndex,
  histogramBins,
  numericColumn,
  seriesPoints,
  toNumber,
  type Point,
} from './transforms';
import type { ChartData } from './types';

type Placed = Point & { y0: number; y1: number; size?: number };

export function drawCartesian(
  svgElement: SVGSVGElement,
  spec: ChartView,
  data: ChartData,
  ctx: DrawContext,
): number {
  if (spec.type === 'histogram') return drawHistogram(svgElement, spec, data, ctx);
  const options = spec.options ?? {};
  const fmt = numberFormats(options.format);
  const raw = seriesPoints(data, spec);
  const xKind = raw.xKind;
  const points = sortAndTopN(raw.points, options);
  const series = [...new Set(points.map((p) => p.series))];
  const stacked = spec.type === 'stackedArea';
  const bubble = spec.type === 'bubble';
  const pointsOnly = spec.type === 'scatter' || bubble;

  const si = columnIndex(data, spec.size);
  const sizeOf = (p: Point) => (p.row === undefined ? 0 : Math.max(0, toNumber(data.rows[p.row]?.[si]) ?? 0));
  const placed: Placed[] = stacked
    ? stackPoints(points, series)
    : points.map((p) => ({ ...p, y0: 0, y1: p.y, ...(bubble ? { size: sizeOf(p) } : {}) }));

  const svg = prepare(
    svgElement,
    ctx,
    `${spec.type} chart of ${(spec.y ?? []).join(', ')} by ${spec.x ?? 'row'}${spec.series ? ` and ${spec.series}` : ''}`,
  );
  const color = scaleOrdinal<string, string>().domain(series).range(ctx.palette);
  const legendHeight = legend(svg, ctx, series, color, options.legend === 'none');
  const y = scaleLinear()
    .domain(
      valueDomain(
        placed.flatMap((p) => [p.y0, p.y1]),
        !pointsOnly,
      ),
    )
    .nice();
  const xTitle = options.xTitle ?? spec.x ?? null;
  const yTitle = options.yTitle ?? ((spec.y ?? []).join(', ') || null);
  const frame = frameFor(ctx, { legendHeight, leftLabels: tickLabels(y, fmt.axis), xTitle, yTitle });
  const maxRadius = Math.max(5, Math.min(16, (frame.x1 - frame.x0) / 36));
  // bubbles keep inside the plot: the scales leave room for the largest radius
  const pad = bubble ? maxRadius : 0;
  y.range([frame.y1 - pad, frame.y0 + pad]);
  valueAxis(svg, ctx, y, frame, fmt.axis);

  const dates = dateFormatter(
    xKind === 'time' ? points.map((p) => p.x).filter((x): x is Date => x instanceof Date) : [],
    options.dateFormat,
  );
  // the chosen format is the measure's (y); a numeric x keeps the plain one
  const plain = numberFormats('auto');
  const xText = (x: Point['x']) =>
    x instanceof Date ? dates(x) : typeof x === 'number' ? plain.value(x) : x;
  let xPos: (p: Point) => number;
  const gx = axisGroup(svg, 'bottom', frame);
  if (xKind === 'time') {
    const x = scaleUtc()
      .domain(extent(points, (p) => p.x as Date) as [Date, Date])
      .range([frame.x0, frame.x1]);
    // Dates never overlap: a plot too narrow for two (a chart two columns wide) labels one.
    const ticks = x.ticks(Math.max(2, Math.floor((frame.x1 - frame.x0) / 90)));
    const longest = Math.max(0, ...ticks.map((d) => dates(d).length));
    gx.call(
      axisBottom(x)
        .tickValues(thinTicks(ticks, frame.x1 - frame.x0, longest * 6.6 + 10))
        .tickFormat((d) => dates(d as Date))
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
      .range([frame.x0 + pad, frame.x1 - pad]);
    gx.call(
      axisBottom(x)
        .ticks(Math.max(2, Math.floor((frame.x1 - frame.x0) / 70)))
        .tickFormat((v) => plain.axis(Number(v)))
        .tickSizeOuter(0),
    );
    xPos = (p) => x(p.x as number);
  } else {
    const keys = [...new Set(points.map((p) => String(p.x)))];
    const x = scalePoint().domain(keys).range([frame.x0, frame.x1]).padding(0.3);
    const longest = Math.min(18, Math.max(1, ...keys.map((k) => k.length)));
    gx.call(
      axisBottom(x)
        .tickValues(thinTicks(keys, frame.x1 - frame.x0, longest * 6.6 + 10))
        .tickSizeOuter(0),
    );
    truncateTicks(gx, 18);
    xPos = (p) => x(String(p.x)) ?? 0;
  }
  styleAxis(gx, ctx);
  axisTitles(svg, ctx, frame, { x: xTitle, y: yTitle });

  const marks = svg.append('g').attr('class', 'marks');
  let drawn = 0;
  if (!pointsOnly) {
    const bySeries = group(placed, (p) => p.series);
    for (const [name, pts] of bySeries) {
      if (spec.type === 'area' || stacked) {
        marks
          .append('path')
          .attr('class', 'area')
          .attr('fill', color(name))
          .attr('fill-opacity', stacked ? 0.55 : 0.22)
          .attr(
            'd',
            area<Placed>()
              .x(xPos)
              .y0((p) => y(p.y0))
              .y1((p) => y(p.y1))(pts),
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
          line<Placed>()
            .x(xPos)
            .y((p) => y(p.y1))(pts),
        );
    }
    if (placed.length > MAX_POINT_MARKS) return bySeries.size;
  }
  const radius = bubble
    ? scaleSqrt()
        .domain([0, max(placed, (p) => p.size ?? 0) || 1])
        .range([2, maxRadius])
    : () => (pointsOnly ? 4 : 3);
  const order = bubble ? [...placed].sort((a, b) => (b.size ?? 0) - (a.size ?? 0)) : placed;
  marks
    .selectAll('circle')
    .data(order)
    .join('circle')
    .attr('class', 'mark')
    .attr('cx', xPos)
    .attr('cy', (p) => y(p.y1))
    .attr('r', (p) => radius(p.size ?? 0))
    .attr('fill', (p) => color(p.series))
    .attr('fill-opacity', bubble ? 0.6 : pointsOnly ? 0.8 : 1)
    .attr('stroke', bubble ? (p: Placed) => color(p.series) : ctx.colors.surface)
    .attr('stroke-width', 1)
    .call(markAttrs, (p: Placed) => ({
      field: spec.x,
      value: p.key,
      seriesField: spec.series,
      seriesValue: spec.series ? p.series : null,
      label: `${xText(p.x)}${p.series ? `, ${p.series}` : ''}: ${fmt.value(p.y)}${bubble ? ` (${spec.size} ${fmt.value(p.size ?? 0)})` : ''}`,
    }))
    .on('mousemove', (event: MouseEvent, p) =>
      ctx.tooltip.show(
        event,
        tip(xText(p.x), [
          [p.series || (spec.y?.[0] ?? ''), fmt.value(p.y)],
          ...(bubble ? ([[spec.size ?? 'size', fmt.value(p.size ?? 0)]] as [string, string][]) : []),
        ]),
      ),
    )
    .on('mouseleave', () => ctx.tooltip.hide());
  drawn += order.length;
  return drawn;
}

function drawHistogram(
  svgElement: SVGSVGElement,
  spec: ChartView,
  data: ChartData,
  ctx: DrawContext,
): number {
  const options = spec.options ?? {};
  const fmt = numberFormats(options.format);
  const bins = histogramBins(numericColumn(data, spec.x), spec.bins ?? 20);
  const svg = prepare(svgElement, ctx, `Histogram of ${spec.x ?? ''}`);
  const y = scaleLinear()
    .domain([0, max(bins, (b) => b.count) ?? 1])
    .nice();
  const xTitle = options.xTitle ?? spec.x ?? null;
  const yTitle = options.yTitle ?? 'count';
  const frame = frameFor(ctx, {
    legendHeight: 0,
    leftLabels: tickLabels(y, (v) => fmt.axis(v)),
    xTitle,
    yTitle,
  });
  y.range([frame.y1, frame.y0]);
  valueAxis(svg, ctx, y, frame, (v) => numberFormats('auto').axis(v));
  const x = scaleLinear()
    .domain([bins[0]?.x0 ?? 0, bins[bins.length - 1]?.x1 ?? 1])
    .range([frame.x0, frame.x1]);
  const gx = axisGroup(svg, 'bottom', frame);
  gx.call(
    axisBottom(x)
      .ticks(Math.max(2, Math.floor((frame.x1 - frame.x0) / 70)))
      .tickFormat((v) => fmt.axis(Number(v)))
      .tickSizeOuter(0),
  );
  styleAxis(gx, ctx);
  axisTitles(svg, ctx, frame, { x: xTitle, y: yTitle });
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
      label: `${fmt.value(b.x0)} – ${fmt.value(b.x1)}: ${fmt.value(b.count)}`,
    }))
    .on('mousemove', (event: MouseEvent, b) =>
      ctx.tooltip.show(event, tip(`${fmt.value(b.x0)} – ${fmt.value(b.x1)}`, [['count', String(b.count)]])),
    )
    .on('mouseleave', () => ctx.tooltip.hide());
  return bins.length;
}
