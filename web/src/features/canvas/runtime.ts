// Per-canvas runtime state that is not document data: a query runner per SQL block (results are
// per viewer; the server's results cache makes identical runs cheap) and the parameter values the
// FILTER blocks produce.
import { parametersFor, type BlockJson } from '@tessera/canvas-model';
import type { Client } from '@urql/core';
import { createContext, useContext } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import type { QueryRunFieldsFragment } from '../../gql/graphql';
import { QueryRunner, type RunError, type RunRequest } from '../queries/query-runner';

/** Runs a block server-side (embeds: runSharedBlock with the viewer's filter choices). */
export type BlockExecutor = (
  blockId: string,
  request: RunRequest,
) => Promise<{ run: QueryRunFieldsFragment | null; error: RunError | null }>;

export class CanvasRuntime {
  private runners = new Map<string, QueryRunner>();
  constructor(
    private readonly client: Client,
    private readonly executor?: BlockExecutor,
  ) {}

  runner(blockId: string): QueryRunner {
    let runner = this.runners.get(blockId);
    if (!runner) {
      const executor = this.executor;
      runner = new QueryRunner(this.client, executor ? (request) => executor(blockId, request) : undefined);
      this.runners.set(blockId, runner);
    }
    return runner;
  }
}

export interface CanvasContextValue {
  canvasId: string;
  doc: Y.Doc;
  awareness: Awareness;
  runtime: CanvasRuntime;
  readOnly: boolean;
  /** Data sources of the canvas's project, for the SQL block picker. */
  dataSources: readonly { id: string; name: string }[];
  /** Filter values fixed by a share link: shown, not editable. */
  lockedFilters: Record<string, unknown>;
  /** Current parameter values of the FILTER blocks for bindings (locked values applied). */
  parameters: Record<string, unknown>;
  /** The blocks, for parameter computation. */
  blocks: readonly BlockJson[];
  /** A read-only viewer's own choice in an unlocked filter (embeds): never written to the doc. */
  filterOverrides: Record<string, unknown>;
  setFilterOverride(parameter: string, value: unknown): void;
  selectBlock(id: string | null): void;
  selectedBlockId: string | null;
  openComments?(blockId: string): void;
  openHistory?(): void;
  /** The canvas's project (links to the query editor). */
  projectId?: string;
  /** Open comments per block id (the header's count). */
  commentCounts?: Record<string, number>;
}

export const CanvasContext = createContext<CanvasContextValue | null>(null);

export function useCanvas(): CanvasContextValue {
  const value = useContext(CanvasContext);
  if (!value) throw new Error('useCanvas outside a canvas');
  return value;
}

/**
 * The parameters the editor runs a SQL block with: the canvas-model rules the canvases service
 * applies too (SPEC R23, R24), a read-only viewer's own choices as the viewer's; null when there
 * is none to pass.
 */
export function blockParameters(
  sqlBlock: BlockJson,
  blocks: readonly BlockJson[],
  locked: Record<string, unknown> = {},
  overrides: Record<string, unknown> = {},
): Record<string, unknown> | null {
  const parameters = parametersFor(sqlBlock, blocks, { viewer: overrides, locked });
  return Object.keys(parameters).length > 0 ? parameters : null;
}
