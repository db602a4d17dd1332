import type { Identity } from '@tessera/auth';
import { AppError } from '@tessera/errors';
import type { Logger } from '@tessera/logger';
import {
  applyEdits,
  inferModel,
  mergeEdits,
  type ModelEdits,
  type SemanticModel,
  type SourceProfile,
} from '@tessera/semantic-model';
import type { DataSourceRow, Repositories, SemanticModelRow } from '../data/index.ts';
import type { TableInfo } from '../engines/types.ts';
import type { Access } from './access.ts';
import type { DataSourceService } from './data-source-service.ts';
import type { EngineRegistry } from './engine-registry.ts';
import { editsFromInput } from './model/edits-input.ts';
import { modelFingerprint } from './model/fingerprint.ts';
import { budgetOf, inferSourceModel } from './model/infer.ts';
import { foreignKeysOf } from './model/profile.ts';

/** Database servers (asOf = today, re-inferred daily) as opposed to files. */
const LIVE_KINDS = new Set(['POSTGRES', 'MYSQL', 'CLICKHOUSE']);
const LIVE_STALE_MS = 24 * 60 * 60 * 1000;
const EDIT_ATTEMPTS = 3;

export interface ModelServiceOptions {
  /** How long a read waits for an inference before answering with what is ready (default 10 s). */
  waitMs?: number;
  /** The whole inference's budget; statements stop being started after it (default 60 s). */
  inferenceBudgetMs?: number;
  now?: () => Date;
}

interface Deps {
  repos: Repositories;
  access: Access;
  dataSources: DataSourceService;
  engines: EngineRegistry;
  logger: Logger;
  options?: ModelServiceOptions;
}

export type SemanticModelView = SemanticModel & { version: number };

function settleWithin<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    promise,
    new Promise<undefined>((resolve) => (timer = setTimeout(() => resolve(undefined), ms))),
  ]).finally(() => clearTimeout(timer));
}

/**
 * The semantic model of each source: inferred on the source's own guarded engine (sampled
 * statistics, containment checks) by @tessera/semantic-model, stored with people's edits merged
 * over it on read. Inference is lazy: on the first read, when the tables or settings changed (a
 * fingerprint), when a live source's model is a day old, and when a file lands (refresh).
 */
