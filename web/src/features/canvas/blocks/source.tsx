// Blocks that show a SQL block's result (chart, table, metric) read it from the canvas runtime.
import { updateBlock, type BlockJson } from '@tessera/canvas-model';
import type { QueryRunFieldsFragment } from '../../../gql/graphql';
import { EmptyState } from '../../../ui/empty-state';
import { Skeleton } from '../../../ui/skeleton';
import { useRunState } from '../../queries/query-runner';
import { useCanvasBase } from '../runtime';
import { useBlocks } from '../use-canvas-doc';
import { blockTitle } from './block-body';

export function useSourceRun(sourceId: string | null): {
  run: QueryRunFieldsFragment | null;
  loading: boolean;
  error: string | null;
} {
  const { runtime } = useCanvasBase();
  const state = useRunState(runtime.runner(sourceId ?? '__none__'));
  if (!sourceId) return { run: null, loading: false, error: null };
  const loading =
    state.phase === 'running' || state.phase === 'cancelling' || (state.phase === 'idle' && !state.run);
  return {
    run: state.phase === 'done' && !state.error ? state.run : null,
    loading,
    error: state.error?.message ?? null,
  };
}

export function sourceOf(block: BlockJson): string | null {
  const c = block.content;
  return typeof c.sourceBlockId === 'string'
    ? c.sourceBlockId
    : typeof c.source === 'string'
      ? c.source
      : null;
}

/** Picks the SQL block whose result this block shows. */
export function SourcePicker({ block }: { block: BlockJson }) {
  const { doc, readOnly } = useCanvasBase();
  const sqlBlocks = useBlocks(doc).filter((b) => b.type === 'SQL');
  return (
    <label className="source-picker">
      <span className="sr-only">Data from</span>
      <select
        value={sourceOf(block) ?? ''}
        disabled={readOnly}
        aria-label="Data from SQL block"
        onChange={(e) => updateBlock(doc, block.id, { content: { sourceBlockId: e.target.value || null } })}
      >
        <option value="">Choose a SQL block…</option>
        {sqlBlocks.map((b) => (
          <option key={b.id} value={b.id}>
            {blockTitle(b)}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Loading / error / empty states shared by the result-backed blocks. */
export function SourceState({
  block,
  loading,
  error,
}: {
  block: BlockJson;
  loading: boolean;
  error: string | null;
}) {
  if (!sourceOf(block)) return <EmptyState title="No data yet">Pick the SQL block to show.</EmptyState>;
  if (error)
    return (
      <div className="alert" role="alert">
        The query failed: {error}
      </div>
    );
  if (loading) return <Skeleton height="100%" />;
  return <EmptyState title="Run the query to see data" />;
}
