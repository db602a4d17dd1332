import { loadModule, parse } from 'libpg-query';
import { isDeniedFunction, isDeniedRelation } from '@tessera/sql-guard';

/**
 * The second, engine-exact gate for PostgreSQL, behind @tessera/sql-guard: the statement is parsed
 * by PostgreSQL's own grammar (libpg-query, WASM) and its syntax tree walked.
 *
 * Why here and not in sql-guard: sql-guard is dependency-free and synchronous (the web editor and
 * the AI subgraph import it); the real parser is a WASM module that only the queries subgraph
 * loads, right where the statement is handed to the server. The lists are sql-guard's
 * (`isDeniedFunction` / `isDeniedRelation`), so the two gates never disagree about a name.
 *
 * Rules: exactly one statement; a SELECT or WITH…SELECT (a bare VALUES is refused, as sql-guard
 * does; VALUES inside a SELECT is fine) or EXPLAIN of one without ANALYZE; no SELECT … INTO, no row
 * locks, no data-modifying statement anywhere in the tree; every function call — bare,
 * schema-qualified or in attribute notation (x.f) — and every relation checked against the
 * denylists. Anything the parser rejects is refused.
 */
export interface GateRefusal {
  code: 'PARSE_ERROR' | 'MULTIPLE_STATEMENTS' | 'NOT_READ_ONLY' | 'DENIED_FUNCTION';
  message: string;
}

let loaded: Promise<void> | null = null;

type Node = Record<string, unknown>;

const sval = (node: unknown): string | undefined => {
  const s = (node as { String?: { sval?: string } } | undefined)?.String?.sval;
  return typeof s === 'string' ? s : undefined;
};

function explainAnalyzes(explain: Node): boolean {
  const options = (explain.options as { DefElem?: { defname?: string; arg?: unknown } }[] | undefined) ?? [];
  return options.some((o) => {
    const name = o.DefElem?.defname?.toLowerCase();
    if (name !== 'analyze' && name !== 'analyse') return false;
    const arg = o.DefElem?.arg as
      | { String?: { sval?: string }; Boolean?: { boolval?: boolean }; Integer?: { ival?: number } }
      | undefined;
    // EXPLAIN (ANALYZE false) is harmless, but fail closed on every spelling.
    return arg === undefined || arg.Boolean?.boolval !== false;
  });
}

/** Walks every node; returns the first refusal. */
function walk(root: unknown): GateRefusal | null {
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (Array.isArray(node)) {
      stack.push(...node);
      continue;
    }
    if (!node || typeof node !== 'object') continue;
    for (const [key, value] of Object.entries(node as Node)) {
      if (key.endsWith('Stmt') && key !== 'SelectStmt') {
        return {
          code: 'NOT_READ_ONLY',
          message: 'Only read-only queries can run: the statement contains a write or command.',
        };
      }
      if (key === 'SelectStmt') {
        const select = value as Node;
        if (select.intoClause)
          return { code: 'NOT_READ_ONLY', message: 'SELECT … INTO writes a table and is not allowed.' };
        if (select.lockingClause)
          return { code: 'NOT_READ_ONLY', message: 'Row locking (FOR UPDATE / FOR SHARE) is not allowed.' };
      }
      if (key === 'FuncCall') {
        const parts = ((value as Node).funcname as unknown[] | undefined)?.map(sval) ?? [];
        const name = parts[parts.length - 1];
        if (name === undefined || isDeniedFunction('postgres', name)) {
          return {
            code: 'DENIED_FUNCTION',
            message: `The function ${parts.filter(Boolean).join('.') || '?'}() is not allowed.`,
          };
        }
      }
      if (key === 'ColumnRef') {
        // x.f is f(x) in PostgreSQL when no column f exists.
        const fields = ((value as Node).fields as unknown[] | undefined) ?? [];
        const last = sval(fields[fields.length - 1]);
        if (fields.length > 1 && last !== undefined && isDeniedFunction('postgres', last)) {
          return { code: 'DENIED_FUNCTION', message: `The function ${last}() is not allowed.` };
        }
      }
      if (key === 'RangeVar') {
        const relname = (value as Node).relname;
        if (typeof relname === 'string' && isDeniedRelation('postgres', relname)) {
          return {
            code: 'DENIED_FUNCTION',
            message: `"${relname}" is outside the data source and cannot be queried.`,
          };
        }
      }
      stack.push(value);
    }
  }
  return null;
}

/** null when the statement may be sent to the server. */
export async function checkPostgresStatement(sql: string): Promise<GateRefusal | null> {
  loaded ??= loadModule();
  await loaded;
  let tree: { stmts?: { stmt?: Node }[] };
  try {
    tree = (await parse(sql)) as typeof tree;
  } catch (error) {
    const message = (error as Error).message?.split('\n')[0]?.slice(0, 200) ?? 'syntax error';
    return { code: 'PARSE_ERROR', message: `The query could not be parsed: ${message}` };
  }
  const statements = tree.stmts ?? [];
  if (statements.length !== 1) {
    return statements.length === 0
      ? { code: 'PARSE_ERROR', message: 'The query is empty.' }
      : { code: 'MULTIPLE_STATEMENTS', message: 'Only one statement can run at a time.' };
  }
  const statement = statements[0]!.stmt ?? {};
  const [kind] = Object.keys(statement);
  let body: unknown = statement;
  if (kind === 'ExplainStmt') {
    const explain = statement.ExplainStmt as Node;
    if (explainAnalyzes(explain))
      return { code: 'NOT_READ_ONLY', message: 'EXPLAIN ANALYZE runs the statement and is not allowed.' };
    const query = (explain.query ?? {}) as Node;
    if (Object.keys(query)[0] !== 'SelectStmt')
      return { code: 'NOT_READ_ONLY', message: 'EXPLAIN is only allowed for SELECT queries.' };
    body = query;
  } else if (kind !== 'SelectStmt' || (statement.SelectStmt as Node).valuesLists) {
    // A bare VALUES is harmless, but sql-guard refuses it too: the two gates agree.
    return {
      code: 'NOT_READ_ONLY',
      message: 'Only read-only queries can run: use SELECT, WITH … SELECT or EXPLAIN SELECT.',
    };
  }
  return walk(body);
}
