import type { CombinedError } from '@urql/core';

export interface ErrorInfo {
  message: string;
  code: string | null;
  field: string | null;
}

/** The first GraphQL error, with its `extensions.code` and `extensions.field`. */
export function errorInfo(error: CombinedError | undefined | null): ErrorInfo | null {
  if (!error) return null;
  const first = error.graphQLErrors[0];
  if (first) {
    const ext = (first.extensions ?? {}) as Record<string, unknown>;
    return {
      message: first.message,
      code: typeof ext.code === 'string' ? ext.code : null,
      field: typeof ext.field === 'string' ? ext.field : null,
    };
  }
  return {
    message: error.networkError
      ? 'Cannot reach the server. Check your connection and try again.'
      : error.message,
    code: null,
    field: null,
  };
}
