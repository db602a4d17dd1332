export { compareResults, isOrderedReference, normalizeCell } from './compare.ts';
export type { Comparison, ResultSet } from './compare.ts';
export { introspectDuckDb } from './introspect.ts';
export type { IntrospectOptions } from './introspect.ts';
export { executeSql, formatReport, loadCases, percentile, runEval } from './runner.ts';
export type { CaseResult, EvalCase, EvalReport } from './runner.ts';
export { CONFIDENT, formatCalibration, measureCalibration } from './calibration.ts';
export type { Calibration, CalibrationBucket } from './calibration.ts';
