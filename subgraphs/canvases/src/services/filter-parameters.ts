// The canvases service's edge of the FILTER → parameter rules of @tessera/canvas-model (SPEC
// R21–R24): the same computation the editor runs, with bad input mapped to BAD_USER_INPUT.
import {
  filterValuesIssues,
  parametersFor as modelParametersFor,
  type BlockJson,
} from '@tessera/canvas-model';
import { AppError } from '@tessera/errors';
import { invalidInput } from './block-content.ts';

function asObject(raw: unknown, field: string, message: string): Record<string, unknown> {
  if (raw === undefined || raw === null) return {};
  if (typeof raw !== 'object' || Array.isArray(raw)) throw AppError.badInput(field, message);
  return raw as Record<string, unknown>;
}

/** Checks share-link locks against the canvas's filters: known parameters, values of the right kind. */
export function validateLockedFilters(raw: unknown, blocks: BlockJson[]): Record<string, unknown> {
  const locked = asObject(
    raw,
    'lockedFilters',
    'lockedFilters must be an object of FILTER parameter → value',
  );
  const issues = filterValuesIssues(blocks, locked, 'lockedFilters');
  if (issues.length > 0) throw invalidInput('Invalid locked filter', issues);
  return locked;
}

/**
 * The parameters a SQL block runs with (R23); the viewer's choices are checked first (R22), against
 * `viewerBlocks` (a publication's viewers may set only the published filters).
 */
export function parametersFor(
  sqlBlock: BlockJson,
  blocks: BlockJson[],
  viewerFilters: unknown,
  locked: Record<string, unknown>,
  viewerBlocks: BlockJson[] = blocks,
): Record<string, unknown> {
  const viewer = asObject(viewerFilters, 'filters', 'filters must be an object of FILTER parameter → value');
  const issues = filterValuesIssues(viewerBlocks, viewer, 'filters', locked);
  if (issues.length > 0) throw invalidInput('Invalid filter', issues);
  return modelParametersFor(sqlBlock, blocks, { viewer, locked });
}
