import { significant } from './tokenizer.ts';
import type { Token } from './types.ts';

export interface Statement {
  /** Significant tokens only (no whitespace or ordinary comments; hints are kept). */
  tokens: Token[];
  /** Offset of the first significant token. */
  start: number;
  /** Offset just past the last significant token. */
  end: number;
}

/**
 * Splits on every `;` token. Strings, quoted identifiers, comments and dollar-quoted bodies are
 * single tokens, so a `;` inside them never splits. Empty statements (`;;`, a trailing `;`) are
 * dropped. A `;` nested in parentheses still splits: no engine accepts it there, and refusing is
 * safer than guessing.
 */
export function splitStatements(tokens: readonly Token[]): Statement[] {
  const statements: Statement[] = [];
  let current: Token[] = [];
  const flush = (): void => {
    const first = current[0];
    const last = current[current.length - 1];
    if (first && last) statements.push({ tokens: current, start: first.start, end: last.end });
    current = [];
  };
  for (const token of significant(tokens)) {
    if (token.kind === 'punct' && token.text === ';') flush();
    else current.push(token);
  }
  flush();
  return statements;
}
