export {
  createPool,
  isDatabaseUnavailable,
  toUnavailable,
  DATABASE_UNAVAILABLE_MESSAGE,
  DEFAULT_POOL_TIMEOUTS,
  type Pool,
  type PoolClient,
  type PoolOptions,
} from './pool.ts';
export { runMigrations, loadMigrations, type Migration } from './migrations.ts';
export { ensureAppRole, withCredentials, APP_ROLE } from './roles.ts';
export { withTenant, withTransaction, type TenantScope } from './tenant.ts';
export {
  startEmbeddedPostgres,
  type EmbeddedPostgresHandle,
  type EmbeddedPostgresOptions,
} from './embedded.ts';
export {
  stopLeftoverProcess,
  supervise,
  type Supervisor,
  type SupervisorEvents,
  type SupervisorOptions,
} from './supervise.ts';
export { isUniqueViolation, pingDatabase } from './util.ts';
export { migrateServiceSchema } from './migrate-service.ts';
