export type {
  BindErrorCode,
  BindResult,
  Engine,
  GuardError,
  GuardErrorCode,
  GuardOk,
  GuardResult,
  Token,
  TokenKind,
} from './types.ts';
export { ENGINES } from './types.ts';
export { guardSql } from './guard.ts';
export { isDeniedFunction, isDeniedRelation } from './denylist.ts';
export { normalizeSql } from './normalize.ts';
export { bindParameters, clickhouseLiteral } from './parameters.ts';
export { tokenize, TokenizeError } from './tokenizer.ts';
export { splitStatements, type Statement } from './statements.ts';
export { hostileCorpus, type CorpusEngine, type HostileCase } from './hostile-corpus.ts';
export { legitimateCorpus, type LegitimateCase } from './legit-corpus.ts';
