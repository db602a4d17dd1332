import { parseArgs } from 'node:util';
import type { LogLevel } from './log.ts';
import { start } from './server.ts';

const USAGE = `Usage: mongo-dev-server [--port 27017] [--host 127.0.0.1] [--dbpath DIR] [--no-fsync] [--verbose]

A MongoDB wire-protocol server for development and tests. NOT for production.
Without --dbpath, data lives in memory and is lost on exit.`;

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '27017' },
    host: { type: 'string', default: '127.0.0.1' },
    dbpath: { type: 'string' },
    'no-fsync': { type: 'boolean', default: false },
    verbose: { type: 'boolean', short: 'v', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (values.help) {
  console.log(USAGE);
  process.exit(0);
}

const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`invalid --port ${values.port}\n\n${USAGE}`);
  process.exit(2);
}

const shown: LogLevel[] = values.verbose ? ['debug', 'info', 'warn', 'error'] : ['info', 'warn', 'error'];

try {
  const server = await start({
    port,
    host: values.host,
    dbPath: values.dbpath,
    fsync: !values['no-fsync'],
    log: (level, message) => {
      if (!shown.includes(level)) return;
      const line = `${new Date().toISOString()} ${level.padEnd(5)} ${message}`;
      if (level === 'error' || level === 'warn') console.error(line);
      else console.log(line);
    },
  });
  let stopping = false;
  const shutdown = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal} received, flushing and stopping`);
    server.stop().then(
      () => process.exit(0),
      (err: unknown) => {
        console.error(err);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
} catch (err) {
  console.error(`mongo-dev-server failed to start: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
}
