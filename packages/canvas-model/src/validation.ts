// Validation of block input [R12][R25]–[R27]: content per kind, references to other blocks of the
// canvas, and the shape JSON content must keep. Returns issues; callers map them to their errors.
import { z } from 'zod';
import { bindingBlock, bindingsIn } from './bindings.ts';
import { blockReferencesIn } from './chain.ts';
import { filterParameterNames, readFilter } from './blocks/filter.ts';
import { lazySchema, zodIssues, type FieldIssue } from './blocks/shared.ts';
import type { BlockJson, BlockType, Position } from './document/types.ts';
import { BLOCK_KINDS } from './registry.ts';

/** A block's whole `content` as GraphQL accepts it, in bytes of JSON [R27]. */
export const MAX_CONTENT_INPUT_BYTES = 256 * 1024;
/** Nesting depth of `content` [R27]. */
export const MAX_CONTENT_DEPTH = 16;

export const positionSchema = lazySchema(() =>
  z.object({
    x: z.number().int().min(0, 'must be 0 or more').max(10_000),
    y: z.number().int().min(0, 'must be 0 or more').max(100_000),
    w: z.number().int().min(1, 'must be at least 1').max(1_000),
    h: z.number().int().min(1, 'must be at least 1').max(1_000),
  }),
);

export type Checked<T> = { ok: true; value: T } | { ok: false; issues: FieldIssue[] };

/** A position within the grid's bounds [R26]. */
export function checkPosition(position: unknown, field = 'position'): Checked<Position> {
  const result = positionSchema.safeParse(position);
  return result.success
    ? { ok: true, value: result.data }
    : { ok: false, issues: zodIssues(result.error, field) };
}

/** MongoDB field names cannot start with `$` or contain `.`; JSON content must stay shallow [R27]. */
function shapeIssues(value: unknown, path: string, depth: number, issues: FieldIssue[]): void {
  if (depth > MAX_CONTENT_DEPTH) {
    issues.push({ field: path, message: `is nested more than ${MAX_CONTENT_DEPTH} levels deep` });
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((item, index) => shapeIssues(item, `${path}.${index}`, depth + 1, issues));
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      if (key.startsWith('$') || key.includes('.') || key.includes('\0')) {
        issues.push({ field: `${path}.${key}`, message: 'is not an allowed key (no leading $, no dots)' });
      } else {
        shapeIssues(item, `${path}.${key}`, depth + 1, issues);
      }
    }
  }
}

/** References to other blocks of the canvas: sources, filter targets and options, bindings [R25]. */
function referenceIssues(
  type: BlockType,
  content: Record<string, unknown>,
  others: readonly BlockJson[],
): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const byId = new Map(others.map((b) => [b.id, b]));
  const sqlRef = (id: unknown, field: string) => {
    if (typeof id !== 'string') return;
    const target = byId.get(id);
    if (!target) issues.push({ field, message: `refers to block ${id}, which is not on this canvas` });
    else if (target.type !== 'SQL')
      issues.push({ field, message: `must refer to a SQL block (block ${id} is ${target.type})` });
  };
  sqlRef(content.sourceBlockId, 'content.sourceBlockId');
  if (
    type === 'SQL' &&
    typeof content.dataSourceId !== 'string' &&
    blockReferencesIn(typeof content.sql === 'string' ? content.sql : '', others).length === 0
  )
    issues.push({
      field: 'content.dataSourceId',
      message: 'is required (the data source the SQL runs on) unless the SQL reads other blocks',
    });
  if (type === 'FILTER') {
    const targets = Array.isArray(content.targets) ? (content.targets as unknown[]) : [];
    targets.forEach((id, index) => {
      const target = typeof id === 'string' ? byId.get(id) : undefined;
      if (!target || target.type !== 'SQL')
        issues.push({
          field: `content.targets.${index}`,
          message: 'must refer to a SQL block of this canvas',
        });
    });
    sqlRef(
      (content.optionsFrom as { sourceBlockId?: unknown } | undefined)?.sourceBlockId,
      'content.optionsFrom.sourceBlockId',
    );
    const clash = others.find((b) => b.type === 'FILTER' && b.content.parameter === content.parameter);
    if (clash)
      issues.push({
        field: 'content.parameter',
        message: `"${String(content.parameter)}" is already the parameter of filter block ${clash.id}`,
      });
  }
  if (type === 'TEXT' && typeof content.markdown === 'string') {
    const parameters = new Set(
      others.map(readFilter).flatMap((f) => (f ? filterParameterNames(f.parameter, f.kind) : [])),
    );
    for (const binding of bindingsIn(content.markdown)) {
      if (binding.kind === 'invalid') {
        issues.push({
          field: 'content.markdown',
          message: `has binding ${binding.text}, which must look like {{block.field}} or {{parameter}}`,
        });
      } else if (binding.kind === 'block' && !bindingBlock(binding.ref, others)) {
        issues.push({
          field: 'content.markdown',
          message: `binds ${binding.text} to block ${binding.ref}, which is not on this canvas`,
        });
      } else if (binding.kind === 'parameter' && !parameters.has(binding.name)) {
        issues.push({
          field: 'content.markdown',
          message: `binds ${binding.text} to a parameter no FILTER block of this canvas provides`,
        });
      }
    }
  }
  return issues;
}

/**
 * A block's whole content for its type, against the other blocks of the canvas [R12][R25][R27].
 * The issues name the field at fault (`content.chartType`); unknown keys are kept.
 */
export function checkBlockContent(
  type: BlockType,
  content: unknown,
  others: readonly BlockJson[],
): Checked<Record<string, unknown>> {
  if (typeof content !== 'object' || content === null || Array.isArray(content))
    return { ok: false, issues: [{ field: 'content', message: 'must be a JSON object' }] };
  const object = content as Record<string, unknown>;
  const shape: FieldIssue[] = [];
  shapeIssues(object, 'content', 0, shape);
  if (shape.length > 0) return { ok: false, issues: shape };
  if (new TextEncoder().encode(JSON.stringify(object)).length > MAX_CONTENT_INPUT_BYTES) {
    return {
      ok: false,
      issues: [
        { field: 'content', message: `must be at most ${MAX_CONTENT_INPUT_BYTES / 1024} KiB of JSON` },
      ],
    };
  }
  const result = BLOCK_KINDS[type].schema.safeParse(object);
  if (!result.success) return { ok: false, issues: zodIssues(result.error, 'content') };
  const references = referenceIssues(type, object, others);
  return references.length > 0 ? { ok: false, issues: references } : { ok: true, value: object };
}

/** `content` patch semantics [R10]: keys merge, a null value removes the key. */
export function mergeContent(
  current: Record<string, unknown>,
  changes: Record<string, unknown>,
): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...current };
  for (const [key, value] of Object.entries(changes)) {
    if (value === null) delete merged[key];
    else merged[key] = value;
  }
  return merged;
}
