import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { requireRole, type Identity } from '@tessera/auth';
import { AppError } from '@tessera/errors';
import type { Logger } from '@tessera/logger';
import type { DataSourceKind, DataSourceRow, GlossaryEntry, Repositories } from '../data/index.ts';
import { EngineError, type QueryEngine, type TableInfo } from '../engines/types.ts';
import type { Access } from './access.ts';
import { mergeConnection, parseConnection } from './connection-settings.ts';
import { DEMO_SOURCE_NAME, demoGlossary } from './demo.ts';
import type { EngineRegistry } from './engine-registry.ts';
import { portOfUrl, type HostPolicy } from './host-policy.ts';
import { parseFormat } from './files/naming.ts';
import type { ResultsCache } from './results-cache.ts';
import { encryptSecret, type KeyRing } from './secrets.ts';

const KINDS = ['DEMO', 'POSTGRES', 'MYSQL', 'CLICKHOUSE', 'DUCKDB', 'FILE'] as const;
const nameSchema = z.string().trim().min(1, 'Name is required').max(120, 'Name is too long');
const glossarySchema = z
  .array(
    z.object({
      terms: z.array(z.string().trim().min(1).max(80)).min(1, 'Give at least one term').max(20),
      definition: z.string().trim().min(1).max(1000),
      kind: z.enum(['metric', 'timeGrain']),
      expression: z.string().trim().min(1).max(2000),
      filter: z.string().max(2000).nullish(),
      tables: z.array(z.string().max(128)).max(20),
      timeColumn: z.string().max(256).nullish(),
    }),
  )
  .max(500);

const TEST_TIMEOUT_MS = 5_000;
/** Connection failures that name the host and port the user typed (EngineError.reason). */
const TARGET_REASONS: Record<string, string> = {
  REFUSED: 'connection refused by',
  UNKNOWN_HOST: 'unknown host',
  TIMED_OUT: 'no answer from',
  UNREACHABLE: 'cannot reach',
  RESET: 'connection closed by',
};

export interface ConnectionTestResult {
  ok: boolean;
  latencyMs: number | null;
  error: { code: string; message: string } | null;
}
/** How long creating or updating a source waits to learn its role's privileges. */
const PRIVILEGE_CHECK_TIMEOUT_MS = 5_000;
const PRIVILEGED_KINDS = new Set<DataSourceKind>(['POSTGRES', 'MYSQL']);

/** Shown on the source (connection.privilegeWarning) while an admin override is in use. */
export function privilegeWarning(privileges: readonly string[]): string {
  return (
    `WARNING: this source connects with server-level privileges (${privileges.join(', ')}), allowed by an organization admin. ` +
    'Queries are still checked and run read-only, but a role that can only read the data is strongly recommended.'
  );
}

interface Deps {
  repos: Repositories;
  access: Access;
  engines: EngineRegistry;
  hostPolicy: HostPolicy;
  keyRing: KeyRing;
  cache: ResultsCache;
  duckdbFilesDir: string;
  logger: Logger;
}

function validate<T>(schema: z.ZodType<T>, value: unknown, field: string): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  throw AppError.badInput([field, ...issue.path].join('.'), issue.message);
}

async function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      promise,
      new Promise<never>(
        (_, reject) =>
          (timer = setTimeout(() => reject(new EngineError('TIMEOUT', 'The connection test timed out')), ms)),
      ),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

