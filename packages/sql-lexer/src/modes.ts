import type { Dialect } from './types.ts';

/**
 * The lexical settings that can differ between servers of the same dialect. A reader that must
 * see a query exactly as the engine will (sql-guard) lexes it in the primary mode and in each
 * plausible alternative (a server setting or another server version) and compares the tokens.
 */
export interface LexMode {
  dialect: Dialect;
  /** Backslash escapes in plain '…' strings (and MySQL "…" strings). ClickHouse always has them. */
  backslashEscapes: boolean;
  nestedComments: boolean;
}

export function lexModes(dialect: Dialect): { primary: LexMode; alternates: LexMode[] } {
  switch (dialect) {
    case 'postgres':
      // Alternate: standard_conforming_strings = off.
      return {
        primary: { dialect, backslashEscapes: false, nestedComments: true },
        alternates: [{ dialect, backslashEscapes: true, nestedComments: true }],
      };
    case 'duckdb':
      // DuckDB nests comments like PostgreSQL; the alternate guards against a parser change.
      return {
        primary: { dialect, backslashEscapes: false, nestedComments: true },
        alternates: [{ dialect, backslashEscapes: false, nestedComments: false }],
      };
    case 'mysql':
      // Alternates: NO_BACKSLASH_ESCAPES / ANSI_QUOTES, and servers that nest comments.
      return {
        primary: { dialect, backslashEscapes: true, nestedComments: false },
        alternates: [
          { dialect, backslashEscapes: false, nestedComments: false },
          { dialect, backslashEscapes: true, nestedComments: true },
        ],
      };
    case 'clickhouse':
      // 18.16 does not nest comments; newer servers do.
      return {
        primary: { dialect, backslashEscapes: true, nestedComments: false },
        alternates: [{ dialect, backslashEscapes: true, nestedComments: true }],
      };
  }
}
