import { z } from 'zod';
import { AppError } from '@tessera/errors';
import {
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  PASSWORD_TOO_LONG,
  PASSWORD_TOO_SHORT,
} from '@tessera/auth/password-policy';

export const emailSchema = z
  .string()
  .trim()
  .max(254, 'Email is too long')
  .email('Enter a valid email address');
export const passwordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, PASSWORD_TOO_SHORT)
  .max(PASSWORD_MAX_LENGTH, PASSWORD_TOO_LONG);
export const nameSchema = (label: string) =>
  z.string().trim().min(1, `${label} is required`).max(120, `${label} is too long`);

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Validates input and throws BAD_USER_INPUT naming the first field at fault. */
export function validate<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const field = issue.path.join('.') || 'input';
  throw AppError.badInput(field, issue.message);
}
