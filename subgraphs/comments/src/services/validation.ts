import { z } from 'zod';
import { AppError } from '@tessera/errors';

export const MAX_BODY_LENGTH = 10_000;

const uuid = z.string().uuid('Not a valid id');
export const bodySchema = z
  .string()
  .trim()
  .min(1, 'A comment cannot be empty')
  .max(MAX_BODY_LENGTH, `A comment is at most ${MAX_BODY_LENGTH} characters`);
export const blockIdSchema = z.string().trim().min(1).max(100, 'Not a valid block id');

export const addCommentSchema = z.object({
  canvasId: z.string().min(1).max(100),
  blockId: blockIdSchema.nullish(),
  parentId: uuid.nullish(),
  body: bodySchema,
  /** A chart's data point: the field (column) and the value the comment is about. */
  anchor: z
    .object({
      field: z.string().trim().min(1, 'An anchor needs a field').max(200, 'Not a valid anchor field'),
      value: z.string().max(500, 'An anchor value is at most 500 characters'),
    })
    .strict()
    .nullish(),
  assigneeId: uuid.nullish(),
});
export type AddCommentInput = z.infer<typeof addCommentSchema>;

export const isUuid = (value: string): boolean => uuid.safeParse(value).success;

/** Validates input and throws BAD_USER_INPUT naming the first field at fault. */
export function validate<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  throw AppError.badInput(issue.path.join('.') || 'input', issue.message);
}
