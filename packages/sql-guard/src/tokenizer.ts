import { TokenizeError, lex, lexModes, significant, unquote } from '@tessera/sql-lexer';
import type { Engine, Token } from './types.ts';

export { TokenizeError, significant, unquote };

const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/;

function ambiguityMessage(token: Token | undefined): string {
  if (token?.kind === 'string') {
    return "This string literal is ambiguous: a backslash before a quote is read differently depending on server settings. Write a quote inside a string as '' instead.";
  }
  if (token?.kind === 'comment' || token?.kind === 'hint') {
    return 'Nested /* */ comments are not supported: remove the inner /*.';
  }
  return 'This query cannot be read unambiguously.';
}

/**
 * Splits SQL into tokens (including whitespace and comments) the way `engine` reads it.
 * Throws TokenizeError for unterminated strings/comments/identifiers, unexpected characters, or
 * text that different servers of the engine would read differently.
 */
export function tokenize(sql: string, engine: Engine): Token[] {
  const nul = sql.indexOf('\0');
  if (nul >= 0) throw new TokenizeError('The query contains a NUL character.', nul);
  const bidi = BIDI_CONTROLS.exec(sql);
  if (bidi)
    throw new TokenizeError(
      'The query contains invisible bidirectional-text control characters.',
      bidi.index,
    );

  const { primary, alternates } = lexModes(engine);
  const result = lex(sql, primary);
  if (result.error) throw result.error;
  for (const mode of alternates) {
    const alt = lex(sql, mode).tokens;
    const index = result.tokens.findIndex((token, k) => {
      const other = alt[k];
      return (
        other === undefined ||
        other.start !== token.start ||
        other.end !== token.end ||
        other.kind !== token.kind
      );
    });
    const diverged = index >= 0 || alt.length !== result.tokens.length;
    if (diverged) {
      const at = index >= 0 ? index : result.tokens.length - 1;
      const token = result.tokens[at];
      throw new TokenizeError(ambiguityMessage(token), token?.start ?? 0);
    }
  }
  return result.tokens;
}
