// One card of the report: the block's title and its content as a viewer sees it (the canvas's own
// chart, metric and text renderers in read-only mode; tables without editor controls), and the
// SQL behind it folded away when the publication shows code.
import type { BlockJson } from '@tessera/canvas-model';
import { ErrorBoundary } from '../../ui/error-boundary';
import { Skeleton } from '../../ui/skeleton';
import { blockTitle } from '../canvas/blocks/block-body';
import { ChartBlock } from '../canvas/blocks/chart-block-code';
import { MetricBlock } from '../canvas/blocks/metric-block';
import { SourceState, useSourceRun } from '../canvas/blocks/source';
import { TextBlock } from '../canvas/blocks/text-block';
import { ResultTable } from '../queries/result-table';
import { sqlTextOf, type ReportCard } from './report-layout';
import { PrintTable } from './print-table';
import { ROW_HEIGHT, GAP } from '../canvas/layout';

/** Height of the chart/table area for a block `rows` grid rows tall in the editor. */
function areaHeight(rows: number): number {
  return Math.max(200, rows * ROW_HEIGHT + (rows - 1) * GAP - 56);
}

/**
 * `fill`: a single-block embed, whose chart or table takes the frame's height less what is around
 * it (`chromePx`: filter bar, title, SQL fold).
 */
export function ReportCardView({
  card,
  showCode,
  single,
  chromePx = 0,
  print = false,
}: {
  card: ReportCard;
  showCode: boolean;
  single: boolean;
  chromePx?: number;
  /** On paper: tables as plain tables of their first rows, at their own height. */
  print?: boolean;
}) {
  const { block } = card;
  const table = block.type === 'TABLE' || block.type === 'SQL';
  const sized = block.type === 'CHART' || (table && !print);
  const title = block.type === 'TEXT' ? null : blockTitle(block);
  const sql = showCode
    ? card.sqlBlocks.flatMap((b) => (sqlTextOf(b) ? [{ block: b, text: sqlTextOf(b)! }] : []))
    : [];
  return (
    <article
      className={`report-card report-${block.type.toLowerCase()}${print && table ? ' report-long' : ''}`}
      style={{ '--span': single ? 12 : card.span } as React.CSSProperties}
      data-block-id={block.id}
      data-block-type={block.type}
      aria-label={title ?? 'Text'}
    >
      {title ? <h2 className="report-card-title">{title}</h2> : null}
      <div
        className="report-card-body"
        style={
          sized
            ? {
                height: single
                  ? `max(200px, calc(100vh - ${chromePx + (sql.length ? 34 : 0)}px))`
                  : areaHeight(card.rows),
              }
            : undefined
        }
      >
        <ErrorBoundary label="This block" resetKey={JSON.stringify(block.content)}>
          <CardContent block={block} print={print} />
        </ErrorBoundary>
      </div>
      {sql.length ? (
        <details className="report-sql">
          <summary>Show SQL</summary>
          {sql.map(({ block: source, text }) => (
            <figure key={source.id}>
              {sql.length > 1 ? <figcaption className="faint">{blockTitle(source)}</figcaption> : null}
              <pre className="mono">{text}</pre>
            </figure>
          ))}
        </details>
      ) : null}
    </article>
  );
}

function CardContent({ block, print }: { block: BlockJson; print: boolean }) {
  switch (block.type) {
    case 'CHART':
      return <ChartBlock block={block} />;
    case 'METRIC':
      return <MetricBlock block={block} />;
    case 'TEXT':
      return <TextBlock block={block} />;
    case 'TABLE':
      return (
        <ReportTable
          block={block}
          sourceId={typeof block.content.sourceBlockId === 'string' ? block.content.sourceBlockId : null}
          print={print}
        />
      );
    case 'SQL':
      return <ReportTable block={block} sourceId={block.id} print={print} />;
    default:
      return null;
  }
}

/** A result as a sortable table, with no source picker, export or run button. */
function ReportTable({
  block,
  sourceId,
  print,
}: {
  block: BlockJson;
  sourceId: string | null;
  print: boolean;
}) {
  const { run, loading, error } = useSourceRun(sourceId);
  if (run && print) return <PrintTable result={run} />;
  if (run) return <ResultTable result={run} height="100%" showBadges={false} />;
  if (block.type === 'SQL') {
    if (error)
      return (
        <div className="alert" role="alert">
          The query failed: {error}
        </div>
      );
    return <Skeleton height="100%" />;
  }
  return <SourceState block={block} loading={loading} error={error} />;
}
