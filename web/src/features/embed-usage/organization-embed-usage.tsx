// The usage page's Embeds section: views and blocks run through each canvas's share links and
// signed embeds, per canvas (linking to it), expandable per viewer (Query.organizationEmbedUsage; ADMIN).
import { useId, useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import { Link } from '../../router/router';
import { EmptyState } from '../../ui/empty-state';
import { errorInfo } from '../../ui/errors';
import { Skeleton } from '../../ui/skeleton';
import { usageSummary } from './embed-usage-model';
import { UsageLoadError, UsagePeriodSelect } from './usage-controls';
import { EmbedViewerTable } from './viewer-table';
import './embed-usage.css';

const OrganizationEmbedUsageDocument = graphql(`
  query OrganizationEmbedUsage($organizationId: ID!, $days: Int!) {
    organizationEmbedUsage(organizationId: $organizationId, days: $days) {
      days
      views
      blocksRun
      viewers
      canvases {
        canvasId
        canvas {
          id
          name
          shareLinks(includeRevoked: true) {
            id
            createdAt
            revokedAt
          }
        }
        views
        blocksRun
        lastSeenAt
        viewers {
          viewer
          via
          views
          blocksRun
          lastSeenAt
        }
      }
    }
  }
`);

export function OrganizationEmbedUsage({ organizationId }: { organizationId: string }) {
  const [days, setDays] = useState<number>(30);
  const headingId = useId();
  const [{ data, error, fetching }, refetch] = useQuery({
    query: OrganizationEmbedUsageDocument,
    variables: { organizationId, days },
    requestPolicy: 'cache-and-network',
  });
  const report = data?.organizationEmbedUsage ?? null;
  const problem = errorInfo(error);
  const retry = () => refetch({ requestPolicy: 'network-only' });

  return (
    <section
      className="embed-usage embed-usage-section card"
      aria-labelledby={headingId}
      aria-busy={fetching || undefined}
    >
      <div className="row embed-usage-bar">
        <h2 id={headingId} style={{ margin: 0, fontSize: 18 }}>
          Embeds
        </h2>
        <UsagePeriodSelect days={days} onChange={setDays} labelClassName="muted embed-usage-period" />
        <span className="spacer" />
        {report && report.canvases.length ? (
          <span className="muted" role="status">
            {usageSummary(report)}
          </span>
        ) : null}
      </div>
      {problem && !report ? (
        <UsageLoadError
          code={problem.code}
          message={problem.message}
          forbiddenText="Embed usage is visible to owners and admins."
          onRetry={retry}
        />
      ) : null}
      {!report && fetching ? <Skeleton height={96} /> : null}
      {report && report.canvases.length === 0 ? (
        <EmptyState title="No embed views yet — share or embed a published canvas">
          Views and blocks run through share links and signed embeds show here, per canvas and viewer.
        </EmptyState>
      ) : null}
      {report && report.canvases.length ? (
        <div className="embed-usage-canvases">
          {report.canvases.map((c) => {
            const name = c.canvas?.name ?? 'Deleted canvas';
            return (
              <details key={c.canvasId} className="embed-usage-canvas">
                <summary>
                  {c.canvas ? (
                    <Link
                      href={`/canvas/${c.canvasId}`}
                      className="embed-usage-canvas-name"
                      onClick={(e) => e.stopPropagation()}
                    >
                      {name}
                    </Link>
                  ) : (
                    <span className="embed-usage-canvas-name muted">{name}</span>
                  )}
                  <span className="muted embed-usage-figures">
                    {usageSummary({ viewers: c.viewers.length, views: c.views, blocksRun: c.blocksRun })}
                  </span>
                </summary>
                <EmbedViewerTable
                  rows={c.viewers}
                  links={c.canvas?.shareLinks ?? []}
                  label={`Viewers of ${name}`}
                  caption={`Views and blocks run per viewer of ${name}, last ${report.days} days`}
                />
              </details>
            );
          })}
        </div>
      ) : null}
    </section>
  );
}
