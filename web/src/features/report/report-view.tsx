// The viewer's report: the published blocks as a clean page — title, filter bar, then titled
// charts, tables, metrics and text in the editor's order and widths. No collab connection (so no
// presence and nothing of the draft), no editor chrome, no SQL unless the publication shows code.
// Filters work per viewer: their choices stay in this page and only re-run the blocks they reach.
import { canvasParameters, docFromProjection, type BlockJson } from '@tessera/canvas-model';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useClient } from 'urql';
import { Awareness } from 'y-protocols/awareness';
import {
  CanvasProvider,
  CanvasRuntime,
  type BlockExecutor,
  type CanvasContextValue,
} from '../canvas/runtime';
import { FilterBlock } from '../canvas/blocks/filter-block';
import { EmptyState } from '../../ui/empty-state';
import { ReportCardView } from './report-card';
import { preloadChartCode } from '../canvas/blocks/chart-block-code';
import { DrillPanel } from '../canvas/interaction/drill-panel';
import { InteractionChips } from '../canvas/interaction/interaction-chips';
import { usePersonalView } from '../canvas/interaction/use-personal-view';
import { SqlRuns } from './sql-runs';
import { reportLayout } from './report-layout';
import { printSpan } from './print-summary';
import { useReportReady } from './use-report-ready';
import '../canvas/canvas.css';
import './report.css';

const NO_SOURCES: readonly { id: string; name: string }[] = [];

export interface ReportViewProps {
  canvasId: string;
  blocks: readonly BlockJson[];
  /** Filter values fixed by the link or the signed embed: shown as locked. */
  lockedFilters: Record<string, unknown>;
  showCode: boolean;
  /** Runs a published block with the viewer's filter choices (runSharedBlock). */
  execute: (
    blockId: string,
    filters: Record<string, unknown>,
    interactions?: Parameters<BlockExecutor>[2],
  ) => ReturnType<BlockExecutor>;
  /** Only this block (a single-block embed). */
  onlyBlockId?: string | null;
  /** The printed report (PDF/PNG export): no filter bar (the header states the filters), cards widened for paper. */
  print?: boolean;
}

const NOOP = () => undefined;
/** Page padding, card padding and title around a single embedded block; the filter bar's height. */
const SINGLE_CHROME_PX = 110;
const FILTER_BAR_PX = 72;

export function ReportView({
  canvasId,
  blocks,
  lockedFilters,
  showCode,
  execute,
  onlyBlockId,
  print = false,
}: ReportViewProps) {
  const client = useClient();
  const blocksJson = JSON.stringify(blocks);
  const doc = useMemo(() => docFromProjection(JSON.parse(blocksJson) as unknown[]), [blocksJson]);
  const awareness = useMemo(() => new Awareness(doc), [doc]);
  const executeRef = useRef(execute);
  executeRef.current = execute;
  const runtime = useMemo(
    () =>
      new CanvasRuntime(client, (_sqlBlockId, request, interactions) =>
        executeRef.current(request.sql, request.parameters ?? {}, interactions),
      ),
    [client],
  );
  const [overrides, setOverrides] = useState<Record<string, unknown>>({});
  // Cross-filters and drill-down are the viewer's own (never stored).
  const personal = usePersonalView({
    canvasId,
    doc,
    awareness,
    blocks,
    runtime,
    readOnly: true,
    filters: overrides,
    onReset: () => setOverrides({}),
  });
  const layout = useMemo(() => reportLayout(blocks), [blocks]);
  const grid = useRef<HTMLDivElement>(null);
  const hasCharts = blocks.some((b) => b.type === 'CHART');
  useEffect(() => {
    // Charts load their code when their data arrives; fetch it while the blocks run instead.
    if (hasCharts) preloadChartCode();
  }, [hasCharts]);
  const ready = useReportReady(
    grid,
    runtime,
    useMemo(() => layout.runs.map((r) => r.sqlBlockId), [layout]),
  );
  const parameters = useMemo(
    () => canvasParameters(blocks, { viewer: overrides, locked: lockedFilters }),
    [blocks, overrides, lockedFilters],
  );

  const setFilterOverride = useCallback(
    (parameter: string, value: unknown) => setOverrides((o) => ({ ...o, [parameter]: value })),
    [],
  );
  const context: CanvasContextValue = {
    canvasId,
    doc,
    awareness,
    runtime,
    readOnly: true,
    dataSources: NO_SOURCES,
    lockedFilters,
    parameters,
    blocks,
    filterOverrides: overrides,
    setFilterOverride,
    interactions: personal.view.interactions,
    toggleInteraction: personal.toggleInteraction,
    removeInteraction: personal.removeInteraction,
    drill: personal.drill,
    selectBlock: NOOP,
    selectedBlockId: null,
  };

  const only = onlyBlockId ? layout.cards.find((c) => c.block.id === onlyBlockId) : null;
  const cards = onlyBlockId ? (only ? [only] : []) : layout.cards;
  const reached = only ? new Set(only.sourceIds) : null;
  const filters = reached
    ? layout.filters.filter(
        ({ filter }) => filter.targets.length === 0 || filter.targets.some((t) => reached.has(t)),
      )
    : layout.filters;

  return (
    <CanvasProvider value={context}>
      <SqlRuns
        runs={layout.runs}
        filters={layout.filters.map((f) => f.filter)}
        overrides={overrides}
        runtime={runtime}
      />
      {filters.length && !print ? (
        <div className="report-filters" role="group" aria-label="Filters">
          {filters.map(({ block }) => (
            <FilterBlock key={block.id} block={block} />
          ))}
          {Object.keys(overrides).length ? (
            <button type="button" className="btn btn-sm btn-ghost" onClick={() => setOverrides({})}>
              Reset filters
            </button>
          ) : null}
        </div>
      ) : null}
      {print ? null : <InteractionChips canShare={false} />}
      {personal.drilling ? (
        <DrillPanel mark={personal.drilling} onClose={() => personal.drill(null)} />
      ) : null}
      {cards.length === 0 ? (
        <div data-report-ready="empty">
          <EmptyState title={onlyBlockId ? 'This block is not in the publication' : 'Nothing to show'}>
            {onlyBlockId
              ? 'It may have been left out when the canvas was last published.'
              : 'The publication has no blocks.'}
          </EmptyState>
        </div>
      ) : (
        <div
          ref={grid}
          className={`report-grid${onlyBlockId ? ' report-single' : ''}`}
          data-testid="report"
          data-report-ready={ready ? 'true' : undefined}
        >
          {cards.map((card) => (
            <ReportCardView
              key={card.block.id}
              card={print ? { ...card, span: printSpan(card) } : card}
              print={print}
              showCode={showCode}
              single={Boolean(onlyBlockId)}
              chromePx={SINGLE_CHROME_PX + (filters.length ? FILTER_BAR_PX : 0)}
            />
          ))}
        </div>
      )}
    </CanvasProvider>
  );
}
