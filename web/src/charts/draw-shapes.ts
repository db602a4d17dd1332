// Funnel (centred steps with conversion rates) and box plot (quartiles, whiskers, outliers).
import { axisBottom, scaleBand, scaleLinear } from 'd3';
import type { ChartView } from '@tessera/canvas-model';
import { boxGroups, funnelSteps } from './aggregate';
import { frameFor, tickLabels, valueAxis, valueDomain } from './axes';
import {
  MARGIN,
  axisGroup,
  axisTitles,
  markAttrs,
  prepare,
  styleAxis,
  thinTicks,
  tip,
  truncateTicks,
  type DrawContext,
} from './draw-common';
import { numberFormats } from './format';
import type { ChartData } from './types';

const pct = (v: number) => `${(v * 100).toFixed(1)}%`;

export function drawFunnel(
  svgElement: SVGSVGElement,
  spec: ChartView,
  data: ChartData,
  ctx: DrawContext,
): number {
  const fmt = numberFormats(spec.options?.format);
  const steps = funnelSteps(data, spec);
  const svg = prepare(svgElement, ctx, `Funnel of ${spec.y?.[0] ?? ''} by ${spec.x ?? ''}`);
  const labelWidth = Math.min(
    180,
    Math.max(60, Math.max(0, ...steps.map((s) => Math.min(24, s.label.length))) * 6.6 + 12),
  );
  const x0 = labelWidth;
  const x1 = ctx.width - 70;
  const band = scaleBand<number>()
    .domain(steps.map((_, i) => i))
    .range([MARGIN.top, ctx.height - 8])
    .paddingInner(0.12);
  const width = scaleLinear()
    .domain([0, Math.max(1, ...steps.map((s) => s.value))])
    .range([0, Math.max(10, x1 - x0)]);
  const centre = (x0 + x1) / 2;
  const g = svg.append('g').attr('class', 'marks');
  g.selectAll('rect')
    .data(steps)
    .join('rect')
    .attr('class', 'mark')
    .attr('x', (s) => centre - width(Math.max(0, s.value)) / 2)
    .attr('y', (_, i) => band(i)!)
    .attr('width', (s) => Math.max(1, width(Math.max(0, s.value))))
    .attr('height', band.bandwidth())
    .attr('rx', 3)
    .attr('fill', (_, i) => ctx.palette[i % ctx.palette.length]!)
    .call(markAttrs, (s) => ({
      field: spec.x,
      value: s.key,
      label: `${s.label}: ${fmt.value(s.value)} (${pct(s.ofFirst)} of the first step)`,
    }))
    .on('mousemove', (event: MouseEvent, s) =>
      ctx.tooltip.show(
        event,
        tip(s.label, [
          [spec.y?.[0] ?? 'value', fmt.value(s.value)],
          ['of first step', pct(s.ofFirst)],
          ['of previous step', pct(s.ofPrevious)],
        ]),
      ),
    )
    .on('mouseleave', () => ctx.tooltip.hide());
  const fontSize = Math.max(9, Math.min(12, band.bandwidth() * 0.6));
  const labels = svg.append('g').attr('class', 'funnel-labels').attr('font-size', fontSize);
  steps.forEach((s, i) => {
    const y = band(i)! + band.bandwidth() / 2;
    const name = s.label.length > 24 ? `${s.label.slice(0, 23)}…` : s.label;
    labels
      .append('text')
      .attr('x', x0 - 8)
      .attr('y', y)
      .attr('dy', '0.35em')
      .attr('text-anchor', 'end')
      .attr('fill', ctx.colors.text)
      .text(name)
      .append('title')
      .text(s.label);
    labels
      .append('text')
      .attr('x', x1 + 8)
      .attr('y', y)
      .attr('dy', '0.35em')
      .attr('fill', ctx.colors.muted)
      .text(i === 0 ? fmt.value(s.value) : pct(s.ofFirst));
  });
  return steps.length;
}

