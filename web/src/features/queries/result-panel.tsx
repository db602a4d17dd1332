// A finished run as a table or a chart (type and encodings chosen from its columns).
import { lazy, Suspense, useMemo, useState } from 'react';
import { defaultSpec } from '../../charts/transforms';
import type { ChartView as Chart } from '@tessera/canvas-model';
import type { QueryRunFieldsFragment } from '../../gql/graphql';
import { ErrorBoundary } from '../../ui/error-boundary';
import { Skeleton } from '../../ui/skeleton';
import { ExportMenu } from './export-menu';
import { ResultBadges, ResultTable } from './result-table';

const ChartView = lazy(() => import('../../charts/chart-view').then((m) => ({ default: m.ChartView })));
const ChartSettings = lazy(() =>
  import('../../charts/chart-settings').then((m) => ({ default: m.ChartSettings })),
);

export function ResultPanel({ run }: { run: QueryRunFieldsFragment }) {
  const [tab, setTab] = useState<'table' | 'chart'>('table');
  const data = useMemo(() => ({ columns: run.columns, rows: run.rows }), [run]);
  const [spec, setSpec] = useState<Chart | null>(null);
  const chartSpec = spec ?? defaultSpec('bar', data);
  return (
    <div style={{ display: 'grid', gridTemplateRows: 'auto 1fr', gap: 8, height: '100%', minHeight: 0 }}>
      <div className="row">
        <div role="tablist" aria-label="Result view" className="row" style={{ gap: 4 }}>
          <button
            role="tab"
            aria-selected={tab === 'table'}
            className={`btn btn-sm${tab === 'table' ? ' btn-primary' : ''}`}
            onClick={() => setTab('table')}
          >
            Table
          </button>
          <button
            role="tab"
            aria-selected={tab === 'chart'}
            className={`btn btn-sm${tab === 'chart' ? ' btn-primary' : ''}`}
            onClick={() => setTab('chart')}
          >
            Chart
          </button>
        </div>
        <span className="spacer" />
        <ResultBadges
          rowCount={run.rowCount}
          truncated={run.truncated}
          cached={run.cached}
          durationMs={run.durationMs}
        />
        <ExportMenu runId={run.id} />
      </div>
      {tab === 'table' ? (
        <ResultTable result={run} height="100%" showBadges={false} />
      ) : (
        <ErrorBoundary label="The chart" resetKey={chartSpec}>
          <Suspense fallback={<Skeleton height="100%" />}>
            <div style={{ display: 'grid', gridTemplateRows: 'auto 1fr', gap: 10, minHeight: 0 }}>
              <ChartSettings spec={chartSpec} data={data} onChange={setSpec} />
              <div style={{ minHeight: 220 }}>
                <ChartView spec={chartSpec} data={data} label="Result chart" />
              </div>
            </div>
          </Suspense>
        </ErrorBoundary>
      )}
    </div>
  );
}
