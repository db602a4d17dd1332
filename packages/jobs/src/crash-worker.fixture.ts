// A worker process for queue.int.test.ts: records each attempt it starts, then hangs until killed.
import pg from 'pg';
import { createLogger } from '@tessera/logger';
import { createJobQueue } from './index.ts';

const [url, name] = process.argv.slice(2) as [string, string];
const queue = createJobQueue({
  connectionString: url,
  logger: createLogger({ name: 'crash-worker', level: 'warn' }),
});
await queue.start();
await queue.work<{ n: number }>(name, {}, async (job) => {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query('INSERT INTO attempts (job_id, attempt, who) VALUES ($1, $2, $3)', [
    job.id,
    job.attempt,
    'child',
  ]);
  await client.end();
  await new Promise(() => undefined); // never finishes: the parent kills this process mid-job
});
process.stdout.write('ready\n');
