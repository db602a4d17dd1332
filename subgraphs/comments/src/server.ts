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
import type { Logger } from '@tessera/logger';
import { combineHealth, createApolloSubgraph, type ApolloSubgraph } from '@tessera/service-kit';
import { createCanvasDirectory, type CanvasDirectory } from './clients/canvas-directory.ts';
import { createMailSender, type MailSender } from './clients/mail.ts';
import { createMemberDirectory, type MemberDirectory } from './clients/member-directory.ts';
import type { CommentsConfig } from './config.ts';
import type { CommentsContext, CommentsServices } from './context.ts';
import { createRepositories } from './data/index.ts';
import { resolvers } from './resolvers/index.ts';
import { createAccess } from './services/access.ts';
import { createCommentService } from './services/comment-service.ts';
import { createEventPublisher } from './services/events.ts';
import { createMentionMail } from './services/mention-mail.ts';
import { createRequestLoaders } from './services/loaders.ts';
import { createNotificationService } from './services/notification-service.ts';

export const SCHEMA_PATH = fileURLToPath(new URL('./schema.graphql', import.meta.url));
const MIGRATIONS_DIR = fileURLToPath(new URL('./data/migrations', import.meta.url));

/** The other services this one asks; defaults speak to their internal HTTP routes. */
export interface CommentsClients {
  canvases: CanvasDirectory;
  members: MemberDirectory;
  /** Mention emails (canvases' mail path); null sends none. */
  mail: MailSender | null;
}

export interface CommentsServerDeps {
  config: CommentsConfig;
  logger: Logger;
  clients?: Partial<CommentsClients>;
  /** A bus owned by the caller (not closed by stop()); by default one is made from the config. */
  bus?: EventBus;
}

export interface CommentsServer {
  /** Migrates the database, connects and listens. Resolves with the bound port. */
  start(): Promise<{ port: number; url: string }>;
  stop(): Promise<void>;
}

/** Builds the comments subgraph; nothing connects or listens until start(). */
export function createServer({
  config,
  logger,
  clients = {},
  bus: givenBus,
}: CommentsServerDeps): CommentsServer {
  let pool: Pool | undefined;
  let subgraph: ApolloSubgraph | undefined;
  let ownBus: EventBus | undefined;

  const migrate = () =>
    migrateServiceSchema({
      databaseUrl: config.DATABASE_URL,
      appDbPassword: config.APP_DB_PASSWORD,
      schema: 'comments',
      migrationsDir: MIGRATIONS_DIR,
      logger,
    });

  return {
    async start() {
      await migrate();
      pool = createPool(withCredentials(config.DATABASE_URL, APP_ROLE, config.APP_DB_PASSWORD), {
        applicationName: 'comments',
      });
      const bus =
        givenBus ??
        (ownBus = createEventBus({ redisUrl: config.REDIS_URL, databaseUrl: config.DATABASE_URL }));
      const canvases =
        clients.canvases ??
        createCanvasDirectory({ canvasesUrl: config.CANVASES_URL, internalSecret: config.INTERNAL_SECRET });
      const members =
        clients.members ??
        createMemberDirectory({ accountsUrl: config.ACCOUNTS_URL, internalSecret: config.INTERNAL_SECRET });
      const mail =
        clients.mail === undefined
          ? createMailSender({ canvasesUrl: config.CANVASES_URL, internalSecret: config.INTERNAL_SECRET })
          : clients.mail;
      const repos = createRepositories(pool);
      const services: CommentsServices = {
        comments: createCommentService({
          repos,
          access: createAccess(canvases),
          members,
          events: createEventPublisher(bus, logger),
          mentionMail: createMentionMail({ mail, logger }),
        }),
        notifications: createNotificationService({ repos }),
      };
      const db = pool;
      subgraph = await createApolloSubgraph<CommentsContext>({
        name: 'comments',
        schemaPath: SCHEMA_PATH,
        resolvers,
        logger,
        internalSecret: config.INTERNAL_SECRET,
        maxBodyBytes: 1024 * 1024,
        context: () => ({ services, loaders: createRequestLoaders(repos) }),
        health: async () => combineHealth({ postgres: { status: (await pingDatabase(db)) ? 'ok' : 'down' } }),
      });
      const port = await subgraph.listen(config.COMMENTS_PORT, config.HOST);
      logger.info({ port }, 'comments subgraph listening');
      return { port, url: `http://${config.HOST}:${port}/graphql` };
    },

    async stop() {
      await subgraph?.close();
      await ownBus?.close();
      await pool?.end();
    },
  };
}

export { loadConfig, type CommentsConfig } from './config.ts';
export {
  TOPICS,
  type CommentAddedEvent,
  type CommentUpdatedEvent,
  type NotificationAddedEvent,
} from './services/events.ts';
export type { CanvasDirectory, CanvasInfo } from './clients/canvas-directory.ts';
export type { Member, MemberDirectory } from './clients/member-directory.ts';
export type { MailRequest, MailSender } from './clients/mail.ts';
