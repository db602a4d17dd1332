// The canvases worker as a process of its own, for worker-crash.int.test.ts: the real worker
// (createWorker: job queue on DATABASE_URL, MongoDB, export files, delivery handlers) configured
// from the environment, with a stand-in for Chromium (bench/exports measures the real one).
// Prints `ready` once it takes jobs; the test kills it with SIGKILL.
// Usage: node --import tsx crash-worker.fixture.ts [--hang-render]
import { createLogger } from '@tessera/logger';
import { loadConfig } from '../config.ts';
import { createWorker } from '../worker-server.ts';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const hang = process.argv.includes('--hang-render');
const config = loadConfig();
const logger = createLogger({ name: 'crash-worker', level: config.LOG_LEVEL });
const worker = createWorker({
  config,
  logger,
  pageRenderer: {
    // --hang-render: says `rendering` and never finishes (the test kills the worker mid-render).
    render: hang
      ? () => {
          process.stdout.write('rendering\n');
          return new Promise<Buffer>(() => undefined);
        }
      : async () => PDF,
    close: async () => undefined,
  },
});
await worker.start();
process.stdout.write('ready\n');
