// Per-canvas runtime state that is not document data: a query runner per SQL block (results are
// per viewer; the server's results cache makes identical runs cheap) and the parameter values the
// FILTER blocks produce. The person's view (interaction/view-state.ts) decides how a block runs:
// a block whose result has a cross-filtered field (or that reads other blocks) runs server-side
// through runCanvasBlock with the person's filter values and interactions; the rest run their SQL
// through runQuery. A change of the cross-filters re-runs exactly the blocks whose narrowing changed.
import { blockReferencesIn, parametersFor, type BlockJson } from '@tessera/canvas-model';
import type { Client } from '@urql/core';
import { createContext, createElement, useContext, type ReactNode } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import type { QueryRunFieldsFragment } from '../../gql/graphql';
import { errorInfo } from '../../ui/errors';
import { QueryRunner, type RunError, type RunRequest, type RunState } from '../queries/query-runner';
import { RunCanvasBlockDocument } from './interaction/operations';
import type { PersonalViewApi } from './interaction/use-personal-view';
import { interactionsReading, type InteractionFilter, type PersonalView } from './interaction/view-state';
import { useShallowSame } from './stable';

export type BlockOutcome = { run: QueryRunFieldsFragment | null; error: RunError | null };

/** Runs a block server-side (embeds: runSharedBlock with the viewer's filter choices and cross-filters). */
export type BlockExecutor = (
  blockId: string,
  request: RunRequest,
  interactions: { field: string; value: InteractionFilter['value'] }[],
) => Promise<BlockOutcome>;

/** What the runtime needs to know of the canvas and the person's view. */
export interface RuntimeView {
  canvasId: string;
  blocks: readonly BlockJson[];
  view: PersonalView;
}

const outcomeOf = (state: RunState): BlockOutcome => ({
  run: state.error ? null : state.run,
  error: state.error,
});

/** A block's runner: cancelling also cancels the plain run it delegated to. */
class BlockRunner extends QueryRunner {
  protected override readonly staleWhileRevalidate = true;
  inner: QueryRunner | null = null;
  override async cancel(): Promise<void> {
    await Promise.all([this.inner?.cancel(), super.cancel()]);
  }
}

export class CanvasRuntime {
  private runners = new Map<string, BlockRunner>();
  private lastRequest = new Map<string, RunRequest>();
  private columns = new Map<string, readonly { name: string }[]>();
  /** The narrowing each block's latest run applied (JSON), to re-run only what changes. */
  private applied = new Map<string, string>();
  private current: RuntimeView | null = null;
  constructor(
    private readonly client: Client,
    private readonly executor?: BlockExecutor,
  ) {}

  runner(blockId: string): QueryRunner {
    let runner = this.runners.get(blockId);
    if (!runner) {
      const created: BlockRunner = new BlockRunner(this.client, (request) =>
        this.execute(blockId, created, request),
      );
      runner = created;
      this.runners.set(blockId, runner);
    }
    return runner;
  }

  /** The narrowing block `blockId` reads now (from the columns of its latest result). */
  interactionsFor(blockId: string): { field: string; value: InteractionFilter['value'] }[] {
    return interactionsReading(this.current?.view.interactions ?? [], this.columns.get(blockId));
  }

  /** The person's view changed: re-run the blocks whose narrowing changed. */
  setView(next: RuntimeView): void {
    const before = this.current;
    this.current = next;
    if (before && before.view.interactions === next.view.interactions) return;
    // Called while rendering: the runs start after it.
    queueMicrotask(() => {
      for (const [blockId, request] of this.lastRequest) {
        if (JSON.stringify(this.interactionsFor(blockId)) === (this.applied.get(blockId) ?? '[]')) continue;
        void this.runner(blockId).run(request);
      }
    });
  }

  /**
   * The rows behind a mark (drill-down): block `blockId` (or the SQL block it shows) run with the
   * person's filter values and these interaction filters, outside the block's own runner.
   */
  rows(
    blockId: string,
    interactions: { field: string; value: InteractionFilter['value'] }[],
  ): Promise<BlockOutcome> {
    const view = this.current;
    const filters = view?.view.filters ?? {};
    if (this.executor)
      return this.executor(
        blockId,
        { dataSourceId: 'published', sql: blockId, parameters: filters },
        interactions,
      );
    return this.runServerSide(view?.canvasId ?? '', blockId, filters, interactions, '');
  }

  private async execute(blockId: string, runner: BlockRunner, request: RunRequest): Promise<BlockOutcome> {
    this.lastRequest.set(blockId, request);
    const interactions = this.interactionsFor(blockId);
    this.applied.set(blockId, JSON.stringify(interactions));
    const outcome = await this.dispatch(blockId, runner, request, interactions);
    if (outcome.run?.columns.length) this.columns.set(blockId, outcome.run.columns);
    return outcome;
  }

