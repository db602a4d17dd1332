// Runs every published SQL block once, and again when a viewer's filter choice reaches it. Nothing
// renders: charts, tables, metrics and text read the results from the canvas runtime.
import type { FilterBlock } from '@tessera/canvas-model';
import { useEffect } from 'react';
import { QueryRunner } from '../queries/query-runner';
import type { CanvasRuntime } from '../canvas/runtime';
import { overridesFor, type ReportRun } from './report-layout';

export function SqlRuns({
  runs,
  filters,
  overrides,
  runtime,
}: {
  runs: readonly ReportRun[];
  filters: readonly FilterBlock[];
  overrides: Record<string, unknown>;
  runtime: CanvasRuntime;
}) {
  return (
    <>
      {runs.map((run) => (
        <SqlRun
          key={run.sqlBlockId}
          run={run}
          filters={overridesFor(run.sqlBlockId, filters, overrides)}
          runtime={runtime}
        />
      ))}
    </>
  );
}

function SqlRun({
  run,
  filters,
  runtime,
}: {
  run: ReportRun;
  filters: Record<string, unknown>;
  runtime: CanvasRuntime;
}) {
  // The viewer never has the statement: the request names the published block to run (in `sql`,
  // read by the report's executor); the server runs the SQL that was published.
  const request = { dataSourceId: 'published', sql: run.runBlockId, parameters: filters };
  const key = QueryRunner.keyOf(request);
  useEffect(() => {
    const runner = runtime.runner(run.sqlBlockId);
    if (runner.get().key !== key) void runner.run(request);
    // `key` captures the whole request.
  }, [key, runtime, run.sqlBlockId]);
  return null;
}
