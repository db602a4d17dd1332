import { chartTypeOf } from '@tessera/canvas-model';
import type { ChartSuggestion, ChartType } from '@tessera/nl2sql';
import { z } from 'zod';

export type ParsedAnswer =
  | { ok: true; sql: string; explanation: string; chart: ChartSuggestion | null; confidence: number | null }
  | { ok: false; reason: string };

const answerSchema = z.object({
  sql: z.string().max(20_000),
  explanation: z.string().max(4_000).optional().nullable(),
  chart: z.unknown().optional(),
  confidence: z.unknown().optional(),
});

function chartOf(value: unknown): ChartSuggestion | null {
  if (!value || typeof value !== 'object') return null;
  const c = value as { type?: unknown; x?: unknown; y?: unknown; series?: unknown };
  // canvas-model's chart types and their aliases ("doughnut", "box plot"), or a table.
  const type: ChartType | null =
    typeof c.type === 'string' && c.type.toLowerCase() === 'table' ? 'table' : chartTypeOf(c.type);
  if (!type) return null;
  const y = Array.isArray(c.y)
    ? c.y.filter((v): v is string => typeof v === 'string')
    : typeof c.y === 'string'
      ? [c.y]
      : [];
  const series = typeof c.series === 'string' && c.series !== '' ? { series: c.series } : {};
  return { type, x: typeof c.x === 'string' && c.x !== '' ? c.x : null, y, ...series };
}

/** JSON in the text: the whole of it, inside a ``` fence, or from the first { to the last }. */
function findJson(text: string): unknown {
  const candidates = [text.trim()];
  const fenced = /```(?:json)?\s*\n?([\s\S]*?)```/i.exec(text);
  if (fenced?.[1]) candidates.push(fenced[1].trim());
  const first = text.indexOf('{');
  const last = text.lastIndexOf('}');
  if (first >= 0 && last > first) candidates.push(text.slice(first, last + 1));
  for (const candidate of candidates) {
    try {
      return JSON.parse(candidate);
    } catch {
      // next candidate
    }
  }
  return undefined;
}

/**
 * Reads a model's answer defensively: the JSON object asked for (possibly fenced or wrapped in
 * prose), or failing that a ```sql fence. Anything else is malformed. The SQL is not trusted
 * here: validateSql decides about it.
 */
export function parseModelAnswer(text: string): ParsedAnswer {
  const json = findJson(text);
  if (json !== undefined) {
    const parsed = answerSchema.safeParse(json);
    if (!parsed.success) return { ok: false, reason: 'malformed output (no "sql" string)' };
    const confidence =
      typeof parsed.data.confidence === 'number' && Number.isFinite(parsed.data.confidence)
        ? Math.min(1, Math.max(0, parsed.data.confidence))
        : null;
    return {
      ok: true,
      sql: parsed.data.sql.trim(),
      explanation: parsed.data.explanation?.trim() ?? '',
      chart: chartOf(parsed.data.chart),
      confidence,
    };
  }
  const sqlFence = /```sql\s*\n?([\s\S]*?)```/i.exec(text);
  if (sqlFence?.[1]?.trim())
    return { ok: true, sql: sqlFence[1].trim(), explanation: '', chart: null, confidence: null };
  return { ok: false, reason: 'malformed output (not JSON)' };
}
