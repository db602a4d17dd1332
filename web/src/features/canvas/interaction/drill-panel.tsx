// Drill-down (issue 21): the rows behind one mark in a side panel — the block's source SQL run
// with the person's filter values, their other cross-filters and `field = value` of the mark
// (runCanvasBlock / runSharedBlock with interactions), paged, with CSV and XLSX downloads of every
// row (built in the browser from the rows the panel holds).
import { useEffect, useRef, useState } from 'react';
import { EmptyState } from '../../../ui/empty-state';
import { Skeleton } from '../../../ui/skeleton';
import { ResultTable } from '../../queries/result-table';
import { useCanvas, type BlockOutcome } from '../runtime';
import { toCsv } from './csv';
import { toXlsx } from './xlsx';
import type { InteractionFilter } from './view-state';
import './interaction.css';

const PAGE = 50;

export function DrillPanel({ mark, onClose }: { mark: InteractionFilter; onClose: () => void }) {
  const { runtime, interactions } = useCanvas();
  const [outcome, setOutcome] = useState<BlockOutcome | null>(null);
  const [page, setPage] = useState(0);
  const [attempt, setAttempt] = useState(0);
  const panel = useRef<HTMLElement>(null);
  const narrowing = [
    ...interactions
      .filter((f) => f.sourceBlockId !== mark.sourceBlockId && f.field !== mark.field)
      .map(({ field, value }) => ({ field, value })),
    { field: mark.field, value: mark.value },
  ];
  const key = JSON.stringify([mark, narrowing, attempt]);
  useEffect(() => {
    let live = true;
    setOutcome(null);
    setPage(0);
    void runtime.rows(mark.sourceBlockId, narrowing).then((o) => live && setOutcome(o));
    return () => {
      live = false;
    };
    // `key` captures the mark and the narrowing.
  }, [key, runtime]);
  // The panel takes the focus; closing it gives the focus back to what opened it.
  useEffect(() => {
    const opener = document.activeElement as HTMLElement | null;
    panel.current?.focus();
    return () => {
      if (opener?.isConnected) opener.focus();
    };
  }, [mark]);

  const run = outcome?.run ?? null;
  const pages = run ? Math.max(1, Math.ceil(run.rows.length / PAGE)) : 1;
  const shown = run ? { ...run, rows: run.rows.slice(page * PAGE, (page + 1) * PAGE) } : null;
  const download = (format: 'csv' | 'xlsx') => {
    if (!run) return;
    const blob =
      format === 'csv'
        ? new Blob([toCsv(run.columns, run.rows)], { type: 'text/csv;charset=utf-8' })
        : new Blob([toXlsx(run.columns, run.rows) as Uint8Array<ArrayBuffer>], {
            type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = `rows-${mark.field}-${String(mark.value)}.${format}`.replace(/[^\w.-]+/g, '_');
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  };
  const title = `Rows where ${mark.field} = ${String(mark.value)}`;
  return (
    <aside
      className="xf-drill"
      aria-label={title}
      ref={panel}
      tabIndex={-1}
      data-testid="drill-panel"
      onKeyDown={(e) => e.key === 'Escape' && onClose()}
    >
      <div className="row">
        <h2>
          Rows where {mark.field} = <span className="xf-value">{String(mark.value)}</span>
        </h2>
        <span className="spacer" />
        <button type="button" className="btn btn-ghost icon-btn" aria-label="Close rows" onClick={onClose}>
          ✕
        </button>
      </div>
      {!outcome ? (
        <div role="status" aria-label="Loading rows">
          <Skeleton height={240} />
        </div>
      ) : outcome.error || !run ? (
        <div className="alert" role="alert">
          The rows could not be loaded: {outcome.error?.message ?? 'no result'}{' '}
          <button type="button" className="btn btn-sm" onClick={() => setAttempt((n) => n + 1)}>
            Retry
          </button>
        </div>
      ) : run.rows.length === 0 ? (
        <EmptyState title="No rows">
          No row of this block has {mark.field} = {String(mark.value)}.
        </EmptyState>
      ) : (
        <>
          <div className="row" style={{ gap: 6, flexWrap: 'wrap' }}>
            <span className="badge" data-testid="drill-row-count">
              {run.rows.length.toLocaleString('en')} row{run.rows.length === 1 ? '' : 's'}
              {run.truncated ? ' (capped)' : ''}
            </span>
            <span className="spacer" />
            <button type="button" className="btn btn-sm" onClick={() => download('csv')}>
              Export CSV
            </button>
            <button type="button" className="btn btn-sm" onClick={() => download('xlsx')}>
              Export XLSX
            </button>
          </div>
          <div className="xf-drill-table">
            <ResultTable result={shown!} height="100%" showBadges={false} />
          </div>
          {pages > 1 ? (
            <nav className="row" aria-label="Pages of rows" style={{ gap: 6 }}>
              <button
                type="button"
                className="btn btn-sm"
                disabled={page === 0}
                onClick={() => setPage((p) => p - 1)}
              >
                Previous
              </button>
              <span className="muted">
                Page {page + 1} of {pages}
              </span>
              <button
                type="button"
                className="btn btn-sm"
                disabled={page + 1 >= pages}
                onClick={() => setPage((p) => p + 1)}
              >
                Next
              </button>
            </nav>
          ) : null}
        </>
      )}
    </aside>
  );
}
