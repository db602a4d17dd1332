import { resultBlockOf, type BlockJson } from '@tessera/canvas-model';
import type { Identity } from '@tessera/auth';
import { AppError } from '@tessera/errors';
import type { Logger } from '@tessera/logger';
import type { QueryRunJson, RunActor, RunSql } from '../clients/queries-client.ts';
import type { CanvasRecord } from '../data/index.ts';
import type { Access } from './access.ts';
import type { Documents } from './documents.ts';
import { parametersFor } from './filter-parameters.ts';

/** The SQL block a block runs: itself, or the SQL block a CHART / TABLE / METRIC reads (canvas-model R19). */
export function sqlBlockFor(blocks: BlockJson[], blockId: string): BlockJson {
  const block = blocks.find((b) => b.id === blockId);
  if (!block) throw AppError.notFound('Block');
  const source = resultBlockOf(block, blocks);
  if (source) return source;
  const sourceId = block.content.sourceBlockId;
  if (typeof sourceId !== 'string') throw AppError.badInput('blockId', `A ${block.type} block has no SQL to run`);
  throw AppError.badInput('blockId', `The SQL block this ${block.type} block reads (${sourceId}) is no longer on the canvas`);
}

/**
 * Runs saved canvas SQL without ad-hoc SQL rights: signed-in VIEWERs and above, and share-link
 * viewers (whose locked filters always win). Only the block's stored SQL ever runs.
 */
export function createRunService({ access, documents, runSql, logger }: { access: Access; documents: Documents; runSql: RunSql; logger: Logger }) {
  async function run(canvas: CanvasRecord, blocks: BlockJson[], blockId: string, filters: unknown, locked: Record<string, unknown>, actor: RunActor): Promise<QueryRunJson> {
    const sqlBlock = sqlBlockFor(blocks, blockId);
    const { dataSourceId, sql, maxRows } = sqlBlock.content;
    if (typeof dataSourceId !== 'string' || typeof sql !== 'string') throw AppError.badInput('blockId', 'The SQL block has no data source or SQL');
    const parameters = parametersFor(sqlBlock, blocks, filters, locked);
    logger.debug({ canvasId: canvas.id, blockId: sqlBlock.id, actor: actor.kind }, 'running canvas block');
    return runSql({
      organizationId: canvas.organizationId,
      dataSourceId,
      sql,
      parameters,
      ...(typeof maxRows === 'number' ? { maxRows } : {}),
      actor,
    });
  }

  return {
    async forMember(identity: Identity, canvasId: string, blockId: string, filters: unknown): Promise<QueryRunJson> {
      const { canvas } = await access.runner(identity, canvasId);
      const principal = identity.principal;
      const userId = principal.kind === 'user' ? principal.userId : principal.kind === 'apiKey' ? principal.createdBy : '';
      return run(canvas, documents.currentBlocks(canvas), blockId, filters, {}, { kind: 'user', userId });
    },

    async forShareLink(canvas: CanvasRecord, linkId: string, lockedFilters: Record<string, unknown>, blockId: string, filters: unknown): Promise<QueryRunJson> {
      return run(canvas, documents.currentBlocks(canvas), blockId, filters, lockedFilters, { kind: 'shareLink', shareLinkId: linkId, canvasId: canvas.id });
    },
  };
}

export type RunService = ReturnType<typeof createRunService>;