export function createDataSourceService(deps: Deps) {
  const { repos, access, engines, hostPolicy, keyRing, cache, logger } = deps;
  const options = { duckdbFilesDir: deps.duckdbFilesDir };

  async function checkHost(kind: DataSourceKind, settings: Record<string, unknown>) {
    if (kind === 'POSTGRES' || kind === 'MYSQL')
      await hostPolicy.resolve(String(settings.host), Number(settings.port));
    if (kind === 'CLICKHOUSE')
      await hostPolicy.resolve(
        new URL(String(settings.url)).hostname,
        portOfUrl(new URL(String(settings.url))),
      );
  }

  /**
   * PostgreSQL and MySQL sources: the role must not hold server-level privileges, unless an ADMIN
   * set `allowPrivilegedRole` (then `settings.privilegeWarning` says so, and it is logged). A server
   * that cannot be reached now is checked again before every statement.
   */
  async function checkPrivileges(
    identity: Identity,
    source: Omit<DataSourceRow, 'schemaCache' | 'schemaCachedAt' | 'createdAt' | 'updatedAt'>,
  ): Promise<void> {
    const settings = source.settings;
    delete settings.privilegeWarning;
    if (!PRIVILEGED_KINDS.has(source.kind)) return;
    if (settings.allowPrivilegedRole === true)
      requireRole(identity, source.organizationId, 'ADMIN', 'Data source');
    let privileges: string[];
    const engine = await engines.temporary({
      ...source,
      schemaCache: null,
      schemaCachedAt: null,
      createdAt: new Date(),
      updatedAt: new Date(),
    });
    try {
      privileges = await withTimeout(engine.privileges(), PRIVILEGE_CHECK_TIMEOUT_MS);
    } catch (error) {
      logger.info(
        { dataSourceId: source.id, code: (error as EngineError).code },
        'data source privileges not checked: unreachable now, checked before each statement',
      );
      return;
    } finally {
      void engine.close().catch(() => undefined);
    }
    if (privileges.length === 0) return;
    if (settings.allowPrivilegedRole !== true) {
      throw new AppError(
        'BAD_USER_INPUT',
        `This ${source.kind === 'POSTGRES' ? 'role' : 'user'} has server-level privileges (${privileges.join(', ')}): ` +
          'connect with one that can only read the data. An organization admin can allow it with allowPrivilegedRole.',
        {
          field: 'connection.user',
          details: { reason: 'PRIVILEGED_ROLE', privileges },
        },
      );
    }
    settings.privilegeWarning = privilegeWarning(privileges);
    logger.warn(
      { dataSourceId: source.id, organizationId: source.organizationId, kind: source.kind, privileges },
      'PRIVILEGED DATA SOURCE: admin override allows a role with server-level privileges',
    );
  }

  /** Where the user pointed the source, as they typed it (never the address it resolved to). */
  function typedTarget(source: DataSourceRow): string | null {
    if (source.kind === 'POSTGRES' || source.kind === 'MYSQL')
      return `${String(source.settings.host)}:${Number(source.settings.port)}`;
    if (source.kind === 'CLICKHOUSE') {
      const url = new URL(String(source.settings.url));
      return `${url.hostname}:${portOfUrl(url)}`;
    }
    return null;
  }

  function failure(source: DataSourceRow, error: unknown): ConnectionTestResult {
    if (error instanceof EngineError) {
      const target = typedTarget(source);
      const where =
        error.reason && error.reason in TARGET_REASONS && target
          ? `: ${TARGET_REASONS[error.reason]} ${target}`
          : '';
      return { ok: false, latencyMs: null, error: { code: error.code, message: `${error.message}${where}` } };
    }
    if (error instanceof AppError)
      return { ok: false, latencyMs: null, error: { code: error.code, message: error.message } };
    logger.warn({ err: error, dataSourceId: source.id }, 'connection test failed');
    return {
      ok: false,
      latencyMs: null,
      error: { code: 'CONNECTION_FAILED', message: 'Could not connect to the data source' },
    };
  }

  async function testEngine(source: DataSourceRow, engine: QueryEngine): Promise<ConnectionTestResult> {
    const started = performance.now();
    try {
      await withTimeout(engine.test(TEST_TIMEOUT_MS), TEST_TIMEOUT_MS + 500);
      if (source.settings.allowPrivilegedRole === true) {
        const privileges = await withTimeout(engine.privileges(), TEST_TIMEOUT_MS);
        if (privileges.length > 0)
          logger.warn(
            { dataSourceId: source.id, organizationId: source.organizationId, privileges },
            'PRIVILEGED DATA SOURCE: admin override allows a role with server-level privileges',
          );
      }
      return { ok: true, latencyMs: Math.round(performance.now() - started), error: null };
    } catch (error) {
      return failure(source, error);
    }
  }

  async function testSource(source: DataSourceRow): Promise<ConnectionTestResult> {
    let engine: QueryEngine;
    try {
      engine = await withTimeout(engines.get(source), TEST_TIMEOUT_MS);
    } catch (error) {
      return failure(source, error);
    }
    return testEngine(source, engine);
  }

  return {
    /** Every project has the demo source; it is created the first time anyone looks. */
    async ensureDemo(organizationId: string, projectId: string): Promise<void> {
      await repos.dataSources.insert({
        id: randomUUID(),
        organizationId,
        projectId,
        name: DEMO_SOURCE_NAME,
        kind: 'DEMO',
        settings: {},
        secretCiphertext: null,
        glossary: demoGlossary(),
        createdBy: null,
      });
    },

    async listForProject(identity: Identity, projectId: string): Promise<DataSourceRow[]> {
      const organizationId = await access.project(identity, projectId);
      await this.ensureDemo(organizationId, projectId);
      return repos.dataSources.listForProject(organizationId, projectId);
    },

    async get(identity: Identity, id: string): Promise<DataSourceRow> {
      const organizationId = await access.source(identity, id);
      const source = await repos.dataSources.find(organizationId, id);
      if (!source) throw AppError.notFound('Data source');
      return source;
    },

    async create(
      identity: Identity,
      input: { projectId: string; name: string; kind: string; connection: unknown },
    ): Promise<DataSourceRow> {
      const kind = validate(z.enum(KINDS), input.kind, 'kind');
      const name = validate(nameSchema, input.name, 'name');
      if (kind === 'DEMO') throw AppError.badInput('kind', 'Every project already has the demo source');
      if (kind === 'FILE') throw AppError.badInput('kind', 'Create FILE sources with createFileUpload');
      const organizationId = await access.project(identity, input.projectId, 'EDITOR');
      const { settings, secret } = parseConnection(kind, input.connection, options);
      await checkHost(kind, settings);
      const id = randomUUID();
      const principal = identity.principal;
      const secretCiphertext = secret ? encryptSecret(keyRing, secret, organizationId, id) : null;
      await checkPrivileges(identity, {
        id,
        organizationId,
        projectId: input.projectId,
        name,
        kind,
        settings,
        secretCiphertext,
        glossary: [],
      });
      const created = await repos.dataSources.insert({
        id,
        organizationId,
        projectId: input.projectId,
        name,
        kind,
        settings,
        secretCiphertext,
        glossary: [],
        createdBy: principal.kind === 'user' ? principal.userId : null,
      });
      logger.info({ dataSourceId: id, kind, organizationId }, 'data source created');
      return created!;
    },

    async createFileSource(
      identity: Identity,
      input: { projectId: string; name: string; format: string },
    ): Promise<DataSourceRow> {
      const name = validate(nameSchema, input.name, 'name');
      const format = parseFormat(input.format);
      const organizationId = await access.project(identity, input.projectId, 'EDITOR');
      const principal = identity.principal;
      const created = await repos.dataSources.insert({
        id: randomUUID(),
        organizationId,
        projectId: input.projectId,
        name,
        kind: 'FILE',
        settings: { format, uploaded: false, tables: [], fileVersion: 0 },
        secretCiphertext: null,
        glossary: [],
        createdBy: principal.kind === 'user' ? principal.userId : null,
      });
      return created!;
    },

    /** An existing FILE source a table is added to: EDITOR on its project; another tenant's id is NOT_FOUND. */
    async fileSourceForUpload(identity: Identity, id: string): Promise<DataSourceRow> {
      const organizationId = await access.source(identity, id, 'EDITOR');
      const source = await repos.dataSources.find(organizationId, id);
      if (!source) throw AppError.notFound('Data source');
      if (source.kind !== 'FILE')
        throw AppError.badInput('dataSourceId', 'Files can only be added to a FILE source');
      return source;
    },

    async update(
      identity: Identity,
      input: { id: string; name?: string | null; connection?: unknown; glossary?: unknown },
    ): Promise<DataSourceRow> {
      const organizationId = await access.source(identity, input.id, 'EDITOR');
      const source = await repos.dataSources.find(organizationId, input.id);
      if (!source) throw AppError.notFound('Data source');
      const patch: Parameters<Repositories['dataSources']['update']>[2] = {};
      if (input.name != null) patch.name = validate(nameSchema, input.name, 'name');
      if (input.glossary != null)
        patch.glossary = validate(glossarySchema, input.glossary, 'glossary') as GlossaryEntry[];
      if (input.connection != null) {
        if (source.kind === 'DEMO' || source.kind === 'FILE')
          throw AppError.badInput('connection', `A ${source.kind} source has no connection settings`);
        const { settings, secret } = mergeConnection(source.kind, source.settings, input.connection, options);
        await checkHost(source.kind, settings);
        patch.settings = settings;
        if (secret !== null)
          patch.secretCiphertext = encryptSecret(keyRing, secret, organizationId, source.id);
        await checkPrivileges(identity, {
          ...source,
          settings,
          secretCiphertext: patch.secretCiphertext ?? source.secretCiphertext,
        });
      }
      const updated = await repos.dataSources.update(organizationId, source.id, patch);
      if (!updated) throw AppError.notFound('Data source');
      cache.invalidateSource(source.id);
      return updated;
    },

    async remove(identity: Identity, id: string): Promise<boolean> {
      const organizationId = await access.source(identity, id, 'ADMIN');
      const source = await repos.dataSources.find(organizationId, id);
      if (source?.kind === 'DEMO') throw AppError.badInput('id', 'The demo source cannot be deleted');
      cache.invalidateSource(id);
      return repos.dataSources.softDelete(organizationId, id);
    },

    async test(identity: Identity, id: string): Promise<ConnectionTestResult> {
      const source = await this.get(identity, id);
      return testSource(source);
    },

    /**
     * Tests connection settings without saving a source: the same validation, host policy and
     * privilege check as create, EDITOR on the project. The secret never leaves this call.
     */
    async testConnection(
      identity: Identity,
      input: { projectId: string; kind: string; connection: unknown },
    ): Promise<ConnectionTestResult> {
      const kind = validate(z.enum(KINDS), input.kind, 'kind');
      const organizationId = await access.project(identity, input.projectId, 'EDITOR');
      if (kind === 'DEMO' || kind === 'FILE')
        throw AppError.badInput('kind', `A ${kind} source has no connection settings to test`);
      const { settings, secret } = parseConnection(kind, input.connection, options);
      await checkHost(kind, settings);
      const id = randomUUID();
      const secretCiphertext = secret ? encryptSecret(keyRing, secret, organizationId, id) : null;
      const draft = {
        id,
        organizationId,
        projectId: input.projectId,
        name: 'Connection test',
        kind,
        settings,
        secretCiphertext,
        glossary: [],
      };
      await checkPrivileges(identity, draft);
      const row: DataSourceRow = {
        ...draft,
        createdBy: null,
        schemaCache: null,
        schemaCachedAt: null,
        createdAt: new Date(),
        updatedAt: new Date(),
      } as DataSourceRow;
      let engine: QueryEngine;
      try {
        engine = await withTimeout(engines.temporary(row), TEST_TIMEOUT_MS);
      } catch (error) {
        return failure(row, error);
      }
      try {
        return await testEngine(row, engine);
      } finally {
        void engine.close().catch(() => undefined);
      }
    },

    /** Introspected tables, cached on the source; `refresh` re-reads them from the engine. */
    async tables(source: DataSourceRow, refresh: boolean): Promise<TableInfo[]> {
      if (source.schemaCache && !refresh) return source.schemaCache;
      if (source.kind === 'FILE' && !source.settings.uploaded) return [];
      try {
        const engine = await engines.get(source);
        const tables = await engine.introspect();
        await repos.dataSources.saveSchema(source.organizationId, source.id, tables);
        return tables;
      } catch (error) {
        if (error instanceof EngineError)
          throw new AppError('UNAVAILABLE', `Schema could not be read: ${error.message}`);
        throw error;
      }
    },
  };
}

export type DataSourceService = ReturnType<typeof createDataSourceService>;
