// Bar charts: bar (grouped when there are series), grouped, stacked, horizontal, and the combo of
// bars with a line on a second axis. Categories honour sort and top-N ("Other").
import { axisBottom, axisLeft, line, scaleBand, scaleLinear, scaleOrdinal } from 'd3';
import type { ChartView } from '@tessera/canvas-model';
import { OTHER, alignToBars, sortAndTopN, stackPoints } from './aggregate';
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
import { seriesPoints, type Point } from './transforms';
import type { ChartData } from './types';

type Bar = Point & { y0: number; y1: number };

export function drawBars(
  svgElement: SVGSVGElement,
  spec: ChartView,
  data: ChartData,
  ctx: DrawContext,
): number {
  const options = spec.options ?? {};
  const fmt = numberFormats(options.format);
  const combo = spec.type === 'combo';
  const horizontal = spec.type === 'horizontalBar';
  const stacked = spec.type === 'stackedBar';
  const measures = spec.y ?? [];
  const barSpec: ChartView = combo ? { ...spec, y: measures.slice(0, 1), series: null } : spec;
  const raw = seriesPoints(data, barSpec);
  const points = sortAndTopN(raw.points, options);
  const series = [...new Set(points.map((p) => p.series))];
  const lineMeasure = combo ? measures[1] : undefined;
  // the line follows the bars' categories: what the bars fold into "Other", the line folds too
  const linePoints = lineMeasure
    ? alignToBars(seriesPoints(data, { ...spec, y: [lineMeasure], series: null }).points, points)
    : [];

  const svg = prepare(
    svgElement,
    ctx,
    `${spec.type} chart of ${measures.join(', ')} by ${spec.x ?? 'row'}${spec.series ? ` and ${spec.series}` : ''}`,
  );
  const palette = ctx.palette;
  const color = scaleOrdinal<string, string>().domain(series).range(palette);
  const legendItems = combo ? [measures[0] ?? '', ...(lineMeasure ? [lineMeasure] : [])] : series;
  const legendColor = combo ? (item: string) => (item === lineMeasure ? palette[1]! : palette[0]!) : color;
  const legendHeight = legend(svg, ctx, legendItems, legendColor, options.legend === 'none');

  const dates = dateFormatter(
    raw.xKind === 'time' ? points.map((p) => p.x).filter((x): x is Date => x instanceof Date) : [],
    options.dateFormat,
  );
  const bandKey = (p: Point) => (p.x instanceof Date ? p.key : String(p.x));
  const keys = [...new Set(points.map(bandKey))];
  const text = new Map<string, string>();
  for (const p of points)
    text.set(
      bandKey(p),
      p.x instanceof Date ? dates(p.x) : typeof p.x === 'number' ? numberFormats('auto').value(p.x) : p.x,
    );
  const label = (k: string) => text.get(k) ?? k;

  const bars: Bar[] = stacked
    ? stackPoints(points, series)
    : points.map((p) => ({ ...p, y0: Math.min(0, p.y), y1: Math.max(0, p.y) }));
  const values = scaleLinear()
    .domain(
      valueDomain(
        bars.flatMap((b) => [b.y0, b.y1]),
        true,
      ),
    )
    .nice();
  const lineScale = scaleLinear()
    .domain(
      valueDomain(
        linePoints.map((p) => p.y),
        true,
      ),
    )
    .nice();
  const xTitle = options.xTitle ?? spec.x ?? null;
  const yTitle = options.yTitle ?? (combo ? (measures[0] ?? null) : measures.join(', ') || null);
  const y2Title = combo ? (options.y2Title ?? lineMeasure ?? null) : null;

  const frame = horizontal
    ? frameFor(ctx, {
        legendHeight,
        leftLabels: keys.map((k) => label(k).slice(0, 18)),
        xTitle: options.yTitle ?? measures[0] ?? null,
        yTitle: options.xTitle ?? spec.x ?? null,
      })
    : frameFor(ctx, {
        legendHeight,
        leftLabels: tickLabels(values, fmt.axis),
        rightLabels: combo ? tickLabels(lineScale, fmt.axis) : undefined,
        xTitle,
        yTitle,
        y2Title,
      });

  const seriesField = stacked || spec.type !== 'combo' ? spec.series : null;
  const info = (p: Point) => ({
    field: spec.x,
    value: p.x === OTHER && p.key === '' ? null : p.key,
    seriesField,
    seriesValue: seriesField ? p.series : null,
    label: `${label(bandKey(p))}${seriesField ? `, ${p.series}` : ''}: ${fmt.value(p.y)}`,
  });
  const tooltip = (p: Point) => tip(label(bandKey(p)), [[p.series || measures[0] || '', fmt.value(p.y)]]);
  const marks = svg.append('g').attr('class', 'marks');
  const band = scaleBand<string>().domain(keys).paddingInner(0.18).paddingOuter(0.08);
  const inner = scaleBand<string>()
    .domain(stacked ? ['all'] : series)
    .padding(series.length > 1 && !stacked ? 0.06 : 0);
  const slot = (p: Point) => (stacked ? 'all' : p.series);

  if (horizontal) {
    band.range([frame.y0, frame.y1]);
    inner.range([0, band.bandwidth()]);
    values.range([frame.x0, frame.x1]);
    const gx = axisGroup(svg, 'bottom', frame);
    gx.call(
      axisBottom(values)
        .ticks(Math.max(2, Math.floor((frame.x1 - frame.x0) / 80)))
        .tickFormat((v) => fmt.axis(Number(v)))
        .tickSize(-(frame.y1 - frame.y0)),
    );
    styleAxis(gx, ctx);
    gx.selectAll('.tick line').attr('stroke-opacity', 0.6);
    gx.select('.domain').remove();
    gx.lower(); // gridlines under the bars
    const gy = axisGroup(svg, 'left', frame);
    gy.call(
      axisLeft(band)
        .tickValues(thinTicks(keys, frame.y1 - frame.y0, 14))
        .tickFormat(label)
        .tickSizeOuter(0),
    );
    styleAxis(gy, ctx);
    truncateTicks(gy, Math.max(4, Math.floor((frame.x0 - 10) / 6.6)));
    marks
      .selectAll('rect')
      .data(bars)
      .join('rect')
      .attr('class', 'mark')
      .attr('y', (p) => (band(bandKey(p)) ?? 0) + (inner(slot(p)) ?? 0))
      .attr('height', Math.max(1, inner.bandwidth()))
      .attr('x', (p) => values(p.y0))
      .attr('width', (p) => Math.max(0.5, values(p.y1) - values(p.y0)))
      .attr('rx', Math.min(3, inner.bandwidth() / 4))
      .attr('fill', (p) => color(p.series))
      .call(markAttrs, info)
      .on('mousemove', (event: MouseEvent, p) => ctx.tooltip.show(event, tooltip(p)))
      .on('mouseleave', () => ctx.tooltip.hide());
    axisTitles(svg, ctx, frame, {
      x: options.yTitle ?? measures[0] ?? null,
      y: options.xTitle ?? spec.x ?? null,
    });
    return bars.length;
  }

  band.range([frame.x0, frame.x1]);
  inner.range([0, band.bandwidth()]);
  values.range([frame.y1, frame.y0]);
  valueAxis(svg, ctx, values, frame, fmt.axis);
  const gx = axisGroup(svg, 'bottom', frame);
  // every category labelled when a shortened label (6+ characters) fits its band; else every nth
  const fits = Math.floor((band.step() - 6) / 6.6);
  const longest = Math.min(18, Math.max(1, ...keys.map((k) => label(k).length)));
  const everyLabel = fits >= Math.min(6, longest);
  gx.call(
    axisBottom(band)
      .tickValues(everyLabel ? keys : thinTicks(keys, frame.x1 - frame.x0, longest * 6.6 + 10))
      .tickFormat(label)
      .tickSizeOuter(0),
  );
  styleAxis(gx, ctx);
  truncateTicks(gx, everyLabel ? Math.min(18, fits) : 18);
  marks
    .selectAll('rect')
    .data(bars)
    .join('rect')
    .attr('class', 'mark')
    .attr('x', (p) => (band(bandKey(p)) ?? 0) + (inner(slot(p)) ?? 0))
    .attr('width', Math.max(1, inner.bandwidth()))
    .attr('y', (p) => values(p.y1))
    .attr('height', (p) => Math.max(0.5, values(p.y0) - values(p.y1)))
    .attr('rx', stacked ? 0 : Math.min(3, inner.bandwidth() / 4))
    .attr('fill', (p) => (combo ? palette[0]! : color(p.series)))
    .attr('stroke', stacked ? ctx.colors.surface : null)
    .attr('stroke-width', stacked ? 0.5 : null)
    .call(markAttrs, info)
    .on('mousemove', (event: MouseEvent, p) => ctx.tooltip.show(event, tooltip(p)))
    .on('mouseleave', () => ctx.tooltip.hide());

  let count = bars.length;
  if (combo && linePoints.length) {
    lineScale.range([frame.y1, frame.y0]);
    valueAxis(svg, ctx, lineScale, frame, fmt.axis, 'right');
    const cx = (p: Point) => (band(bandKey(p)) ?? 0) + band.bandwidth() / 2;
    const onBand = linePoints.filter((p) => band(bandKey(p)) !== undefined);
    marks
      .append('path')
      .attr('class', 'line')
      .attr('fill', 'none')
      .attr('stroke', palette[1]!)
      .attr('stroke-width', 2.5)
      .attr(
        'd',
        line<Point>()
          .x(cx)
          .y((p) => lineScale(p.y))(onBand),
      );
    marks
      .selectAll('circle')
      .data(onBand)
      .join('circle')
      .attr('class', 'mark')
      .attr('cx', cx)
      .attr('cy', (p) => lineScale(p.y))
      .attr('r', 3.5)
      .attr('fill', palette[1]!)
      .attr('stroke', ctx.colors.surface)
      .attr('stroke-width', 1.5)
      .call(markAttrs, (p: Point) => ({
        ...info(p),
        label: `${label(bandKey(p))}, ${lineMeasure}: ${fmt.value(p.y)}`,
      }))
      .on('mousemove', (event: MouseEvent, p) =>
        ctx.tooltip.show(event, tip(label(bandKey(p)), [[lineMeasure ?? '', fmt.value(p.y)]])),
      )
      .on('mouseleave', () => ctx.tooltip.hide());
    count += onBand.length;
  }
  axisTitles(svg, ctx, frame, { x: xTitle, y: yTitle, y2: y2Title });
  return count;
}
