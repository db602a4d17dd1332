import {
  DENIED_FUNCTIONS,
  DENIED_KEYWORDS,
  DENIED_RELATIONS,
  DENIED_SCHEMAS,
  FUNCTION_FORM_KEYWORDS,
  READ_ONLY_STARTS,
  matchesDenied,
  nameVariants,
} from './denylist.ts';
import { unquote } from './tokenizer.ts';
import type { Engine, GuardError, GuardErrorCode, Token } from './types.ts';

export type Classification = { ok: true; kind: 'select' | 'explain' } | GuardError;

const EXPLAIN_OPTIONS = new Set([
  'VERBOSE',
  'FORMAT',
  'AST',
  'SYNTAX',
  'PLAN',
  'PIPELINE',
  'ESTIMATE',
  'QUERY',
  'TREE',
  'JSON',
  'TRADITIONAL',
  'EXTENDED',
  'PARTITIONS',
  'COSTS',
  'TABLE',
  'OVERRIDE',
  'HEADER',
  'ACTIONS',
  'INDEXES',
  'DESCRIPTION',
]);
const FROM_CLAUSE_ENDS = new Set([
  'WHERE',
  'GROUP',
  'HAVING',
  'ORDER',
  'LIMIT',
  'OFFSET',
  'QUALIFY',
  'WINDOW',
  'UNION',
  'EXCEPT',
  'INTERSECT',
  'SELECT',
  'FETCH',
  'RETURNING',
]);
const TABLE_INTRODUCERS = new Set(['FROM', 'JOIN', 'ONLY']);
const FILE_EXTENSION =
  /\.(csv|tsv|txt|parquet|json|jsonl|ndjson|xlsx|xls|arrow|ipc|feather|avro|orc|db|ddb|duckdb|sqlite|sqlite3|gz|gzip|zst|zstd|bz2|xz|lz4|tbl|dat|blob)$/i;
const ROW_LOCK_AFTER_FOR = new Set(['UPDATE', 'SHARE', 'KEY', 'NO']);
/** Functions whose arguments use FROM without naming a table: trim(LEADING FROM 'x'). */
const FROM_ARGUMENT_FUNCTIONS = new Set(['TRIM', 'SUBSTRING', 'SUBSTR', 'EXTRACT', 'OVERLAY', 'POSITION']);
/** Denied keywords that can form a clause of a SELECT, so `AS <word>` is not read as an alias. */
const CLAUSE_KEYWORDS = new Set([
  'INSERT',
  'UPDATE',
  'DELETE',
  'MERGE',
  'UPSERT',
  'REPLACE',
  'INTO',
  'OUTFILE',
  'DUMPFILE',
  'SET',
  'LOCK',
  'ANALYZE',
  'ANALYSE',
  'SETTINGS',
  'FORMAT',
]);

const KEYWORD_MESSAGES: Record<string, string> = {
  INTO: 'SELECT … INTO writes a table, file or variable and is not allowed.',
  OUTFILE: 'Writing query results to files is not allowed.',
  DUMPFILE: 'Writing query results to files is not allowed.',
  SETTINGS: 'The SETTINGS clause is not allowed: query limits are set by Tessera.',
  FORMAT: 'The FORMAT clause is not allowed: Tessera chooses the output format.',
  ANALYZE: 'ANALYZE is not allowed: EXPLAIN ANALYZE runs the statement. Use EXPLAIN without ANALYZE.',
  ANALYSE: 'ANALYSE is not allowed: EXPLAIN ANALYSE runs the statement. Use EXPLAIN without ANALYSE.',
};

const upper = (t: Token | undefined): string =>
  t?.kind === 'word' ? t.text.replace(/[a-z]/g, (c) => c.toUpperCase()) : '';
const isPunct = (t: Token | undefined, text: string): boolean => t?.kind === 'punct' && t.text === text;

function deny(code: GuardErrorCode, message: string, token: Token | undefined): GuardError {
  return token ? { ok: false, code, message, position: token.start } : { ok: false, code, message };
}

function deniedKeyword(token: Token, engine: Engine): string | undefined {
  const denied = DENIED_KEYWORDS[engine];
  return nameVariants(token.text)
    .map((v) => v.toUpperCase())
    .find((v) => denied.has(v));
}

