/**
 * Execution accuracy and calibration of the built-in engine on datasets of our own invention
 * (generality/*.sql, exported as CSV or Parquet and read back like an upload), the semantic model
 * inferred from a profile of the data as the queries service infers it.
 *   npx tsx packages/nl2sql/src/eval/generality-cli.ts [--verbose] [--json]
 */
import { parseArgs } from 'node:util';
import { DuckDBInstance } from '@duckdb/node-api';
import { loadFileDataset } from './files.ts';
import { DATASETS, writeDataset } from './generality/datasets.ts';
import { introspectDuckDb } from './introspect.ts';
import { profileDuckDb } from './profile.ts';
import { formatReport, loadCases, runEval } from './runner.ts';

const { values } = parseArgs({
  options: { verbose: { type: 'boolean', default: false }, json: { type: 'boolean', default: false } },
});

for (const dataset of DATASETS) {
  const dir = await writeDataset(dataset);
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    await loadFileDataset(connection, dir);
    const schema = await introspectDuckDb(connection);
    schema.model = await profileDuckDb(connection, schema, { live: false });
    const report = await runEval(connection, schema, loadCases(dataset.questionsFile));
    console.log(
      values.json
        ? JSON.stringify({ set: dataset.name, ...report }, null, 2)
        : `== set ${dataset.name} (asOf ${schema.model.asOf})\n${formatReport(report, { verbose: values.verbose })}\n`,
    );
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}
