import './provided-context.ts';

export { createTestDatabase, TEST_APP_DB_PASSWORD, TEST_SECRETS } from './database.ts';
export {
  createMigratedServiceDatabase,
  tenantTableSecurity,
  type MigratedServiceDatabase,
} from './service-database.ts';
export { canConnect, freePort } from './ports.ts';
export { tcpForwarder, type TcpForwarder } from './tcp-forwarder.ts';
export {
  configuredEngineAvailable,
  engineAvailable,
  onCi,
  redisAvailable,
  type EngineOptions,
} from './engines.ts';
export { captureLogger, type CapturedLogger } from './logs.ts';
export { PLATFORM_ARGS } from './platform-command.ts';
export { seededRandom } from './seeded-random.ts';
export { signedIdentityHeaders } from './identity.ts';
export {
  demoSourceId,
  errorCode,
  postGraphQL,
  runQuery,
  RUN_QUERY,
  SHARED_TEST_DATA_DIR,
  SIGN_UP,
  signUp,
  TEST_SECRETS_KEYS,
  uniqueEmail,
  type GraphQLClient,
  type GraphQLResult,
  type Run,
  type SignedUpUser,
} from './graphql.ts';