/** The name a token would have as a function or table name, if it can be one. */
function nameOf(token: Token, engine: Engine): string | undefined {
  if (token.kind === 'word' || token.kind === 'quoted') return token.value;
  if (engine === 'mysql' && token.kind === 'string' && token.text.startsWith('"'))
    return unquote(token.text, true);
  return undefined;
}

function checkFirstKeyword(tokens: Token[]): Classification {
  let k = 0;
  while (isPunct(tokens[k], '(')) k += 1;
  const first = tokens[k];
  const word = upper(first);
  if (k === 0 && word === 'EXPLAIN') return checkExplain(tokens);
  if (READ_ONLY_STARTS.has(word)) return { ok: true, kind: 'select' };
  const shown = first ? first.text.slice(0, 40) : '(';
  return deny(
    'NOT_READ_ONLY',
    `Only read-only queries can run: this statement starts with "${shown}". Use SELECT, WITH … SELECT or EXPLAIN SELECT.`,
    first ?? tokens[0],
  );
}

function checkExplain(tokens: Token[]): Classification {
  let j = 1;
  const after = tokens[j + 1];
  if (isPunct(tokens[j], '(') && after?.kind === 'word' && !READ_ONLY_STARTS.has(upper(after))) {
    // PostgreSQL option list: EXPLAIN (FORMAT JSON, COSTS OFF) …
    let depth = 0;
    do {
      const t = tokens[j];
      if (isPunct(t, '(')) depth += 1;
      if (isPunct(t, ')')) depth -= 1;
      if (upper(t) === 'ANALYZE' || upper(t) === 'ANALYSE')
        return deny('DENIED_KEYWORD', KEYWORD_MESSAGES.ANALYZE ?? '', t);
      j += 1;
    } while (j < tokens.length && depth > 0);
  }
  for (;;) {
    const t = tokens[j];
    const word = upper(t);
    if (word === 'ANALYZE' || word === 'ANALYSE')
      return deny('DENIED_KEYWORD', KEYWORD_MESSAGES[word] ?? '', t);
    if (
      word !== '' &&
      !READ_ONLY_STARTS.has(word) &&
      (EXPLAIN_OPTIONS.has(word) || tokens[j + 1]?.text === '=')
    ) {
      j += 1;
    } else if (t?.kind === 'operator' && t.text === '=') {
      j += 2;
    } else {
      break;
    }
  }
  let k = j;
  while (isPunct(tokens[k], '(')) k += 1;
  if (READ_ONLY_STARTS.has(upper(tokens[k]))) return { ok: true, kind: 'explain' };
  return deny('NOT_READ_ONLY', 'EXPLAIN is only allowed for SELECT queries.', tokens[k] ?? tokens[0]);
}

/**
 * DuckDB falls back to reading a file (a "replacement scan") when a table reference is a string,
 * or a name that is not a table but looks like a file: 'x.csv', "x.csv", data.csv, "/tmp/data".csv
 * (qualified parts are joined with dots).
 */
function isDuckdbFileScan(tokens: Token[], i: number): boolean {
  const token = tokens[i] as Token;
  if (token.kind === 'string') return true;
  if (token.kind !== 'word' && token.kind !== 'quoted') return false;
  const parts = [token.value];
  let quoted = token.kind === 'quoted';
  for (let k = i; isPunct(tokens[k + 1], '.'); k += 2) {
    const part = tokens[k + 2];
    if (part?.kind !== 'word' && part?.kind !== 'quoted') break;
    parts.push(part.value);
    quoted ||= part.kind === 'quoted';
  }
  const name = parts.join('.');
  return (
    /[/\\:~*?]/.test(name) || FILE_EXTENSION.test(name) || (quoted && parts.some((p) => p.includes('.')))
  );
}

