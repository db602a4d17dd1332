// Who opened this canvas's share links and signed embeds: views and blocks run per viewer over a
// chosen period (Canvas.embedUsage; EDITOR and above).
import { useId, useState } from 'react';
import { useQuery } from 'urql';
import { EmptyState } from '../../ui/empty-state';
import { errorInfo } from '../../ui/errors';
import { Skeleton } from '../../ui/skeleton';
import { USAGE_PERIODS, usageSummary, usageTotals } from '../embed-usage/embed-usage-model';
import { EmbedViewerTable } from '../embed-usage/viewer-table';
import { CanvasEmbedUsageDocument } from './operations';

export function EmbedUsage({ canvasId }: { canvasId: string }) {
  const [days, setDays] = useState<number>(30);
  const periodId = useId();
  const [{ data, error, fetching }, refetch] = useQuery({
    query: CanvasEmbedUsageDocument,
    variables: { id: canvasId, days },
    requestPolicy: 'cache-and-network',
  });
  const rows = data?.canvas?.embedUsage ?? null;
  const links = data?.canvas?.shareLinks ?? [];
  const totals = usageTotals(rows ?? []);
  const problem = errorInfo(error);

  return (
    <div className="embed-usage" aria-busy={fetching || undefined}>
      <div className="row embed-usage-bar">
        <label htmlFor={periodId}>Period</label>
        <select id={periodId} value={days} onChange={(e) => setDays(Number(e.target.value))}>
          {USAGE_PERIODS.map((d) => (
            <option key={d} value={d}>
              Last {d} days
            </option>
          ))}
        </select>
        <span className="spacer" />
        {rows && rows.length ? (
          <span className="muted" role="status">
            {usageSummary(totals)}
          </span>
        ) : null}
        <button
          type="button"
          className="btn btn-sm"
          disabled={fetching}
          onClick={() => refetch({ requestPolicy: 'network-only' })}
        >
          Refresh
        </button>
      </div>
      {problem && !rows ? (
        <div className="alert row" role="alert">
          <span>
            {problem.code === 'FORBIDDEN'
              ? 'Embed usage is visible to editors of this canvas.'
              : `Embed usage could not be loaded: ${problem.message}`}
          </span>
          <span className="spacer" />
          <button
            type="button"
            className="btn btn-sm"
            onClick={() => refetch({ requestPolicy: 'network-only' })}
          >
            Try again
          </button>
        </div>
      ) : null}
      {!rows && fetching ? <Skeleton height={72} /> : null}
      {rows && rows.length === 0 ? (
        <EmptyState title={`Nobody opened a link or embed in the last ${days} days`}>
          Views and blocks run through share links and signed embeds show here, per viewer.
        </EmptyState>
      ) : null}
      {rows && rows.length ? (
        <EmbedViewerTable
          rows={rows}
          links={links}
          caption={`Views and blocks run per viewer, last ${days} days`}
        />
      ) : null}
    </div>
  );
}