  private async dispatch(
    blockId: string,
    runner: BlockRunner,
    request: RunRequest,
    interactions: { field: string; value: InteractionFilter['value'] }[],
  ): Promise<BlockOutcome> {
    if (this.executor) return this.executor(blockId, request, interactions);
    const view = this.current;
    const chained = view ? blockReferencesIn(request.sql, view.blocks).length > 0 : false;
    if (!view || (interactions.length === 0 && !chained)) {
      runner.inner ??= new QueryRunner(this.client);
      return outcomeOf(await runner.inner.run(request));
    }
    return this.runServerSide(view.canvasId, blockId, view.view.filters, interactions, request.sql);
  }

  private async runServerSide(
    canvasId: string,
    blockId: string,
    filters: Record<string, unknown>,
    interactions: { field: string; value: InteractionFilter['value'] }[],
    sql: string,
  ): Promise<BlockOutcome> {
    const result = await this.client
      .query(
        RunCanvasBlockDocument,
        { canvasId, blockId, filters, interactions },
        { requestPolicy: 'network-only' },
      )
      .toPromise();
    // runCanvasBlock returns the QueryRun as JSON (the QueryRunFields fragment's fields).
    const run = (result.data?.runCanvasBlock ?? null) as QueryRunFieldsFragment | null;
    if (!run) {
      const info = errorInfo(result.error);
      return {
        run: null,
        error: {
          message: info?.message ?? 'The block could not run',
          code: info?.code ?? null,
          position: null,
        },
      };
    }
    if (run.error)
      return {
        run: null,
        error: { message: run.error.message, code: run.error.code, position: run.error.position ?? null },
      };
    return { run: { ...run, sql: run.sql ?? sql }, error: null };
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
  /**
   * The person's own FILTER values (everyone's, editors included: per-person views): never written
   * to the doc until "Share my view".
   */
  filterOverrides: Record<string, unknown>;
  setFilterOverride(parameter: string, value: unknown): void;
  /** The person's cross-filters (canvas interaction filters) and how to change them. */
  interactions: InteractionFilter[];
  toggleInteraction(filter: InteractionFilter): void;
  removeInteraction(filter: InteractionFilter): void;
  /** Opens the rows behind a mark of block `sourceBlockId` (drill-down); null closes them. */
  drill?(mark: InteractionFilter | null): void;
  /** Share my view / Reset to shared view (the editor's canvas header). */
  personalView?: PersonalViewApi;
  selectBlock(id: string | null): void;
  selectedBlockId: string | null;
  openComments?(blockId: string): void;
  openHistory?(blockId?: string): void;
  /** The canvas's project (links to the query editor). */
  projectId?: string;
  /** Open comments per block id (the header's count). */
  commentCounts?: Record<string, number>;
}

export const CanvasContext = createContext<CanvasContextValue | null>(null);

/** Everything of the canvas: re-renders on every change of it (the grid, the chips, the drill panel). */
export function useCanvas(): CanvasContextValue {
  const value = useContext(CanvasContext);
  if (!value) throw new Error('useCanvas outside a canvas');
  return value;
}

/**
 * What a block needs that rarely changes: the document, presence, runtime, permissions and stable
 * callbacks. Blocks read this (not `useCanvas`), so a change of the blocks, of the selection or of
 * the person's view does not re-render every block.
 */
export type CanvasBase = Omit<
  CanvasContextValue,
  'parameters' | 'blocks' | 'filterOverrides' | 'interactions' | 'personalView' | 'selectedBlockId'
>;
/** The person's view: FILTER values, parameters and cross-filters (changes when they change them). */
export type CanvasViewState = Pick<CanvasContextValue, 'parameters' | 'filterOverrides' | 'interactions'>;

const CanvasBaseContext = createContext<CanvasBase | null>(null);
const CanvasViewContext = createContext<CanvasViewState | null>(null);
/** Whether the block around is the selected one (the grid provides it per block). */
export const BlockSelectedContext = createContext(false);

/** Provides a canvas to what is inside, split so that each part re-renders only on its own changes. */
export function CanvasProvider({ value, children }: { value: CanvasContextValue; children?: ReactNode }) {
  const {
    parameters,
    filterOverrides,
    interactions,
    blocks: _blocks,
    personalView: _personalView,
    selectedBlockId: _selectedBlockId,
    ...rest
  } = value;
  const base = useShallowSame<CanvasBase>(rest);
  const view = useShallowSame<CanvasViewState>({ parameters, filterOverrides, interactions });
  return createElement(
    CanvasContext.Provider,
    { value },
    createElement(
      CanvasBaseContext.Provider,
      { value: base },
      createElement(CanvasViewContext.Provider, { value: view }, children),
    ),
  );
}

export function useCanvasBase(): CanvasBase {
  const value = useContext(CanvasBaseContext);
  if (!value) throw new Error('useCanvasBase outside a canvas');
  return value;
}

export function useCanvasViewState(): CanvasViewState {
  const value = useContext(CanvasViewContext);
  if (!value) throw new Error('useCanvasViewState outside a canvas');
  return value;
}

/** True in the selected block. */
export function useBlockSelected(): boolean {
  return useContext(BlockSelectedContext);
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
