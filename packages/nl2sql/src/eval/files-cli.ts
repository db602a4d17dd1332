/**
 * Execution accuracy of the built-in engine on a dataset of files it was not built for: every CSV
 * and Parquet file of --data becomes a table of one source (no keys, no glossary), as a FILE source
 * does; the source's semantic model is inferred from a profile of the data, as the queries service
 * infers it.
 *   npx tsx packages/nl2sql/src/eval/files-cli.ts --data <dir> --set <cases.jsonl> [--no-model] [--verbose] [--json]
 */
import { parseArgs } from 'node:util';
import { DuckDBInstance } from '@duckdb/node-api';
import { loadFileDataset } from './files.ts';
import { introspectDuckDb } from './introspect.ts';
import { formatReport, loadCases, runEval } from './runner.ts';

const { values } = parseArgs({
  options: {
    data: { type: 'string' },
    set: { type: 'string' },
    'no-model': { type: 'boolean', default: false },
    verbose: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
  },
});

if (!values.set || !values.data) {
  console.error('usage: files-cli.ts --data <dir> --set <cases.jsonl> [--no-model] [--verbose] [--json]');
  process.exit(2);
}

const cases = loadCases(values.set);
const instance = await DuckDBInstance.create(':memory:');
const connection = await instance.connect();
try {
  await loadFileDataset(connection, values.data);
  const schema = await introspectDuckDb(connection);
  if (!values['no-model'])
    schema.model = await (await import('./profile.ts')).profileDuckDb(connection, schema, { live: false });
  const report = await runEval(connection, schema, cases);
  console.log(
    values.json ? JSON.stringify(report, null, 2) : formatReport(report, { verbose: values.verbose }),
  );
} finally {
  connection.closeSync();
  instance.closeSync();
}
