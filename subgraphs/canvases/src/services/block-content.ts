// The canvases service's edge of @tessera/canvas-model validation: issues become BAD_USER_INPUT
// naming the first field at fault (every issue in `extensions.issues`).
import { AppError } from '@tessera/errors';
import {
  checkBlockContent,
  checkPosition,
  filterValueIssues,
  mergeContent as merge,
  type BlockJson,
  type BlockType,
  type FieldIssue,
  type FilterKind,
  type Position,
} from '@tessera/canvas-model';

export type { FieldIssue };

/** BAD_USER_INPUT naming the first field at fault; every issue is in `extensions.issues`. */
export function invalidInput(what: string, issues: FieldIssue[]): AppError {
  const first = issues[0]!;
  return new AppError('BAD_USER_INPUT', `${what}: ${first.field} ${first.message}`, {
    field: first.field,
    details: { issues },
  });
}

export function validatePosition(position: unknown, field = 'position'): Position {
  const checked = checkPosition(position, field);
  if (!checked.ok) throw invalidInput('Invalid block position', checked.issues);
  return checked.value;
}

/**
 * Validates a block's whole content for its type, against the other blocks of the canvas
 * (canvas-model SPEC R12, R25, R27). Throws BAD_USER_INPUT naming the field (e.g. `content.chartType`).
 */
export function validateBlockContent(
  type: BlockType,
  content: unknown,
  others: BlockJson[],
): Record<string, unknown> {
  const checked = checkBlockContent(type, content, others);
  if (!checked.ok) throw invalidInput(`Invalid ${type} block`, checked.issues);
  return checked.value;
}

/** `content` patch semantics (R10): keys merge, a null value removes the key. */
export function mergeContent(current: Record<string, unknown>, patch: unknown): Record<string, unknown> {
  if (typeof patch !== 'object' || patch === null || Array.isArray(patch))
    throw invalidInput('Invalid block content', [{ field: 'content', message: 'must be a JSON object' }]);
  return merge(current, patch as Record<string, unknown>);
}

/** Validates a filter value (viewer choice or locked value) for the filter's kind (R22). */
export function validateFilterValue(kind: FilterKind, value: unknown, field: string): void {
  const issues = filterValueIssues(kind, value, field);
  if (issues.length > 0) throw invalidInput(`Invalid value for ${field}`, issues);
}
