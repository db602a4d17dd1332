import { lexSql } from '../explain/sql-lexer.ts';
import type { SourceSchema } from '../types.ts';

const FORBIDDEN = new Set(
  `DROP DELETE INSERT UPDATE ALTER CREATE TRUNCATE ATTACH DETACH COPY PRAGMA GRANT REVOKE EXEC EXECUTE CALL INSTALL LOAD UNION
   INTO SET MERGE REPLACE VACUUM EXPORT IMPORT`.split(/\s+/),
);
const SQL_WORDS = new Set(
  `SELECT DISTINCT FROM JOIN ON WHERE GROUP BY HAVING ORDER ASC DESC LIMIT AS AND OR NOT IN IS NULL CASE WHEN THEN ELSE END
   OVER DATE INTERVAL QUARTER DAY WEEK MONTH YEAR FROM SUM AVG COUNT MIN MAX NULLIF CAST DATE_TRUNC EXTRACT YEAR MONTH
   TOSTARTOFMONTH TOSTARTOFQUARTER TOMONDAY TOYEAR TOMONTH TODATE MAKEDATE DATE_FORMAT DATE_SUB WEEKDAY INTEGER`.split(
    /\s+/,
  ),
);

/**
 * Problems that would make `sql` anything but one SELECT over the schema: statement separators,
 * comments, data-changing keywords, or identifiers that are neither schema names nor its own aliases.
 */
export function unsafeParts(sql: string, schema: SourceSchema): string[] {
  if (sql === '') return [];
  const problems: string[] = [];
  const tokens = lexSql(sql);
  const outsideStrings = sql.replace(/'(?:[^'\\]|''|\\.)*'/g, "''");
  if (/--|\/\*|;/.test(outsideStrings)) problems.push('separator or comment outside a string literal');
  if (tokens[0]?.value !== 'SELECT') problems.push(`starts with ${tokens[0]?.text}`);
  const names = new Set(
    schema.tables.flatMap((t) => [t.name, ...t.columns.map((c) => c.name)]).map((n) => n.toUpperCase()),
  );
  const aliases = new Set(
    tokens.flatMap((t, i) => (tokens[i - 1]?.value === 'AS' ? [t.value.toUpperCase()] : [])),
  );
  for (const t of tokens) {
    if (t.kind !== 'word' && t.kind !== 'quotedIdent') continue;
    const word = t.value.toUpperCase();
    if (FORBIDDEN.has(word) && t.kind === 'word') problems.push(`keyword ${word}`);
    else if (!SQL_WORDS.has(word) && !names.has(word) && !aliases.has(word))
      problems.push(`unknown identifier ${t.text}`);
  }
  return problems;
}
