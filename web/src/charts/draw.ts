// `drawChart(svg, spec, data, ctx)`: draws one chart into an <svg> with d3; returns the number of
// marks drawn (bars, points, slices, cells, steps, boxes, or 1 for a big number). Pivot tables are
// HTML (pivot-view.tsx), not drawn here.
import type { DrawContext } from './draw-common';
import { drawBars } from './draw-bars';
import { drawCartesian } from './draw-cartesian';
import { drawHeatmap, drawNumber, drawPie } from './draw-other';
import { drawBox, drawFunnel } from './draw-shapes';
import { resolveSpec } from './transforms';
import type { ChartView } from '@tessera/canvas-model';
import type { ChartData } from './types';

export type { DrawContext, Tooltip } from './draw-common';

export function drawChart(svg: SVGSVGElement, spec: ChartView, data: ChartData, ctx: DrawContext): number {
  const resolved = resolveSpec(spec, data);
  switch (resolved.type) {
    case 'pie':
    case 'donut':
      return drawPie(svg, resolved, data, ctx);
    case 'heatmap':
      return drawHeatmap(svg, resolved, data, ctx);
    case 'bigNumber':
      return drawNumber(svg, resolved, data, ctx);
    case 'funnel':
      return drawFunnel(svg, resolved, data, ctx);
    case 'boxPlot':
      return drawBox(svg, resolved, data, ctx);
    case 'bar':
    case 'groupedBar':
    case 'stackedBar':
    case 'horizontalBar':
    case 'combo':
      return drawBars(svg, resolved, data, ctx);
    case 'pivot':
      throw new Error('a pivot table is not drawn as SVG');
    default:
      return drawCartesian(svg, resolved, data, ctx);
  }
}
