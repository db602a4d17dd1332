import type { z } from 'zod';
import { AppError } from '@tessera/errors';
import type { BlockJson, BlockType, Position } from '@tessera/collab-server/doc';
import { CONTENT_SCHEMAS, FILTER_VALUE, positionSchema, type FilterKind } from './block-schemas.ts';

const MAX_CONTENT_BYTES = 256 * 1024;
const MAX_DEPTH = 16;
/** `{{ blockId.field }}` in TEXT markdown. */
const BINDING = /\{\{\s*([^{}]*?)\s*\}\}/g;
const BINDING_TARGET = /^([A-Za-z0-9_-]+)\.([A-Za-z0-9_][A-Za-z0-9_.]*)$/;
const DATA_BLOCKS: readonly BlockType[] = ['SQL'];

export interface FieldIssue {
  field: string;
  message: string;
}

/** BAD_USER_INPUT naming the first field at fault; every issue is in `extensions.issues`. */
export function invalidInput(what: string, issues: FieldIssue[]): AppError {
  const first = issues[0]!;
  return new AppError('BAD_USER_INPUT', `${what}: ${first.field} ${first.message}`, { field: first.field, details: { issues } });
}

function zodIssues(error: z.ZodError, prefix: string): FieldIssue[] {
  return error.issues.map((issue) => ({ field: [prefix, ...issue.path.map(String)].join('.'), message: issue.message }));
}

export function validatePosition(position: unknown, field = 'position'): Position {
  const result = positionSchema.safeParse(position);
  if (!result.success) throw invalidInput('Invalid block position', zodIssues(result.error, field));
  return result.data;
}

/** MongoDB field names cannot start with `$` or contain `.`; JSON content must stay small. */
function checkShape(value: unknown, path: string, depth: number, issues: FieldIssue[]): void {
  if (depth > MAX_DEPTH) {
    issues.push({ field: path, message: `is nested more than ${MAX_DEPTH} levels deep` });
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((item, index) => checkShape(item, `${path}.${index}`, depth + 1, issues));
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      if (key.startsWith('$') || key.includes('.') || key.includes('\0')) {
        issues.push({ field: `${path}.${key}`, message: 'is not an allowed key (no leading $, no dots)' });
      } else {
        checkShape(item, `${path}.${key}`, depth + 1, issues);
      }
    }
  }
}

function requireObject(content: unknown, field: string): Record<string, unknown> {
  if (typeof content !== 'object' || content === null || Array.isArray(content)) {
    throw invalidInput('Invalid block content', [{ field, message: 'must be a JSON object' }]);
  }
  return content as Record<string, unknown>;
}

/** Checks that references point at blocks of the canvas: sources, filter targets, text bindings. */
function referenceIssues(type: BlockType, content: Record<string, unknown>, others: BlockJson[]): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const byId = new Map(others.map((b) => [b.id, b]));
  const source = content.sourceBlockId;
  if (typeof source === 'string') {
    const target = byId.get(source);
    if (!target) issues.push({ field: 'content.sourceBlockId', message: `refers to block ${source}, which is not on this canvas` });
    else if (!DATA_BLOCKS.includes(target.type)) issues.push({ field: 'content.sourceBlockId', message: `must refer to a SQL block (block ${source} is ${target.type})` });
  }
  if (type === 'FILTER') {
    const targets = Array.isArray(content.targets) ? (content.targets as unknown[]) : [];
    targets.forEach((id, index) => {
      const target = typeof id === 'string' ? byId.get(id) : undefined;
      if (!target || target.type !== 'SQL') issues.push({ field: `content.targets.${index}`, message: `must refer to a SQL block of this canvas` });
    });
    const clash = others.find((b) => b.type === 'FILTER' && b.content.parameter === content.parameter);
    if (clash) issues.push({ field: 'content.parameter', message: `"${String(content.parameter)}" is already the parameter of filter block ${clash.id}` });
  }
  if (type === 'TEXT' && typeof content.markdown === 'string') {
    for (const match of content.markdown.matchAll(BINDING)) {
      const binding = BINDING_TARGET.exec(match[1]!);
      if (!binding) issues.push({ field: 'content.markdown', message: `has binding ${match[0]}, which must look like {{blockId.field}}` });
      else if (!byId.has(binding[1]!)) issues.push({ field: 'content.markdown', message: `binds ${match[0]} to block ${binding[1]}, which is not on this canvas` });
    }
  }
  return issues;
}

/**
 * Validates a block's whole content for its type, against the other blocks of the canvas.
 * Throws BAD_USER_INPUT naming the field (e.g. `content.chartType`).
 */
export function validateBlockContent(type: BlockType, content: unknown, others: BlockJson[]): Record<string, unknown> {
  const object = requireObject(content, 'content');
  const shape: FieldIssue[] = [];
  checkShape(object, 'content', 0, shape);
  if (shape.length > 0) throw invalidInput(`Invalid ${type} block`, shape);
  if (Buffer.byteLength(JSON.stringify(object)) > MAX_CONTENT_BYTES) {
    throw invalidInput(`Invalid ${type} block`, [{ field: 'content', message: `must be at most ${MAX_CONTENT_BYTES / 1024} KiB of JSON` }]);
  }
  const result = CONTENT_SCHEMAS[type].safeParse(object);
  if (!result.success) throw invalidInput(`Invalid ${type} block`, zodIssues(result.error, 'content'));
  const references = referenceIssues(type, object, others);
  if (references.length > 0) throw invalidInput(`Invalid ${type} block`, references);
  return object;
}

/** `content` patch semantics [D10]: keys merge, a null value removes the key. */
export function mergeContent(current: Record<string, unknown>, patch: unknown): Record<string, unknown> {
  const changes = requireObject(patch, 'content');
  const merged: Record<string, unknown> = { ...current };
  for (const [key, value] of Object.entries(changes)) {
    if (value === null) delete merged[key];
    else merged[key] = value;
  }
  return merged;
}

/** Validates a filter value (viewer choice or locked value) for the filter's kind. */
export function validateFilterValue(kind: FilterKind, value: unknown, field: string): void {
  const result = FILTER_VALUE[kind].safeParse(value);
  if (!result.success) throw invalidInput(`Invalid value for ${field}`, zodIssues(result.error, field));
}