export function createModelService(deps: Deps) {
  const { repos, access, dataSources, engines, logger } = deps;
  const waitMs = deps.options?.waitMs ?? 10_000;
  const budgetMs = deps.options?.inferenceBudgetMs ?? 60_000;
  const now = deps.options?.now ?? (() => new Date());
  /** One inference per source at a time in this process; a refresh queues behind a running one. */
  const inflight = new Map<string, Promise<SemanticModelRow>>();

  const live = (source: DataSourceRow) => LIVE_KINDS.has(source.kind);
  const today = () => now().toISOString().slice(0, 10);

  /**
   * The stored model with people's edits over it. A live database's data runs up to today, not to
   * the day it was inferred: its asOf is read-time UTC today unless someone set one.
   */
  const present = (source: DataSourceRow, row: SemanticModelRow): SemanticModelView => {
    const edits = row.edits as ModelEdits;
    const model = applyEdits(row.inferred as SemanticModel, edits);
    const asOf = live(source) && !edits.asOf ? today() : model.asOf;
    return { ...model, asOf, version: row.version };
  };

  /** Every project's demo source reads the same database: it is profiled once per process and shape. */
  let demo: { fingerprint: string; model: Promise<SemanticModel> } | null = null;

  async function infer(source: DataSourceRow, refreshSchema: boolean): Promise<SemanticModelRow> {
    const tables = await dataSources.tables(source, refreshSchema);
    const fingerprint = modelFingerprint(source, tables);
    const started = Date.now();
    const measure = async () => {
      const engine = await engines.get(source);
      return inferSourceModel(engine, engine.dialect, tables, {
        live: live(source),
        today: today(),
        budget: budgetOf(budgetMs),
      });
    };
    let model: SemanticModel;
    if (source.kind === 'DEMO') {
      if (demo?.fingerprint !== fingerprint) demo = { fingerprint, model: measure() };
      const shared = demo;
      model = await shared.model.catch((error: unknown) => {
        if (demo === shared) demo = null;
        throw error;
      });
    } else {
      model = await measure();
    }
    const row = await repos.models.saveInference(source.organizationId, source.id, model, fingerprint);
    logger.info(
      { dataSourceId: source.id, tables: tables.length, ms: Date.now() - started, version: row.version },
      'semantic model inferred',
    );
    return row;
  }

  function start(
    source: DataSourceRow,
    options: { refreshSchema: boolean; queue: boolean },
  ): Promise<SemanticModelRow> {
    const running = inflight.get(source.id);
    if (running && !options.queue) return running;
    const job = (running ? running.catch(() => undefined) : Promise.resolve()).then(() =>
      infer(source, options.refreshSchema),
    );
    inflight.set(source.id, job);
    void job
      .then(
        () => undefined,
        (err: unknown) => logger.warn({ err, dataSourceId: source.id }, 'semantic model inference failed'),
      )
      .finally(() => {
        if (inflight.get(source.id) === job) inflight.delete(source.id);
      });
    return job;
  }

  /** A model from names and types only, while the first inference is still running. */
  function provisional(source: DataSourceRow, tables: TableInfo[]): SemanticModelView {
    const profile: SourceProfile = {
      tables: tables.map((t) => ({
        name: t.name,
        columns: t.columns.map((c) => ({ name: c.name, type: c.type })),
        foreignKeys: foreignKeysOf(t),
      })),
      live: live(source),
      today: today(),
    };
    return { ...inferModel(profile), version: 0 };
  }

  /** The stored row, inferring first when there is none or it is stale; waits at most `wait` ms. */
  async function current(
    source: DataSourceRow,
    wait: number,
  ): Promise<{ row: SemanticModelRow | null; tables: TableInfo[] }> {
    const [tables, stored] = await Promise.all([
      dataSources.tables(source, false),
      repos.models.find(source.organizationId, source.id),
    ]);
    const changed = !stored || stored.fingerprint !== modelFingerprint(source, tables);
    const old =
      stored !== null &&
      live(source) &&
      now().getTime() - new Date(stored.inferredAt).getTime() > LIVE_STALE_MS;
    if (!changed && !old) return { row: stored, tables };
    const job = start(source, { refreshSchema: true, queue: false });
    const fresh = await settleWithin(
      job.catch(() => undefined),
      wait,
    );
    return { row: fresh ?? stored, tables };
  }

  return {
    /** The model of a source the caller may already read (the resolver got it through access checks). */
    async get(_identity: Identity, source: DataSourceRow): Promise<SemanticModelView> {
      return this.forSource(source);
    },

    /** For internal readers (the SQL assistant's source context): no identity, the source is trusted. */
    async forSource(source: DataSourceRow, options: { waitMs?: number } = {}): Promise<SemanticModelView> {
      try {
        const { row, tables } = await current(source, options.waitMs ?? waitMs);
        return row ? present(source, row) : provisional(source, tables);
      } catch (error) {
        // An unreachable source still shows the model it had, or an empty one: the field is
        // non-null, and an error here would take the source (or a project's whole list) with it.
        const stored = await repos.models.find(source.organizationId, source.id);
        if (stored) return present(source, stored);
        logger.warn({ err: error, dataSourceId: source.id }, 'semantic model unavailable');
        return { asOf: null, tables: [], relationships: [], version: 0 };
      }
    },

    /** Infers again (a file landed, a table was replaced); returns once it is stored. */
    refresh(source: DataSourceRow): Promise<SemanticModelRow> {
      return start(source, { refreshSchema: true, queue: true });
    },

    async update(
      identity: Identity,
      input: { dataSourceId: string } & Record<string, unknown>,
    ): Promise<SemanticModelView> {
      const organizationId = await access.source(identity, String(input.dataSourceId ?? ''), 'EDITOR');
      const source = await repos.dataSources.find(organizationId, input.dataSourceId);
      if (!source) throw AppError.notFound('Data source');
      for (let attempt = 0; attempt < EDIT_ATTEMPTS; attempt++) {
        let { row } = await current(source, budgetMs + 5_000);
        row ??= await start(source, { refreshSchema: false, queue: false });
        const edits = editsFromInput(input, row.inferred as SemanticModel);
        // One UPDATE … WHERE version = read version: a concurrent edit or inference makes us merge again.
        const saved = await repos.models.saveEdits(
          organizationId,
          source.id,
          mergeEdits(row.edits as ModelEdits, edits),
          row.version,
        );
        if (saved) return present(source, saved);
      }
      throw new AppError('CONFLICT', 'The model changed while saving; try again');
    },
  };
}

export type ModelService = ReturnType<typeof createModelService>;
