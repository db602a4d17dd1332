// CHART block content as the canvases service stores it ({ chartType, encodings {x, y, color},
// options }) ↔ the chart module's ChartSpec.
import type { ChartSpec, ChartType } from '../../../charts/types';

type Encoding = string | { field: string; type?: string };

function field(e: unknown): string | null {
  if (typeof e === 'string') return e;
  if (e && typeof e === 'object' && typeof (e as { field?: unknown }).field === 'string') return (e as { field: string }).field;
  return null;
}

function fields(e: unknown): string[] {
  return (Array.isArray(e) ? e : e === undefined || e === null ? [] : [e]).map(field).filter((f): f is string => f !== null);
}

const TO_SPEC: Record<string, ChartType> = { bigNumber: 'number', number: 'number', bar: 'bar', line: 'line', area: 'area', scatter: 'scatter', pie: 'pie', histogram: 'histogram', heatmap: 'heatmap' };

/** The stored chart, or null when the block has none yet. */
export function specFromContent(content: Record<string, unknown>): ChartSpec | null {
  const type = TO_SPEC[String(content.chartType ?? '')];
  if (!type) return null;
  const enc = (content.encodings ?? {}) as Record<string, unknown>;
  const options = (content.options ?? {}) as Record<string, unknown>;
  const bins = typeof options.bins === 'number' ? options.bins : undefined;
  if (type === 'heatmap') return { type, x: field(enc.x), series: field(enc.y), y: fields(enc.color) };
  return { type, x: field(enc.x), y: fields(enc.y), series: field(enc.color), ...(bins ? { bins } : {}) };
}

/** The content keys to write for a spec (merged into the block's content). */
export function contentFromSpec(spec: ChartSpec): Record<string, unknown> {
  const e = (f: string | null | undefined): Encoding | null => (f ? { field: f } : null);
  const encodings: Record<string, unknown> =
    spec.type === 'heatmap'
      ? { x: e(spec.x), y: e(spec.series), color: e(spec.y?.[0]) }
      : { x: e(spec.x), y: (spec.y ?? []).length > 1 ? spec.y!.map((f) => ({ field: f })) : e(spec.y?.[0]), color: e(spec.series) };
  for (const key of Object.keys(encodings)) if (encodings[key] === null) delete encodings[key];
  return {
    chartType: spec.type === 'number' ? 'bigNumber' : spec.type,
    encodings,
    aggregation: 'none',
    ...(spec.type === 'histogram' ? { options: { bins: spec.bins ?? 20 } } : {}),
  };
}
