// Per-canvas runtime state that is not document data: a query runner per SQL block (results are
// per viewer; the server's results cache makes identical runs cheap) and the parameter values the
// FILTER blocks produce.
import type { BlockJson } from '@tessera/collab-server/doc';
import type { Client } from '@urql/core';
import { createContext, useContext } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import type { QueryRunFieldsFragment } from '../../gql/graphql';
import { QueryRunner, type RunError, type RunRequest } from '../queries/query-runner';

/** Runs a block server-side (embeds: runSharedBlock with the viewer's filter choices). */
export type BlockExecutor = (blockId: string, request: RunRequest) => Promise<{ run: QueryRunFieldsFragment | null; error: RunError | null }>;

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

/** A FILTER block's content [canvases README: Filters]: its value is `default` for everyone editing. */
export interface FilterContent {
  parameter: string;
  kind: 'select' | 'multiSelect' | 'dateRange' | 'numberRange';
  label?: string;
  options?: (string | number | boolean)[];
  default?: unknown;
  targets?: string[];
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
}

export const CanvasContext = createContext<CanvasContextValue | null>(null);

export function useCanvas(): CanvasContextValue {
  const value = useContext(CanvasContext);
  if (!value) throw new Error('useCanvas outside a canvas');
  return value;
}

const PARAM = /\{\{\s*([A-Za-z_][\w]*)\s*\}\}/g;

/** Parameter names used as {{name}} in the SQL, in order of first use. */
export function referencedParameters(sql: string): string[] {
  return [...new Set([...sql.matchAll(PARAM)].map((m) => m[1]!))];
}

export function filterOf(block: BlockJson): FilterContent | null {
  const c = block.content;
  if (block.type !== 'FILTER' || typeof c.parameter !== 'string' || !c.parameter) return null;
  const kind = (['select', 'multiSelect', 'dateRange', 'numberRange'] as const).find((k) => k === c.kind) ?? 'select';
  return {
    parameter: c.parameter,
    kind,
    label: typeof c.label === 'string' ? c.label : undefined,
    options: Array.isArray(c.options) ? (c.options as (string | number | boolean)[]) : [],
    default: c.default,
    targets: Array.isArray(c.targets) ? (c.targets as unknown[]).filter((t): t is string => typeof t === 'string') : [],
  };
}

/** The SQL parameters one filter value stands for: {{p}}, or {{p_from}}/{{p_to}}, {{p_min}}/{{p_max}}. */
export function expandFilterValue(parameter: string, value: unknown): Record<string, unknown> {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const v = value as Record<string, unknown>;
    if ('from' in v || 'to' in v) return { [`${parameter}_from`]: v.from ?? null, [`${parameter}_to`]: v.to ?? null };
    if ('min' in v || 'max' in v) return { [`${parameter}_min`]: v.min ?? null, [`${parameter}_max`]: v.max ?? null };
  }
  return { [parameter]: value ?? null };
}

/**
 * The parameters a SQL block runs with (as the canvases service computes them): the block's own
 * defaults, then each FILTER that targets it (no targets = every block) with the viewer's choice or
 * the filter's value, then share-link locks on top. Only names the SQL uses are passed.
 */
export function blockParameters(sqlBlock: BlockJson, blocks: readonly BlockJson[], locked: Record<string, unknown> = {}, overrides: Record<string, unknown> = {}): Record<string, unknown> | null {
  const sql = typeof sqlBlock.content.sql === 'string' ? sqlBlock.content.sql : typeof sqlBlock.content.runSql === 'string' ? sqlBlock.content.runSql : '';
  return parametersFor(sql, filterParameters(sqlBlock, blocks, locked, overrides));
}

export function filterParameters(sqlBlock: BlockJson | null, blocks: readonly BlockJson[], locked: Record<string, unknown> = {}, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const defaults = sqlBlock?.content.parameters;
  const params: Record<string, unknown> = typeof defaults === 'object' && defaults !== null ? { ...(defaults as Record<string, unknown>) } : {};
  for (const block of blocks) {
    const filter = filterOf(block);
    if (!filter || filter.parameter in locked) continue;
    if (sqlBlock && filter.targets?.length && !filter.targets.includes(sqlBlock.id)) continue;
    const value = filter.parameter in overrides ? overrides[filter.parameter] : filter.default;
    if (value !== undefined) Object.assign(params, expandFilterValue(filter.parameter, value));
  }
  for (const [name, value] of Object.entries(locked)) Object.assign(params, expandFilterValue(name, value));
  return params;
}

/** Only the parameters a statement uses (so unrelated filters never change its cache key). */
export function parametersFor(sql: string, all: Record<string, unknown>): Record<string, unknown> | null {
  const names = referencedParameters(sql);
  if (names.length === 0) return null;
  return Object.fromEntries(names.map((n) => [n, all[n] ?? null]));
}
