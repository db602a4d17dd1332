import { resultBlockOf, type BlockJson } from '@tessera/canvas-model';
import type { Identity } from '@tessera/auth';
import { AppError } from '@tessera/errors';
import type { Logger } from '@tessera/logger';
import type { QueryRunJson, RunActor, RunChain, RunSql } from '../clients/queries-client.ts';
import type { CanvasRecord, PublicationRecord } from '../data/index.ts';
import type { Access } from './access.ts';
import { createChainRunner, readsBlocks } from './chain/chain-runner.ts';
import type { Documents } from './documents.ts';
import { parametersFor } from './filter-parameters.ts';
import { applyInteractions, parseInteractions, type InteractionFilter } from './interaction-filters.ts';
import { runSourceOf } from './publication-view.ts';

/** Who views a publication: a share link (its id) or a signed embed (no link), with the values they lock. */
export interface SharedViewer {
  linkId: string | null;
  lockedFilters: Record<string, unknown>;
}

/** An error message for viewers who may not see the SQL (engine messages can quote it). */
function withoutCode(code: string): string {
  return code === 'MISSING_PARAMETER'
    ? 'This block needs a filter value'
    : code === 'TIMEOUT'
      ? 'This block took too long to run'
      : 'This block could not run';
}

/** The SQL block a block runs: itself, or the SQL block a CHART / TABLE / METRIC reads (canvas-model R19). */
export function sqlBlockFor(blocks: BlockJson[], blockId: string): BlockJson {
  const block = blocks.find((b) => b.id === blockId);
  if (!block) throw AppError.notFound('Block');
  const source = resultBlockOf(block, blocks);
  if (source) return source;
  const sourceId = block.content.sourceBlockId;
  if (typeof sourceId !== 'string')
    throw AppError.badInput('blockId', `A ${block.type} block has no SQL to run`);
  throw AppError.badInput(
    'blockId',
    `The SQL block this ${block.type} block reads (${sourceId}) is no longer on the canvas`,
  );
}

/**
 * Runs saved canvas SQL without ad-hoc SQL rights: signed-in VIEWERs and above, and share-link
 * viewers (whose locked filters always win). Only the block's stored SQL ever runs.
 */
