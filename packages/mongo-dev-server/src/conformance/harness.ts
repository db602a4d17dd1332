import { randomBytes } from 'node:crypto';
import { MongoClient } from 'mongodb';
import type { Db } from 'mongodb';
import { start } from '../server.ts';
import type { RunningServer } from '../server.ts';

/**
 * The conformance suite talks to `process.env.MONGODB_URL` when it is set (a real MongoDB), and
 * otherwise to a dev server started on a free port. Each test file gets its own database, which
 * is dropped at the end.
 */
export interface TestTarget {
  uri: string;
  dbName: string;
  client: MongoClient;
  db: Db;
  /** True when running against mongo-dev-server rather than a real MongoDB. */
  devServer: boolean;
  close(): Promise<void>;
}

export function uniqueDbName(label: string): string {
  return `conf_${label}_${randomBytes(4).toString('hex')}`;
}

export async function openTarget(label: string): Promise<TestTarget> {
  let server: RunningServer | null = null;
  let uri = process.env.MONGODB_URL ?? '';
  if (!uri) {
    server = await start({ port: 0 });
    uri = server.uri;
  }
  const client = new MongoClient(uri, { serverSelectionTimeoutMS: 5000 });
  await client.connect();
  const dbName = uniqueDbName(label);
  const db = client.db(dbName);
  return {
    uri,
    dbName,
    client,
    db,
    devServer: server !== null,
    async close() {
      try {
        await db.dropDatabase();
      } finally {
        await client.close();
        await server?.stop();
      }
    },
  };
}
