export { createNl2Sql, generateSql, DEFAULT_LIMIT, DEFAULT_MIN_CONFIDENCE } from './engine.ts';
export type { Nl2SqlEngine } from './engine.ts';
export { suggestChart } from './chart.ts';
export { explainSql } from './explain/explain-sql.ts';
export { summarizeResult } from './result/summarize.ts';
export type * from './types.ts';
export { fixSql, editDistance } from './repair/fix-sql.ts';
export type { FixedSql, SqlFix } from './repair/fix-sql.ts';
export { answerClarification, isFollowUp, refineQuestion } from './plan/refine.ts';
