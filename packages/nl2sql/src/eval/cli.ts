/**
 * Execution-accuracy evaluation of the built-in engine on the demo dataset.
 *   npx tsx packages/nl2sql/src/eval/cli.ts --set /work/shared/eval/nl2sql-dev.jsonl [--scale 1] [--verbose] [--json]
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { DEMO_GLOSSARY, createDemoDatabase } from '@tessera/demo-data';
import type { GlossaryEntry } from '../types.ts';
import { introspectDuckDb } from './introspect.ts';
import { formatReport, loadCases, runEval } from './runner.ts';

const { values } = parseArgs({
  options: {
    set: { type: 'string' },
    scale: { type: 'string', default: '1' },
    glossary: { type: 'string' },
    verbose: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
  },
});

if (!values.set) {
  console.error(
    'usage: cli.ts --set <cases.jsonl> [--scale 1] [--glossary glossary.json] [--verbose] [--json]',
  );
  process.exit(2);
}

const cases = loadCases(values.set);
const glossary: GlossaryEntry[] = values.glossary
  ? (JSON.parse(readFileSync(values.glossary, 'utf8')) as GlossaryEntry[])
  : [...DEMO_GLOSSARY];
const instance = await createDemoDatabase(':memory:', { scale: Number(values.scale) });
const connection = await instance.connect();
try {
  const schema = await introspectDuckDb(connection, { glossary });
  const report = await runEval(connection, schema, cases);
  console.log(
    values.json ? JSON.stringify(report, null, 2) : formatReport(report, { verbose: values.verbose }),
  );
} finally {
  connection.closeSync();
  instance.closeSync();
}
