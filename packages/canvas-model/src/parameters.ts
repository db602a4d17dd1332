// How FILTER values become SQL parameters [R21]–[R24]: one implementation for the canvases
// service (runs of saved blocks, share links) and the editor (its own runs, bindings).
import { FILTER_VALUE, readFilter, type FilterBlock, type FilterKind } from './blocks/filter.ts';
import { zodIssues, type FieldIssue } from './blocks/shared.ts';
import type { BlockJson } from './document/types.ts';
import { placeholdersIn } from './placeholders.ts';

export interface ParameterSources {
  /** The viewer's own choices, by FILTER parameter (embeds, share links); they win over `default`. */
  viewer?: Record<string, unknown>;
  /** Values fixed by a share link, by FILTER parameter; they win over everything, everywhere [R24]. */
  locked?: Record<string, unknown>;
}

/** The usable FILTER blocks of a canvas [R21]. */
export function filterBlocks(blocks: readonly BlockJson[]): FilterBlock[] {
  return blocks.map(readFilter).filter((f): f is FilterBlock => f !== null);
}

/**
 * The SQL parameters one filter value stands for, by the value's shape (so a lock outlives its
 * block): {{p}}, or {{p_from}}/{{p_to}}, or {{p_min}}/{{p_max}}; an open end is null [R21].
 */
export function expandFilterValue(parameter: string, value: unknown): Record<string, unknown> {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const v = value as Record<string, unknown>;
    if ('from' in v || 'to' in v)
      return { [`${parameter}_from`]: v.from ?? null, [`${parameter}_to`]: v.to ?? null };
    if ('min' in v || 'max' in v)
      return { [`${parameter}_min`]: v.min ?? null, [`${parameter}_max`]: v.max ?? null };
  }
  return { [parameter]: value ?? null };
}

function filterValues(
  filters: FilterBlock[],
  { viewer = {}, locked = {} }: ParameterSources,
): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const filter of filters) {
    if (filter.parameter in locked) continue;
    const value = filter.parameter in viewer ? viewer[filter.parameter] : filter.default;
    if (value !== undefined) Object.assign(values, expandFilterValue(filter.parameter, value));
  }
  for (const [name, value] of Object.entries(locked)) Object.assign(values, expandFilterValue(name, value));
  return values;
}

/** Every filter's current value as parameters, locks on top: what {{parameter}} bindings show [R18][R24]. */
export function canvasParameters(
  blocks: readonly BlockJson[],
  sources: ParameterSources = {},
): Record<string, unknown> {
  return filterValues(filterBlocks(blocks), sources);
}

/**
 * The parameters a SQL block runs with [R23]: the block's own `parameters` defaults, then each
 * FILTER that applies to it (no targets = every SQL block) with the viewer's choice or its
 * `default`, then share-link locks on top. Only names the SQL uses are passed; a used name nothing
 * gives a value is left out, so the run fails naming it (MISSING_PARAMETER).
 */
export function parametersFor(
  sqlBlock: Pick<BlockJson, 'id' | 'content'>,
  blocks: readonly BlockJson[],
  sources: ParameterSources = {},
): Record<string, unknown> {
  const defaults = sqlBlock.content.parameters;
  const applicable = filterBlocks(blocks).filter(
    (f) => f.targets.length === 0 || f.targets.includes(sqlBlock.id),
  );
  const all: Record<string, unknown> = {
    ...(typeof defaults === 'object' && defaults !== null && !Array.isArray(defaults)
      ? (defaults as Record<string, unknown>)
      : {}),
    ...filterValues(applicable, sources),
  };
  const used = placeholdersIn(typeof sqlBlock.content.sql === 'string' ? sqlBlock.content.sql : '');
  return Object.fromEntries(used.filter((name) => all[name] !== undefined).map((name) => [name, all[name]]));
}

/** Problems with a filter value for a filter kind [R22]. */
export function filterValueIssues(kind: FilterKind, value: unknown, field: string): FieldIssue[] {
  const result = FILTER_VALUE[kind].safeParse(value);
  return result.success ? [] : zodIssues(result.error, field);
}

/**
 * Problems with values given by FILTER parameter (a viewer's choices, a share link's locks):
 * unknown parameters, values of the wrong kind [R22]. `skip` names parameters not to check.
 */
export function filterValuesIssues(
  blocks: readonly BlockJson[],
  values: Record<string, unknown>,
  field: string,
  skip: Record<string, unknown> = {},
): FieldIssue[] {
  const filters = new Map(filterBlocks(blocks).map((f) => [f.parameter, f]));
  const issues: FieldIssue[] = [];
  for (const [name, value] of Object.entries(values)) {
    const filter = filters.get(name);
    if (!filter)
      issues.push({
        field: `${field}.${name}`,
        message: 'is not the parameter of a FILTER block on this canvas',
      });
    else if (!(name in skip)) issues.push(...filterValueIssues(filter.kind, value, `${field}.${name}`));
  }
  return issues;
}

/** The canvas as a share-link viewer sees it: locked FILTER blocks show their locked value [R24]. */
export function withLockedFilters(blocks: BlockJson[], locked: Record<string, unknown>): BlockJson[] {
  return blocks.map((block) => {
    const parameter = block.content.parameter;
    if (block.type !== 'FILTER' || typeof parameter !== 'string' || !(parameter in locked)) return block;
    return { ...block, content: { ...block.content, default: locked[parameter], locked: true } };
  });
}
