import './provided-context.ts';

export { createTestDatabase, TEST_APP_DB_PASSWORD, TEST_SECRETS } from './database.ts';
export {
  createMigratedServiceDatabase,
  tenantTableSecurity,
  type MigratedServiceDatabase,
} from './service-database.ts';
export { canConnect, freePort } from './ports.ts';
export {
  configuredEngineAvailable,
  engineAvailable,
  onCi,
  redisAvailable,
  type EngineOptions,
} from './engines.ts';
export { captureLogger, type CapturedLogger } from './logs.ts';
export { signedIdentityHeaders } from './identity.ts';
