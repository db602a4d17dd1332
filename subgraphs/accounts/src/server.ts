import { fileURLToPath } from 'node:url';
import {
  APP_ROLE,
  createPool,
  migrateServiceSchema,
  pingDatabase,
  type Pool,
  withCredentials,
} from '@tessera/db';
import { createEventBus, type EventBus } from '@tessera/events';
import { createSecretBox } from '@tessera/secret-box';
import type { Logger } from '@tessera/logger';
import { combineHealth, createApolloSubgraph, type ApolloSubgraph } from '@tessera/service-kit';
import type { AccountsConfig } from './config.ts';
import { createUserLoader, type AccountsContext, type AccountsServices } from './context.ts';
import { createRepositories, sealStoredSecrets } from './data/index.ts';
import {
  auditRoute,
  authenticateRoute,
  membersRoute,
  projectDirectoryRoute,
  userRoute,
} from './internal-routes.ts';
import { canvasGrantsRoute, embeddingSecretRoute } from './internal-people-routes.ts';
import { resolvers } from './resolvers/index.ts';
import { createAccessTokens } from './services/access-tokens.ts';
import { createAuthService } from './services/auth-service.ts';
import { createMailer, type Mailer } from './services/mailer.ts';
import { createAuthenticator } from './services/authenticate.ts';
import { createOrganizationService } from './services/organization-service.ts';
import { createPeopleService } from './services/people-service.ts';
import { createPrincipalEvents } from './services/principal-events.ts';

export const SCHEMA_PATH = fileURLToPath(new URL('./schema.graphql', import.meta.url));
const MIGRATIONS_DIR = fileURLToPath(new URL('./data/migrations', import.meta.url));

export interface AccountsServerDeps {
  config: AccountsConfig;
  logger: Logger;
}

export interface AccountsServer {
  /** Migrates the database, connects and listens. Resolves with the bound port. */
  start(): Promise<{ port: number; url: string }>;
  stop(): Promise<void>;
}

/** Builds the accounts subgraph; nothing connects or listens until start(). */
export function createServer({ config, logger }: AccountsServerDeps): AccountsServer {
  let pool: Pool | undefined;
  let subgraph: ApolloSubgraph | undefined;
  let bus: EventBus | undefined;
  let mailer: Mailer | undefined;

  const migrate = () =>
    migrateServiceSchema({
      databaseUrl: config.DATABASE_URL,
      appDbPassword: config.APP_DB_PASSWORD,
      schema: 'accounts',
      migrationsDir: MIGRATIONS_DIR,
      logger,
    });

  return {
    async start() {
      await migrate();
      const secretBox = createSecretBox(config.ACCOUNTS_SECRETS_KEYS);
      const owner = createPool(config.DATABASE_URL, { applicationName: 'accounts-seal', max: 1 });
      try {
        const sealed = await sealStoredSecrets(owner, secretBox);
        if (sealed > 0) logger.info({ sealed }, 'embedding secrets sealed with the active key');
      } finally {
        await owner.end();
      }
      pool = createPool(withCredentials(config.DATABASE_URL, APP_ROLE, config.APP_DB_PASSWORD), {
        applicationName: 'accounts',
      });
      const repos = createRepositories(pool, secretBox);
      const tokens = createAccessTokens({
        secret: config.JWT_SECRET,
        ttlSeconds: config.ACCESS_TOKEN_TTL_SECONDS,
      });
      bus = createEventBus({
        redisUrl: config.REDIS_URL,
        databaseUrl: withCredentials(config.DATABASE_URL, APP_ROLE, config.APP_DB_PASSWORD),
      });
      const events = createPrincipalEvents(bus, logger);
      mailer = createMailer({
        smtpUrl: config.SMTP_URL,
        from: config.MAIL_FROM,
        outbox: repos.signUps,
        logger,
      });
      if (config.NODE_ENV === 'production' && config.SIGN_UP_MODE === 'instant') {
        logger.warn(
          'SIGN_UP_MODE=instant in production: signUp tells new from existing emails apart (see the accounts README)',
        );
      }
      const services: AccountsServices = {
        repos,
        auth: createAuthService({ repos, tokens, config, logger, events, mailer }),
        organizations: createOrganizationService({ repos, logger, events }),
        people: createPeopleService({ repos, logger, events, mailer, publicUrl: config.PUBLIC_URL }),
      };
      const db = pool;
      subgraph = await createApolloSubgraph<AccountsContext>({
        name: 'accounts',
        schemaPath: SCHEMA_PATH,
        resolvers,
        logger,
        internalSecret: config.INTERNAL_SECRET,
        maxBodyBytes: 2 * 1024 * 1024,
        routes: [
          authenticateRoute(createAuthenticator({ repos, tokens }), config.INTERNAL_SECRET, logger),
          projectDirectoryRoute(repos, config.INTERNAL_SECRET),
          membersRoute(repos, config.INTERNAL_SECRET),
          auditRoute(repos, config.INTERNAL_SECRET, logger),
          userRoute(repos, config.INTERNAL_SECRET),
          embeddingSecretRoute(repos, config.INTERNAL_SECRET),
          canvasGrantsRoute(repos, services.people, config.INTERNAL_SECRET, logger),
        ],
        context: () => ({ services, loaders: { user: createUserLoader(repos) } }),
        health: async () => combineHealth({ postgres: { status: (await pingDatabase(db)) ? 'ok' : 'down' } }),
      });
      const port = await subgraph.listen(config.ACCOUNTS_PORT, config.HOST);
      logger.info({ port }, 'accounts subgraph listening');
      return { port, url: `http://${config.HOST}:${port}/graphql` };
    },

    async stop() {
      await subgraph?.close();
      mailer?.close();
      await bus?.close();
      await pool?.end();
    },
  };
}
export { loadConfig, type AccountsConfig } from './config.ts';