function checkName(tokens: Token[], i: number, engine: Engine): GuardError | undefined {
  const token = tokens[i] as Token;
  const name = nameOf(token, engine);
  if (name === undefined) return undefined;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (isPunct(next, '.') && matchesDenied(DENIED_SCHEMAS[engine], name)) {
    return deny(
      'DENIED_FUNCTION',
      `Tables in "${name}" are outside the data source and cannot be queried.`,
      token,
    );
  }
  if (token.kind !== 'string' && matchesDenied(DENIED_RELATIONS[engine], name)) {
    return deny('DENIED_FUNCTION', `"${name}" is outside the data source and cannot be queried.`, token);
  }
  const calledAsFunction = isPunct(next, '(');
  // PostgreSQL also calls f(x) when written x.f (attribute notation).
  const attributeCall = engine === 'postgres' && isPunct(prev, '.') && token.kind !== 'string';
  if ((calledAsFunction || attributeCall) && matchesDenied(DENIED_FUNCTIONS[engine], name)) {
    return deny('DENIED_FUNCTION', `The function ${name}() is not allowed.`, token);
  }
  return undefined;
}

function checkKeyword(tokens: Token[], i: number, engine: Engine): GuardError | undefined {
  const token = tokens[i] as Token;
  if (token.kind !== 'word') return undefined;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (upper(token) === 'FOR' && ROW_LOCK_AFTER_FOR.has(upper(next))) {
    return deny('DENIED_KEYWORD', 'Row locking (FOR UPDATE / FOR SHARE) is not allowed.', token);
  }
  const keyword = deniedKeyword(token, engine);
  if (keyword === undefined) return undefined;
  // x.comment and … AS comment are identifiers, not keywords.
  if (isPunct(prev, '.') && prev?.end === token.start) return undefined;
  if (upper(prev) === 'AS' && !CLAUSE_KEYWORDS.has(keyword)) return undefined;
  if (isPunct(next, '(') && FUNCTION_FORM_KEYWORDS[engine].has(keyword)) return undefined;
  if (keyword === 'SET' && (upper(prev) === 'CHARACTER' || upper(prev) === 'CHAR')) return undefined;
  if (keyword === 'USE' && engine === 'mysql' && (upper(next) === 'INDEX' || upper(next) === 'KEY'))
    return undefined;
  const message = KEYWORD_MESSAGES[keyword] ?? `${keyword} is not allowed: queries must be read-only.`;
  return deny('DENIED_KEYWORD', message, token);
}

/**
 * Classifies one statement (its significant tokens). Fail closed: anything not recognisably a
 * read-only SELECT is refused. Reports the first offending token in text order.
 */
export function classifyStatement(tokens: Token[], engine: Engine): Classification {
  const hint = tokens.find((t) => t.kind === 'hint');
  if (hint) {
    return deny(
      'DENIED_KEYWORD',
      'Executable comments and optimizer hints (/*! */, /*+ */) are not allowed.',
      hint,
    );
  }
  const start = checkFirstKeyword(tokens);
  if (!start.ok) return start;

  // One frame per open parenthesis: are we in a FROM clause, and may FROM open one here?
  const frames: { inFrom: boolean; fromOpensTables: boolean }[] = [{ inFrom: false, fromOpensTables: true }];
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i] as Token;
    const prev = tokens[i - 1];
    if (token.kind === 'placeholder') {
      return deny('PARSE_ERROR', `Use {{name}} parameters instead of "${token.text}" placeholders.`, token);
    }
    if (engine === 'mysql' && token.text === '@' && tokens[i + 1]?.text === '@') {
      return deny('DENIED_KEYWORD', 'Server variables (@@name) are not allowed.', token);
    }
    const problem = checkName(tokens, i, engine) ?? checkKeyword(tokens, i, engine);
    if (problem) return problem;

    const word = upper(token);
    const frame = frames[frames.length - 1] as { inFrom: boolean; fromOpensTables: boolean };
    if (isPunct(token, '('))
      frames.push({ inFrom: false, fromOpensTables: !FROM_ARGUMENT_FUNCTIONS.has(upper(prev)) });
    else if (isPunct(token, ')') && frames.length > 1) frames.pop();
    else if ((word === 'FROM' && frame.fromOpensTables) || word === 'JOIN') frame.inFrom = true;
    else if (FROM_CLAUSE_ENDS.has(word)) frame.inFrom = false;
    const tablePosition = frame.inFrom && (TABLE_INTRODUCERS.has(upper(prev)) || isPunct(prev, ','));
    if (engine === 'duckdb' && tablePosition && isDuckdbFileScan(tokens, i)) {
      return deny(
        'DENIED_FUNCTION',
        "Reading files directly (FROM 'file') is not allowed: query the tables of the data source.",
        token,
      );
    }
  }
  return start;
}
