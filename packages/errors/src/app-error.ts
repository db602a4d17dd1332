/** Stable error codes; clients branch on `extensions.code`, never on message text. */
export const ErrorCode = {
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  CONFLICT: 'CONFLICT',
  RATE_LIMITED: 'RATE_LIMITED',
  SQL_ERROR: 'SQL_ERROR',
  TIMEOUT: 'TIMEOUT',
  UNAVAILABLE: 'UNAVAILABLE',
  INTERNAL: 'INTERNAL_SERVER_ERROR',
} as const;

export type ErrorCodeName = (typeof ErrorCode)[keyof typeof ErrorCode];

export interface AppErrorOptions {
  /** The input field at fault, for BAD_USER_INPUT (e.g. "email"). */
  field?: string;
  /** Extra, client-safe details placed in `extensions`. */
  details?: Record<string, unknown>;
  cause?: unknown;
}

export class AppError extends Error {
  readonly code: ErrorCodeName;
  readonly field: string | undefined;
  readonly details: Record<string, unknown> | undefined;

  constructor(code: ErrorCodeName, message: string, options: AppErrorOptions = {}) {
    super(message, { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.field = options.field;
    this.details = options.details;
  }

  static unauthenticated(message = 'Not signed in') {
    return new AppError(ErrorCode.UNAUTHENTICATED, message);
  }
  static forbidden(message = 'Not allowed') {
    return new AppError(ErrorCode.FORBIDDEN, message);
  }
  static notFound(what: string) {
    return new AppError(ErrorCode.NOT_FOUND, `${what} not found`);
  }
  static badInput(field: string, message: string) {
    return new AppError(ErrorCode.BAD_USER_INPUT, message, { field });
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
