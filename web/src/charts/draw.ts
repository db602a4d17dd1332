// `drawChart(svg, spec, data, ctx)`: draws one chart into an <svg> with d3; returns the number of
// marks drawn (bars, points, slices, cells, or 1 for a big number).
import type { DrawContext } from './draw-common';
import { drawCartesian } from './draw-cartesian';
import { drawHeatmap, drawNumber, drawPie } from './draw-other';
import { resolveSpec } from './transforms';
import type { ChartView } from '@tessera/canvas-model';
import type { ChartData } from './types';

export type { DrawContext, Tooltip } from './draw-common';

export function drawChart(svg: SVGSVGElement, spec: ChartView, data: ChartData, ctx: DrawContext): number {
  const resolved = resolveSpec(spec, data);
  switch (resolved.type) {
    case 'pie':
      return drawPie(svg, resolved, data, ctx);
    case 'heatmap':
      return drawHeatmap(svg, resolved, data, ctx);
    case 'bigNumber':
      return drawNumber(svg, resolved, data, ctx);
    default:
      return drawCartesian(svg, resolved, data, ctx);
  }
}
