import type { BlockJson } from '@tessera/collab-server/doc';
import { AppError } from '@tessera/errors';
import { FILTER_KINDS, type FilterKind } from './block-schemas.ts';
import { invalidInput, validateFilterValue } from './block-content.ts';

// How FILTER values become SQL parameters [README: Filters]. A SQL block refers to values as
// {{name}} placeholders, bound as values by the queries service (never spliced into SQL text):
//   select / multiSelect  {{p}}                  (a value / a list)
//   dateRange             {{p_from}}, {{p_to}}
//   numberRange           {{p_min}}, {{p_max}}

const PLACEHOLDER = /\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

export interface FilterBlock {
  id: string;
  parameter: string;
  kind: FilterKind;
  default: unknown;
  targets: string[];
}

export function filterBlocks(blocks: BlockJson[]): FilterBlock[] {
  const result: FilterBlock[] = [];
  for (const block of blocks) {
    if (block.type !== 'FILTER') continue;
    const { parameter, kind, targets } = block.content;
    if (typeof parameter !== 'string' || !(FILTER_KINDS as readonly string[]).includes(kind as string)) continue;
    result.push({
      id: block.id,
      parameter,
      kind: kind as FilterKind,
      default: block.content.default,
      targets: Array.isArray(targets) ? targets.filter((t): t is string => typeof t === 'string') : [],
    });
  }
  return result;
}

/** The SQL parameters one filter value stands for (by the value's shape, so a lock outlives its block). */
export function expandFilterValue(parameter: string, value: unknown): Record<string, unknown> {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const v = value as Record<string, unknown>;
    if ('from' in v || 'to' in v) return { [`${parameter}_from`]: v.from, [`${parameter}_to`]: v.to };
    if ('min' in v || 'max' in v) return { [`${parameter}_min`]: v.min, [`${parameter}_max`]: v.max };
  }
  return { [parameter]: value };
}

export function placeholdersIn(sql: string): Set<string> {
  return new Set([...sql.matchAll(PLACEHOLDER)].map((m) => m[1]!));
}

/** Checks share-link locks against the canvas's filters: known parameters, values of the right kind. */
export function validateLockedFilters(raw: unknown, blocks: BlockJson[]): Record<string, unknown> {
  if (raw === undefined || raw === null) return {};
  if (typeof raw !== 'object' || Array.isArray(raw)) throw AppError.badInput('lockedFilters', 'lockedFilters must be an object of FILTER parameter → value');
  const filters = new Map(filterBlocks(blocks).map((f) => [f.parameter, f]));
  for (const [name, value] of Object.entries(raw)) {
    const filter = filters.get(name);
    if (!filter) throw invalidInput('Invalid locked filter', [{ field: `lockedFilters.${name}`, message: 'is not the parameter of a FILTER block on this canvas' }]);
    validateFilterValue(filter.kind, value, `lockedFilters.${name}`);
  }
  return raw as Record<string, unknown>;
}

/**
 * The parameters a SQL block runs with: the block's own defaults, then for each filter that
 * targets it the viewer's value or the filter default, then the locked values on top, always.
 * Only names the SQL uses are passed.
 */
export function parametersFor(sqlBlock: BlockJson, blocks: BlockJson[], viewerFilters: unknown, locked: Record<string, unknown>): Record<string, unknown> {
  if (viewerFilters !== undefined && viewerFilters !== null && (typeof viewerFilters !== 'object' || Array.isArray(viewerFilters))) {
    throw AppError.badInput('filters', 'filters must be an object of FILTER parameter → value');
  }
  const viewer = (viewerFilters ?? {}) as Record<string, unknown>;
  const filters = filterBlocks(blocks);
  const byParameter = new Map(filters.map((f) => [f.parameter, f]));
  for (const [name, value] of Object.entries(viewer)) {
    const filter = byParameter.get(name);
    if (!filter) throw invalidInput('Invalid filter', [{ field: `filters.${name}`, message: 'is not the parameter of a FILTER block on this canvas' }]);
    if (!(name in locked)) validateFilterValue(filter.kind, value, `filters.${name}`);
  }

  const defaults = sqlBlock.content.parameters;
  const parameters: Record<string, unknown> = typeof defaults === 'object' && defaults !== null ? { ...(defaults as Record<string, unknown>) } : {};
  for (const filter of filters) {
    const applies = filter.targets.length === 0 || filter.targets.includes(sqlBlock.id);
    if (!applies || filter.parameter in locked) continue;
    const value = filter.parameter in viewer ? viewer[filter.parameter] : filter.default;
    if (value !== undefined) Object.assign(parameters, expandFilterValue(filter.parameter, value));
  }
  // Locks apply to every block that uses them, whatever the filter's targets say.
  for (const [name, value] of Object.entries(locked)) Object.assign(parameters, expandFilterValue(name, value));

  const used = placeholdersIn(typeof sqlBlock.content.sql === 'string' ? sqlBlock.content.sql : '');
  return Object.fromEntries(Object.entries(parameters).filter(([name]) => used.has(name)));
}

/** The canvas as a share-link viewer sees it: locked FILTER blocks show their locked value. */
export function withLockedFilters(blocks: BlockJson[], locked: Record<string, unknown>): BlockJson[] {
  return blocks.map((block) => {
    const parameter = block.content.parameter;
    if (block.type !== 'FILTER' || typeof parameter !== 'string' || !(parameter in locked)) return block;
    return { ...block, content: { ...block.content, default: locked[parameter], locked: true } };
  });
}