export function drawBox(
  svgElement: SVGSVGElement,
  spec: ChartView,
  data: ChartData,
  ctx: DrawContext,
): number {
  const options = spec.options ?? {};
  const fmt = numberFormats(options.format);
  const boxes = boxGroups(data, spec);
  const svg = prepare(svgElement, ctx, `Box plot of ${spec.y?.[0] ?? ''}${spec.x ? ` by ${spec.x}` : ''}`);
  const y = scaleLinear()
    .domain(
      valueDomain(
        boxes.flatMap((b) => [b.low, b.high, ...b.outliers]),
        false,
      ),
    )
    .nice();
  const xTitle = options.xTitle ?? spec.x ?? null;
  const yTitle = options.yTitle ?? spec.y?.[0] ?? null;
  const frame = frameFor(ctx, { legendHeight: 0, leftLabels: tickLabels(y, fmt.axis), xTitle, yTitle });
  y.range([frame.y1, frame.y0]);
  valueAxis(svg, ctx, y, frame, fmt.axis);
  const x = scaleBand<string>()
    .domain(boxes.map((b) => b.group))
    .range([frame.x0, frame.x1])
    .paddingInner(0.35)
    .paddingOuter(0.2);
  const gx = axisGroup(svg, 'bottom', frame);
  const longest = Math.min(16, Math.max(1, ...boxes.map((b) => b.group.length)));
  gx.call(
    axisBottom(x)
      .tickValues(
        thinTicks(
          boxes.map((b) => b.group),
          frame.x1 - frame.x0,
          longest * 6.6 + 10,
        ),
      )
      .tickSizeOuter(0),
  );
  styleAxis(gx, ctx);
  truncateTicks(gx, 16);
  axisTitles(svg, ctx, frame, { x: xTitle, y: yTitle });
  const g = svg.append('g').attr('class', 'marks');
  const w = Math.min(60, x.bandwidth());
  boxes.forEach((b, i) => {
    const cx = (x(b.group) ?? 0) + x.bandwidth() / 2;
    const colour = ctx.palette[i % ctx.palette.length]!;
    const whisker = g
      .append('g')
      .attr('class', 'whisker')
      .attr('stroke', ctx.colors.muted)
      .attr('stroke-width', 1.2);
    whisker.append('line').attr('x1', cx).attr('x2', cx).attr('y1', y(b.high)).attr('y2', y(b.q3));
    whisker.append('line').attr('x1', cx).attr('x2', cx).attr('y1', y(b.q1)).attr('y2', y(b.low));
    for (const v of [b.low, b.high])
      whisker
        .append('line')
        .attr('x1', cx - w / 4)
        .attr('x2', cx + w / 4)
        .attr('y1', y(v))
        .attr('y2', y(v));
    g.append('rect')
      .datum(b)
      .attr('class', 'mark')
      .attr('x', cx - w / 2)
      .attr('width', w)
      .attr('y', y(b.q3))
      .attr('height', Math.max(1, y(b.q1) - y(b.q3)))
      .attr('rx', 2)
      .attr('fill', colour)
      .attr('fill-opacity', 0.35)
      .attr('stroke', colour)
      .attr('stroke-width', 1.5)
      .call(markAttrs, () => ({
        field: spec.x,
        value: spec.x ? b.key : null,
        label: `${b.group}: median ${fmt.value(b.median)}, quartiles ${fmt.value(b.q1)}–${fmt.value(b.q3)}, ${b.n} values`,
      }))
      .on('mousemove', (event: MouseEvent) =>
        ctx.tooltip.show(
          event,
          tip(b.group, [
            ['max (whisker)', fmt.value(b.high)],
            ['Q3', fmt.value(b.q3)],
            ['median', fmt.value(b.median)],
            ['Q1', fmt.value(b.q1)],
            ['min (whisker)', fmt.value(b.low)],
            ['values', String(b.n)],
            ...(b.outliers.length ? ([['outliers', String(b.outliers.length)]] as [string, string][]) : []),
          ]),
        ),
      )
      .on('mouseleave', () => ctx.tooltip.hide());
    g.append('line')
      .attr('class', 'median')
      .attr('x1', cx - w / 2)
      .attr('x2', cx + w / 2)
      .attr('y1', y(b.median))
      .attr('y2', y(b.median))
      .attr('stroke', colour)
      .attr('stroke-width', 2.5)
      .attr('pointer-events', 'none');
    g.selectAll(null)
      .data(b.outliers.slice(0, 200))
      .join('circle')
      .attr('class', 'outlier')
      .attr('cx', cx)
      .attr('cy', (v) => y(v))
      .attr('r', 2.5)
      .attr('fill', 'none')
      .attr('stroke', colour);
  });
  return boxes.length;
}
