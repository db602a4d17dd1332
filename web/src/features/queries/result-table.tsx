// A virtualized, sortable result grid: only the rows in view are in the DOM, so 100k-row results
// scroll smoothly. Sorting is client-side over the returned rows.
import { memo, useEffect, useMemo, useRef, useState, type KeyboardEvent, type UIEvent } from 'react';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import './queries.css';
import { cellText, columnWidths, isNumericType, nextSort, sortedOrder, type SortState } from './table-model';

export const ResultTableFragment = graphql(`
  fragment ResultTable_QueryRun on QueryRun {
    columns {
      name
      type
    }
    rows
    rowCount
    truncated
    cached
    durationMs
  }
`);

const ROW_HEIGHT = 28;
const OVERSCAN = 8;
/** The view's height until it is measured. */
const VIEWPORT_GUESS = 400;

export function ResultBadges({
  rowCount,
  truncated,
  cached,
  durationMs,
}: {
  rowCount: number;
  truncated: boolean;
  cached: boolean;
  durationMs?: number | null;
}) {
  return (
    <div className="row" style={{ gap: 6, flexWrap: 'wrap' }} aria-label="Result details">
      <span className="badge" data-testid="row-count">
        {rowCount.toLocaleString()} {rowCount === 1 ? 'row' : 'rows'}
      </span>
      {truncated ? (
        <span className="badge badge-warning" title="More rows matched than were returned">
          truncated
        </span>
      ) : null}
      {cached ? (
        <span className="badge badge-success" title="Served from the results cache">
          cached
        </span>
      ) : null}
      {typeof durationMs === 'number' ? (
        <span className="badge">
          {durationMs < 1000 ? `${durationMs} ms` : `${(durationMs / 1000).toFixed(2)} s`}
        </span>
      ) : null}
    </div>
  );
}

/** Memoised: a canvas block re-rendered for another reason (the blocks it reads) keeps its table. */
export const ResultTable = memo(function ResultTable({
  result,
  height = 320,
  markCells = false,
  showBadges = true,
}: {
  result: FragmentType<typeof ResultTableFragment>;
  height?: number | string;
  /** Cells carry data-mark-field/-value and take the focus (canvas cross-filter, issue 21). */
  markCells?: boolean;
  showBadges?: boolean;
}) {
  const data = getFragmentData(ResultTableFragment, result);
  const { columns, rows } = data;
  const [sort, setSort] = useState<SortState | null>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(VIEWPORT_GUESS);
  const scroller = useRef<HTMLDivElement>(null);
  // A view taller than the guess (a tall block, a resize) is filled at once, not at the first scroll.
  // Never below the guess: a shorter view draws a few rows more rather than rendering again.
  const hasColumns = columns.length > 0;
  useEffect(() => {
    const element = scroller.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() =>
      setViewport((current) => Math.max(current, VIEWPORT_GUESS, element.clientHeight)),
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [hasColumns]);
  const order = useMemo(() => sortedOrder(rows, sort), [rows, sort]);
  const widths = useMemo(() => columnWidths(columns, rows), [columns, rows]);
  const numeric = useMemo(() => columns.map((c) => isNumericType(c.type)), [columns]);
  const template = `48px ${widths.map((w) => `${w}px`).join(' ')}`;
  const totalWidth = 48 + widths.reduce((a, b) => a + b, 0);

  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(order.length, Math.ceil((scrollTop + viewport) / ROW_HEIGHT) + OVERSCAN);

  const onScroll = (event: UIEvent<HTMLDivElement>) => {
    setScrollTop(event.currentTarget.scrollTop);
    setViewport(event.currentTarget.clientHeight);
  };
  const onHeaderKey = (event: KeyboardEvent, index: number) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      setSort((s) => nextSort(s, index));
    }
  };

  return (
    <div
      className="result"
      style={{
        display: 'grid',
        gridTemplateRows: showBadges ? 'auto 1fr' : '1fr',
        gap: 6,
        minHeight: 0,
        height,
      }}
    >
      {showBadges ? (
        <ResultBadges
          rowCount={data.rowCount}
          truncated={data.truncated}
          cached={data.cached}
          durationMs={data.durationMs}
        />
      ) : null}
      {columns.length === 0 ? (
        <div className="muted" style={{ padding: 8 }}>
          The statement returned no columns.
        </div>
      ) : (
        <div
          ref={scroller}
          className="result-scroll"
          onScroll={onScroll}
          role="grid"
          aria-rowcount={order.length + 1}
          aria-colcount={columns.length}
          aria-label="Query result"
          tabIndex={0}
        >
          <div
            className="result-head"
            role="row"
            aria-rowindex={1}
            style={{ gridTemplateColumns: template, width: totalWidth }}
          >
            <div role="columnheader" className="result-cell result-rownum">
              #
            </div>
            {columns.map((c, i) => {
              const active = sort?.column === i ? sort.direction : null;
              return (
                <div
                  key={`${c.name}-${i}`}
                  role="columnheader"
                  aria-sort={active === 'asc' ? 'ascending' : active === 'desc' ? 'descending' : 'none'}
                  tabIndex={0}
                  className={`result-cell result-header${numeric[i] ? ' num' : ''}`}
                  onClick={() => setSort((s) => nextSort(s, i))}
                  onKeyDown={(e) => onHeaderKey(e, i)}
                  title={`${c.name} (${c.type}) — click to sort`}
                >
                  <span className="result-colname">{c.name}</span>
                  <span className="faint result-coltype">{c.type.toLowerCase()}</span>
                  <span aria-hidden="true">{active === 'asc' ? '▲' : active === 'desc' ? '▼' : ''}</span>
                </div>
              );
            })}
          </div>
          <div style={{ height: order.length * ROW_HEIGHT, position: 'relative', width: totalWidth }}>
            {order.slice(first, last).map((rowIndex, k) => {
              const row = rows[rowIndex]!;
              const position = first + k;
              return (
                <div
                  key={rowIndex}
                  role="row"
                  aria-rowindex={position + 2}
                  className="result-row"
                  style={{ top: position * ROW_HEIGHT, gridTemplateColumns: template, width: totalWidth }}
                >
                  <div role="rowheader" className="result-cell result-rownum">
                    {position + 1}
                  </div>
                  {columns.map((_, i) => {
                    const value = row[i];
                    return (
                      <div
                        key={i}
                        role="gridcell"
                        className={`result-cell${numeric[i] ? ' num' : ''}${value === null ? ' null' : ''}`}
                        {...(markCells && value !== null && value !== undefined
                          ? {
                              'data-mark-field': columns[i]!.name,
                              'data-mark-value': String(value),
                              tabIndex: 0,
                            }
                          : {})}
                      >
                        {cellText(value)}
                      </div>
                    );
                  })}
                </div>
              );
            })}
          </div>
        </div>
      )}
    </div>
  );
});
