// Who opened this canvas's share links and signed embeds: views and blocks run per viewer over a
// chosen period (Canvas.embedUsage; EDITOR and above).
import { useId, useState } from 'react';
import { useQuery } from 'urql';
import { EmptyState } from '../../ui/empty-state';
import { errorInfo } from '../../ui/errors';
import { Skeleton } from '../../ui/skeleton';
import { USAGE_PERIODS, usageTotals, viewerLabel } from './embed-usage-model';
import { CanvasEmbedUsageDocument } from './operations';

const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

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
            {totals.viewers} viewer{totals.viewers === 1 ? '' : 's'} · {totals.views.toLocaleString()} view
            {totals.views === 1 ? '' : 's'} · {totals.blocksRun.toLocaleString()} block
            {totals.blocksRun === 1 ? '' : 's'} run
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
        <div className="embed-usage-scroll" tabIndex={0} role="region" aria-label="Embed usage per viewer">
          <table className="table">
            <caption className="sr-only">Views and blocks run per viewer, last {days} days</caption>
            <thead>
              <tr>
                <th scope="col">Viewer</th>
                <th scope="col">Through</th>
                <th scope="col" className="num">
                  Views
                </th>
                <th scope="col" className="num">
                  Blocks run
                </th>
                <th scope="col">Last seen</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={`${r.via}:${r.viewer}`}>
                  <th scope="row" className="embed-usage-viewer">
                    {viewerLabel(r, links)}
                  </th>
                  <td>{r.via === 'SIGNED_EMBED' ? 'Signed embed' : 'Share link'}</td>
                  <td className="num">{r.views.toLocaleString()}</td>
                  <td className="num">{r.blocksRun.toLocaleString()}</td>
                  <td>{when.format(new Date(r.lastSeenAt))}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </div>
  );
}
