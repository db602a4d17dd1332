// Who opened this canvas's share links and signed embeds: views and blocks run per viewer over a
// chosen period (Canvas.embedUsage; EDITOR and above).
import { useState } from 'react';
import { useQuery } from 'urql';
import { EmptyState } from '../../ui/empty-state';
import { errorInfo } from '../../ui/errors';
import { Skeleton } from '../../ui/skeleton';
import { usageSummary, usageTotals } from '../embed-usage/embed-usage-model';
import { UsageLoadError, UsagePeriodSelect } from '../embed-usage/usage-controls';
import { EmbedViewerTable } from '../embed-usage/viewer-table';
import { CanvasEmbedUsageDocument } from './operations';

export function EmbedUsage({ canvasId }: { canvasId: string }) {
  const [days, setDays] = useState<number>(30);
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
        <UsagePeriodSelect days={days} onChange={setDays} />
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
        <UsageLoadError
          code={problem.code}
          message={problem.message}
          forbiddenText="Embed usage is visible to editors of this canvas."
          onRetry={() => refetch({ requestPolicy: 'network-only' })}
        />
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
