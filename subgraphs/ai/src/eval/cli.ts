/**
 * Execution-accuracy evaluation of the SQL assistant, through the same pipeline the subgraph uses
 * (engine or provider, fallback, validation), on the demo database built in memory.
 *
 *   node --import tsx subgraphs/ai/src/eval/cli.ts --set shared/eval/nl2sql-dev.jsonl \
 *     [--provider builtin|openai|anthropic] [--scale 1] [--verbose] [--json] [--min-accuracy 0.8]
 *
 * Provider settings (keys, base URLs, models, timeouts) come from the environment, as for the subgraph.
 */
import { parseArgs } from 'node:util';
import { ConfigError } from '@tessera/config';
import { loadProviderConfig } from '../config.ts';
import { createGenerator } from '../pipeline/generate.ts';
import { createProvider } from '../providers/index.ts';
import { describeDemoSource, openDemoDatabase } from './demo-source.ts';
import { formatReport, loadCases, runEval } from './runner.ts';

const { values } = parseArgs({
  options: {
    set: { type: 'string', multiple: true },
    provider: { type: 'string' },
    scale: { type: 'string', default: '1' },
    verbose: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    'min-accuracy': { type: 'string' },
  },
});

if (!values.set) {
  console.error(
    'usage: cli.ts --set <cases.jsonl> [--provider builtin|openai|anthropic] [--scale 1] [--verbose] [--json] [--min-accuracy 0.8]',
  );
  process.exit(2);
}

let config;
try {
  config = loadProviderConfig({
    ...process.env,
    ...(values.provider ? { AI_PROVIDER: values.provider } : {}),
  });
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(error.message);
    process.exit(2);
  }
  throw error;
}

const generator = createGenerator({
  provider: createProvider(config),
  defaultLimit: config.AI_DEFAULT_LIMIT,
  includeValues: config.AI_PROMPT_INCLUDE_VALUES,
});
const { instance, connection } = await openDemoDatabase(Number(values.scale));
try {
  const context = await describeDemoSource(connection);
  let failed = false;
  for (const set of values.set) {
    const report = await runEval(connection, context, loadCases(set), generator);
    console.log(
      values.json
        ? JSON.stringify({ set, ...report }, null, 2)
        : `== ${set}\n${formatReport(report, { verbose: values.verbose })}\n`,
    );
    const minimum = values['min-accuracy'] === undefined ? undefined : Number(values['min-accuracy']);
    if (minimum !== undefined && report.accuracy < minimum) failed = true;
  }
  if (failed) process.exitCode = 1;
} finally {
  connection.closeSync();
  instance.closeSync();
}