export function createRunService({
  access,
  documents,
  runSql,
  runChain,
  logger,
}: {
  access: Access;
  documents: Documents;
  runSql: RunSql;
  /** Chained SQL (canvas-model R34); without it a block that reads other blocks cannot run. */
  runChain?: RunChain;
  logger: Logger;
}) {
  const runChained = createChainRunner({ runSql, ...(runChain ? { runChain } : {}) });
  // Scheduled refreshes and alert checks skip the results cache on every source a chain reads.
  const runSqlFresh: RunSql = (input) => runSql({ ...input, fresh: true });
  const runChainedFresh = createChainRunner({ runSql: runSqlFresh, ...(runChain ? { runChain } : {}) });

  async function run(
    canvas: CanvasRecord,
    blocks: BlockJson[],
    blockId: string,
    filters: unknown,
    interactions: InteractionFilter[],
    locked: Record<string, unknown>,
    actor: RunActor,
    timeoutSeconds?: number,
  ): Promise<QueryRunJson> {
    const sqlBlock = sqlBlockFor(blocks, blockId);
    const result = await runBlock(canvas, blocks, sqlBlock, filters, locked, actor, timeoutSeconds);
    const maxRows = typeof sqlBlock.content.maxRows === 'number' ? sqlBlock.content.maxRows : undefined;
    return applyInteractions(result, interactions, runChain, maxRows);
  }

  async function runBlock(
    canvas: CanvasRecord,
    blocks: BlockJson[],
    sqlBlock: BlockJson,
    filters: unknown,
    locked: Record<string, unknown>,
    actor: RunActor,
    timeoutSeconds?: number,
    fresh = false,
  ): Promise<QueryRunJson> {
    if (readsBlocks(sqlBlock, blocks)) {
      logger.debug({ canvasId: canvas.id, blockId: sqlBlock.id, actor: actor.kind }, 'running chained block');
      return (fresh ? runChainedFresh : runChained)(sqlBlock, blocks, {
        organizationId: canvas.organizationId,
        actor,
        parametersOf: (block) => parametersFor(block, blocks, filters, locked),
      });
    }
    const { dataSourceId, sql, maxRows } = sqlBlock.content;
    if (typeof dataSourceId !== 'string' || typeof sql !== 'string')
      throw AppError.badInput('blockId', 'The SQL block has no data source or SQL');
    const parameters = parametersFor(sqlBlock, blocks, filters, locked);
    logger.debug({ canvasId: canvas.id, blockId: sqlBlock.id, actor: actor.kind }, 'running canvas block');
    return runSql({
      organizationId: canvas.organizationId,
      dataSourceId,
      sql,
      parameters,
      ...(typeof maxRows === 'number' ? { maxRows } : {}),
      ...(timeoutSeconds !== undefined ? { timeoutSeconds } : {}),
      ...(fresh ? { fresh } : {}),
      actor,
    });
  }

  return {
    async forMember(
      identity: Identity,
      canvasId: string,
      blockId: string,
      filters: unknown,
      interactions?: unknown,
      timeoutSeconds?: number | null,
    ): Promise<QueryRunJson> {
      const narrowTo = parseInteractions(interactions);
      // The source's cap is the queries service's to check; this only bounds the input.
      if (
        timeoutSeconds !== undefined &&
        timeoutSeconds !== null &&
        (!Number.isInteger(timeoutSeconds) || timeoutSeconds < 1 || timeoutSeconds > 600)
      )
        throw AppError.badInput('timeoutSeconds', 'timeoutSeconds must be a whole number from 1 to 600');
      const { canvas } = await access.runner(identity, canvasId);
      const principal = identity.principal;
      const userId =
        principal.kind === 'user' ? principal.userId : principal.kind === 'apiKey' ? principal.createdBy : '';
      return run(
        canvas,
        documents.currentBlocks(canvas),
        blockId,
        filters,
        narrowTo,
        {},
        {
          kind: 'user',
          userId,
        },
        timeoutSeconds ?? undefined,
      );
    },

    /**
     * A job's run (scheduled refreshes, alert checks): no viewer, so FILTER defaults apply; the block
     * (or the SQL block it reads) runs as the editor runs it, a chained one through the chain runner;
     * `fresh` skips the results cache. The caller has checked the rule that runs it.
     */
    async forJob(
      canvas: CanvasRecord,
      blocks: BlockJson[],
      blockId: string,
      { actor, fresh = false }: { actor: RunActor; fresh?: boolean },
    ): Promise<QueryRunJson> {
      const sqlBlock = sqlBlockFor(blocks, blockId);
      return runBlock(canvas, blocks, sqlBlock, {}, {}, actor, undefined, fresh);
    },

    /**
     * A share-link or signed-embed viewer's run: only a published block, with the SQL as published
     * (its own, or the unpublished SQL block it reads, kept in the publication); the viewer may set
     * published filters only; locks win. Without showCode, errors do not quote the SQL.
     */
    async forPublication(
      canvas: CanvasRecord,
      publication: PublicationRecord,
      viewer: SharedViewer,
      blockId: string,
      filters: unknown,
      interactions?: unknown,
    ): Promise<QueryRunJson> {
      const narrowTo = parseInteractions(interactions);
      const result = await runPublished(canvas, publication, viewer, blockId, filters);
      const narrowed = await applyInteractions(result, narrowTo, runChain);
      return publication.showCode || !narrowed.error
        ? narrowed
        : { ...narrowed, error: { code: narrowed.error.code, message: withoutCode(narrowed.error.code) } };
    },
  };

  async function runPublished(
    canvas: CanvasRecord,
    publication: PublicationRecord,
    viewer: SharedViewer,
    blockId: string,
    filters: unknown,
  ): Promise<QueryRunJson> {
    const block = publication.blocks.find((b) => b.id === blockId);
    if (!block) throw AppError.notFound('Block');
    const runnable = [...publication.blocks, ...publication.support];
    const sqlBlock = runSourceOf(block, runnable);
    if (!sqlBlock) throw AppError.badInput('blockId', `This ${block.type} block has nothing to run`);
    const actor: RunActor = viewer.linkId
      ? { kind: 'shareLink', shareLinkId: viewer.linkId, canvasId: canvas.id }
      : { kind: 'signedEmbed', canvasId: canvas.id };
    const parametersOf = (b: BlockJson) =>
      parametersFor(b, runnable, filters, viewer.lockedFilters, publication.blocks);
    if (readsBlocks(sqlBlock, runnable)) {
      // Unpublished upstream blocks run, but their messages never reach viewers (canvas-model R36).
      const published = new Set(publication.blocks.map((b) => b.id));
      const result = await runChained(sqlBlock, runnable, {
        organizationId: canvas.organizationId,
        actor,
        parametersOf,
        conceals: (b) => !published.has(b.id),
      }).catch((error: unknown) => {
        if (!publication.showCode && (error as AppError | null)?.code === 'BAD_USER_INPUT')
          throw new AppError('BAD_USER_INPUT', withoutCode('SQL_ERROR'));
        throw error;
      });
      return publication.showCode || !result.error
        ? result
        : { ...result, error: { code: result.error.code, message: withoutCode(result.error.code) } };
    }
    const { dataSourceId, sql, maxRows } = sqlBlock.content;
    if (typeof dataSourceId !== 'string' || typeof sql !== 'string')
      throw AppError.badInput('blockId', 'The SQL block has no data source or SQL');
    const parameters = parametersOf(sqlBlock);
    logger.debug(
      { canvasId: canvas.id, blockId: sqlBlock.id, publication: publication.version, actor: actor.kind },
      'running published block',
    );
    const input = {
      organizationId: canvas.organizationId,
      dataSourceId,
      sql,
      parameters,
      ...(typeof maxRows === 'number' ? { maxRows } : {}),
      actor,
    };
    const result = await runSql(input).catch((error: unknown) => {
      // The queries service's refusals (sql-guard) can quote the statement.
      if (!publication.showCode && (error as AppError | null)?.code === 'BAD_USER_INPUT')
        throw new AppError('BAD_USER_INPUT', withoutCode('SQL_ERROR'));
      throw error;
    });
    return publication.showCode || !result.error
      ? result
      : { ...result, error: { code: result.error.code, message: withoutCode(result.error.code) } };
  }
}

export type RunService = ReturnType<typeof createRunService>;
