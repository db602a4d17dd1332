export type { Dialect, Token, TokenKind } from './types.ts';
export { DIALECTS } from './types.ts';
export { TokenizeError } from './lex-error.ts';
export { lexModes, type LexMode } from './modes.ts';
export { lex, significant, type LexOptions, type LexResult } from './lex.ts';
export { unquote } from './unquote.ts';
