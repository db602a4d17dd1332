export { AppError, ErrorCode, isAppError, type ErrorCodeName } from './app-error.ts';
export { formatGraphQLError, type FormatErrorOptions } from './format.ts';
