// The chart block's code (d3 and the chart renderers) is a chunk of its own, loaded when a canvas or
// a report has charts; until it is in, a chart shows a skeleton (without suspending: ui/on-demand.ts).
import type { BlockJson } from '@tessera/canvas-model';
import { onDemand, onDemandComponent } from '../../../ui/on-demand';
import { Skeleton } from '../../../ui/skeleton';

export const chartBlockCode = onDemand<{ block: BlockJson }>(() => import('./chart-block'));

/** Starts loading the charts' code and their drawing code (a canvas or report with charts). */
export const preloadChartCode = () =>
  void Promise.all([chartBlockCode.preload(), import('../../../charts/draw')]).catch(() => undefined);

export const ChartBlock = onDemandComponent(chartBlockCode, <Skeleton height="100%" />);
