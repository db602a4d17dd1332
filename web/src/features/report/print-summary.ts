// What the printed report (PDF export, `?print=1`) states in its header, as pure data: the filters
// applied to it (each FILTER's locked value or its default; share-link locks without a block too)
// and the render's timestamp; and how wide each card is on paper.
import { readFilter, type BlockJson } from '@tessera/canvas-model';
import type { ReportCard } from './report-layout';

export interface AppliedFilter {
  name: string;
  value: string;
}

const MAX_VALUE_CHARS = 200;

function isEmpty(value: unknown): boolean {
  return (
    value === undefined ||
    value === null ||
    value === '' ||
    (Array.isArray(value) && value.length === 0) ||
    (typeof value === 'object' && !Array.isArray(value) && Object.keys(value as object).length === 0)
  );
}

function clip(text: string): string {
  return text.length > MAX_VALUE_CHARS ? `${text.slice(0, MAX_VALUE_CHARS - 1)}…` : text;
}

/** A filter value as a reader reads it: lists joined, ranges as "from – to", open ends as "…". */
export function formatFilterValue(value: unknown): string {
  if (Array.isArray(value)) return clip(value.map((v) => formatFilterValue(v)).join(', '));
  if (typeof value === 'object' && value !== null) {
    const v = value as Record<string, unknown>;
    const end = (x: unknown) => (x === null || x === undefined || x === '' ? '…' : String(x));
    if ('from' in v || 'to' in v) return `${end(v.from)} – ${end(v.to)}`;
    if ('min' in v || 'max' in v) return `${end(v.min)} – ${end(v.max)}`;
    return clip(JSON.stringify(value));
  }
  return clip(String(value));
}

/**
 * The filters in effect on a printed report, in the filter blocks' order: a share-link lock wins
 * over the block's default; a filter with neither is not applied. Locked parameters no block
 * declares are listed too (by parameter name). Empty: no filter applied ("none").
 */
export function appliedFilters(
  blocks: readonly BlockJson[],
  locked: Record<string, unknown>,
): AppliedFilter[] {
  const applied: AppliedFilter[] = [];
  const named = new Set<string>();
  for (const block of blocks) {
    const filter = readFilter(block);
    if (!filter || named.has(filter.parameter)) continue;
    named.add(filter.parameter);
    const value = filter.parameter in locked ? locked[filter.parameter] : filter.default;
    if (isEmpty(value)) continue;
    const title = typeof block.content.title === 'string' ? block.content.title.trim() : '';
    applied.push({
      name: filter.label?.trim() || title || filter.parameter,
      value: formatFilterValue(value),
    });
  }
  for (const [parameter, value] of Object.entries(locked)) {
    if (named.has(parameter) || isEmpty(value)) continue;
    applied.push({ name: parameter, value: formatFilterValue(value) });
  }
  return applied;
}

/**
 * A card's width on paper, out of 12: a page is about 720 px wide, so charts and tables take at
 * least half of it and metrics and text at least a third (no more than four across).
 */
export function printSpan(card: Pick<ReportCard, 'block' | 'span'>): number {
  const min = card.block.type === 'METRIC' || card.block.type === 'TEXT' ? 4 : 6;
  return Math.min(12, Math.max(min, card.span));
}

/** "6 Dec 2026, 09:41 UTC": when the file was rendered, in the renderer's time zone. */
export function renderedAt(date: Date, timeZone?: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZoneName: 'short',
    ...(timeZone ? { timeZone } : {}),
  }).format(date);
}
