// Per-person views (issue 22) and cross-filter (issue 21): what one person sees on a canvas.
// FILTER values and interaction filters are the person's own by default: kept in their local
// state and published in presence (awareness field `view`), never in the shared document. "Share
// my view" writes the person's FILTER values into the blocks' `content.default` (the shared
// default everybody starts from); "Reset to shared view" drops the person's own values.

/** A canvas interaction filter: `field = value`, set by clicking a mark of block `sourceBlockId`. */
export interface InteractionFilter {
  field: string;
  value: string | number | boolean | null;
  sourceBlockId: string;
}

export interface PersonalView {
  /** The person's own FILTER values by parameter (over the shared defaults). */
  filters: Record<string, unknown>;
  interactions: InteractionFilter[];
}

export const EMPTY_VIEW: PersonalView = { filters: {}, interactions: [] };

/** As many as the API takes in one run (canvases MAX_INTERACTIONS). */
export const MAX_INTERACTIONS = 8;

const sameMark = (a: InteractionFilter, b: InteractionFilter) =>
  a.field === b.field && a.value === b.value && a.sourceBlockId === b.sourceBlockId;

/**
 * Clicking a mark: the same mark again clears it; another mark of the same block and field replaces
 * that block's filter on the field; otherwise it is added (the oldest dropped past the limit).
 */
export function toggleInteraction(
  list: readonly InteractionFilter[],
  next: InteractionFilter,
): InteractionFilter[] {
  if (list.some((f) => sameMark(f, next))) return list.filter((f) => !sameMark(f, next));
  const rest = list.filter((f) => !(f.field === next.field && f.sourceBlockId === next.sourceBlockId));
  return [...rest, next].slice(-MAX_INTERACTIONS);
}

export function removeInteraction(
  list: readonly InteractionFilter[],
  gone: InteractionFilter,
): InteractionFilter[] {
  return list.filter((f) => !sameMark(f, gone));
}

/** The filters a result with these columns reads (a block reads a field its result has). */
export function interactionsReading(
  list: readonly InteractionFilter[],
  columns: readonly { name: string }[] | null | undefined,
  exceptSourceBlockId?: string,
): { field: string; value: InteractionFilter['value'] }[] {
  if (!columns) return [];
  const names = new Set(columns.map((c) => c.name));
  return list
    .filter((f) => names.has(f.field) && f.sourceBlockId !== exceptSourceBlockId)
    .map(({ field, value }) => ({ field, value }));
}

/** A mark's value as it travels: a number when the attribute reads as one, else the text. */
export function markValue(text: string): string | number {
  return text.trim() !== '' && /^-?\d+(\.\d+)?$/.test(text) && String(Number(text)) === text
    ? Number(text)
    : text;
}

export function isPersonalView(view: PersonalView): boolean {
  return Object.keys(view.filters).length > 0 || view.interactions.length > 0;
}

/** The FILTER parameters whose value the person changed from the shared default. */
export function changedFilters(
  view: PersonalView,
  defaults: Record<string, unknown>,
): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(view.filters).filter(
      ([parameter, value]) => JSON.stringify(value ?? null) !== JSON.stringify(defaults[parameter] ?? null),
    ),
  );
}

/**
 * The shared cross-filters a document holds (`meta.interactions`, written by "Share my view"):
 * well-formed entries only, at most MAX_INTERACTIONS.
 */
export function sharedInteractionsOf(raw: unknown): InteractionFilter[] {
  if (!Array.isArray(raw)) return [];
  return raw
    .filter(
      (f): f is InteractionFilter =>
        typeof f === 'object' &&
        f !== null &&
        typeof (f as InteractionFilter).field === 'string' &&
        typeof (f as InteractionFilter).sourceBlockId === 'string' &&
        ['string', 'number', 'boolean'].includes(typeof (f as InteractionFilter).value),
    )
    .slice(0, MAX_INTERACTIONS)
    .map(({ field, value, sourceBlockId }) => ({ field, value, sourceBlockId }));
}
