// Test support: the part of the real platform the assistant works with (accounts, queries and the
// gateway in front of them) on port 0, over one fresh database. The assistant's own subgraph is
// started beside it (harness.ts); canvases, comments and collab are not needed here.
import { inject } from 'vitest';
import { createServer as createAccounts, loadConfig as loadAccountsConfig } from '@tessera/accounts';
import { createServer as createGateway, loadConfig as loadGatewayConfig } from '@tessera/gateway';
import { createServer as createQueries, loadConfig as loadQueriesConfig } from '@tessera/queries';
import { APP_ROLE, withCredentials } from '@tessera/db';
import {
  captureLogger,
  createTestDatabase,
  postGraphQL,
  SHARED_TEST_DATA_DIR,
  TEST_SECRETS,
  TEST_SECRETS_KEYS,
  type GraphQLClient,
} from '@tessera/testing';

export interface AiPlatform extends GraphQLClient {
  gatewayUrl: string;
  queriesUrl: string;
  databaseUrl: string;
  logs(): string;
  stop(): Promise<void>;
}

/** Subgraphs this platform leaves out: the gateway must not reach whatever listens on their default ports. */
const ABSENT = 'http://127.0.0.1:9/graphql';

export async function startPlatform(): Promise<AiPlatform> {
  const db = await createTestDatabase(inject('adminDatabaseUrl'));
  const capture = captureLogger('ai-platform');
  const stops: (() => Promise<void>)[] = [() => db.drop()];
  const stop = async () => {
    for (const next of stops.splice(0)) await next();
  };
  try {
    const accounts = createAccounts({
      config: loadAccountsConfig({
        ...TEST_SECRETS,
        NODE_ENV: 'test',
        ACCOUNTS_PORT: '0',
        DATABASE_URL: db.url,
      }),
      logger: capture.logger.child({ service: 'accounts' }),
    });
    const accountsAddress = await accounts.start();
    stops.unshift(() => accounts.stop());
    const queries = createQueries({
      config: loadQueriesConfig({
        ...TEST_SECRETS,
        NODE_ENV: 'test',
        QUERIES_PORT: '0',
        DATABASE_URL: db.url,
        ACCOUNTS_URL: accountsAddress.url,
        SECRETS_KEYS: TEST_SECRETS_KEYS,
        DATA_DIR: SHARED_TEST_DATA_DIR,
        USAGE_DB_PATH: ':memory:',
      }),
      logger: capture.logger.child({ service: 'queries' }),
    });
    const queriesAddress = await queries.start();
    stops.unshift(() => queries.stop());
    const gateway = createGateway({
      config: loadGatewayConfig({
        ...TEST_SECRETS,
        NODE_ENV: 'test',
        PORT: '0',
        ACCOUNTS_URL: accountsAddress.url,
        QUERIES_URL: queriesAddress.url,
        CANVASES_URL: ABSENT,
        COMMENTS_URL: ABSENT,
        AI_URL: ABSENT,
        EVENTS_DATABASE_URL: withCredentials(db.url, APP_ROLE, TEST_SECRETS.APP_DB_PASSWORD),
      }),
      logger: capture.logger.child({ service: 'gateway' }),
    });
    const gatewayAddress = await gateway.start();
    stops.unshift(() => gateway.stop());
    return {
      gatewayUrl: gatewayAddress.url,
      queriesUrl: queriesAddress.url,
      databaseUrl: db.url,
      logs: capture.text,
      gql: (query, variables, token) => postGraphQL(gatewayAddress.url, query, variables, token),
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
