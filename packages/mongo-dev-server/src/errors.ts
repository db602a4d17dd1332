import type { Document } from 'bson';

export const ErrorCodes = {
  InternalError: 1,
  BadValue: 2,
  Unauthorized: 13,
  FailedToParse: 9,
  TypeMismatch: 14,
  AuthenticationFailed: 18,
  IllegalOperation: 20,
  InvalidBSON: 22,
  NamespaceNotFound: 26,
  IndexNotFound: 27,
  ConflictingUpdateOperators: 40,
  CursorNotFound: 43,
  NamespaceExists: 48,
  CommandNotFound: 59,
  ImmutableField: 66,
  InvalidOptions: 72,
  InvalidNamespace: 73,
  IndexOptionsConflict: 85,
  IndexKeySpecsConflict: 86,
  CommandNotSupported: 115,
  UnsupportedOpQueryCommand: 352,
  Location40324: 40324,
  BSONObjectTooLarge: 10334,
  DuplicateKey: 11000,
} as const;

export type CodeName = keyof typeof ErrorCodes;

/** An error reported to the client as `{ ok: 0, errmsg, code, codeName, ...extra }`. */
export class CommandError extends Error {
  readonly code: number;
  readonly codeName: string;
  readonly extra: Document;

  constructor(codeName: CodeName, message: string, extra: Document = {}) {
    super(message);
    this.code = ErrorCodes[codeName];
    this.codeName = codeName;
    this.extra = extra;
  }

  toReply(): Document {
    return { ok: 0, errmsg: this.message, code: this.code, codeName: this.codeName, ...this.extra };
  }

  /** The shape used inside a `writeErrors` array. */
  toWriteError(index: number): Document {
    return { index, code: this.code, errmsg: this.message, ...this.extra };
  }
}

const MINGO_PATTERNS: Array<[RegExp, CodeName]> = [
  [/immutable field/i, 'ImmutableField'],
  [/would create a conflict/i, 'ConflictingUpdateOperators'],
  [/Unknown update operator/i, 'FailedToParse'],
];

/** Converts anything thrown while running a command into a CommandError. */
export function toCommandError(err: unknown): CommandError {
  if (err instanceof CommandError) return err;
  const message = err instanceof Error ? err.message : String(err);
  if (err instanceof Error && err.constructor.name === 'MingoError') {
    const stage = /unregistered pipeline operator (\$\w+)/.exec(message)?.[1];
    if (stage) return new CommandError('Location40324', `Unrecognized pipeline stage name: '${stage}'`);
    for (const [pattern, codeName] of MINGO_PATTERNS) {
      if (pattern.test(message)) return new CommandError(codeName, message);
    }
    return new CommandError('BadValue', message);
  }
  return new CommandError('InternalError', message);
}
