import { classifyStatement } from './classify.ts';
import { parameterNames } from './parameters.ts';
import { splitStatements } from './statements.ts';
import { TokenizeError, tokenize } from './tokenizer.ts';
import type { Engine, GuardResult, Token } from './types.ts';

/**
 * Decides whether `sql` may run on `engine`: exactly one read-only statement, no denied keywords,
 * functions or relations. Fail closed: anything it cannot read with certainty is refused.
 */
export function guardSql(sql: string, engine: Engine): GuardResult {
  if (typeof sql !== 'string') return { ok: false, code: 'PARSE_ERROR', message: 'The query must be text.' };
  let tokens: Token[];
  try {
    tokens = tokenize(sql, engine);
  } catch (error) {
    if (error instanceof TokenizeError) {
      return { ok: false, code: 'PARSE_ERROR', message: error.message, position: error.position };
    }
    throw error;
  }

  const statements = splitStatements(tokens);
  const [statement, second] = statements;
  if (!statement) return { ok: false, code: 'EMPTY', message: 'The query is empty.' };
  if (second) {
    return {
      ok: false,
      code: 'MULTIPLE_STATEMENTS',
      message: 'Only one statement can run at a time: remove everything after the first semicolon.',
      position: second.start,
    };
  }

  const classification = classifyStatement(statement.tokens, engine);
  if (!classification.ok) return classification;
  return {
    ok: true,
    sql: sql.slice(statement.start, statement.end),
    kind: classification.kind,
    parameters: parameterNames(statement.tokens),
  };
}
