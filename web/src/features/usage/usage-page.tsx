// `/usage?org=<id>`: queries per day, p95 duration, cache hit rate (admins), from the usage telemetry;
// AI suggestions accepted, from the assistant's recorded outcomes (its own query: the page keeps the
// query figures when the AI service is unavailable); embed views and blocks run per canvas and viewer.
import { useMemo } from 'react';
import { useQuery } from 'urql';
import { ChartView } from '../../charts/chart-view';
import { OrganizationEmbedUsage } from '../embed-usage/organization-embed-usage';
import { graphql } from '../../gql';
import { EmptyState } from '../../ui/empty-state';
import { errorInfo } from '../../ui/errors';
import { Skeleton } from '../../ui/skeleton';
import { useCurrentOrganization } from '../home/current-organization';

const UsageDocument = graphql(`
  query Usage($organizationId: ID!, $from: DateTime!, $to: DateTime!) {
    usage(organizationId: $organizationId, from: $from, to: $to) {
      day
      queries
      errors
      cacheHits
      p95DurationMs
    }
  }
`);

const AiUsageDocument = graphql(`
  query AiUsage($organizationId: ID!, $from: DateTime!, $to: DateTime!) {
    aiUsage(organizationId: $organizationId, from: $from, to: $to) {
      day
      answered
      accepted
      edited
      rejected
    }
  }
`);

/** "12 of 30 (40%)": suggestions run as given or after editing, of those that carried SQL. */
function acceptedLabel(
  days: readonly { answered: number; accepted: number; edited: number; rejected: number }[] | undefined,
) {
  if (!days) return { value: '—', hint: 'Not available right now' };
  const t = days.reduce(
    (sum, d) => ({
      answered: sum.answered + d.answered,
      accepted: sum.accepted + d.accepted,
      edited: sum.edited + d.edited,
      rejected: sum.rejected + d.rejected,
    }),
    { answered: 0, accepted: 0, edited: 0, rejected: 0 },
  );
  if (t.answered === 0) return { value: '—', hint: 'No SQL suggestions in this period' };
  const used = t.accepted + t.edited;
  return {
    value: `${used.toLocaleString()} of ${t.answered.toLocaleString()} (${((used / t.answered) * 100).toFixed(0)}%)`,
    hint: `As suggested: ${t.accepted}, after editing: ${t.edited}, rejected: ${t.rejected}`,
  };
}

export default function UsagePage() {
  const organizationId = useCurrentOrganization();
  const range = useMemo(() => {
    const to = new Date();
    return { from: new Date(to.getTime() - 30 * 86_400_000).toISOString(), to: to.toISOString() };
  }, []);
  const [{ data, fetching, error }] = useQuery({
    query: UsageDocument,
    variables: { organizationId, ...range },
    pause: !organizationId,
  });
  const [ai] = useQuery({
    query: AiUsageDocument,
    variables: { organizationId, ...range },
    pause: !organizationId,
  });
  const aiAccepted = acceptedLabel(ai.data?.aiUsage);
  const days = data?.usage ?? [];
  const totals = days.reduce(
    (t, d) => ({ queries: t.queries + d.queries, errors: t.errors + d.errors, hits: t.hits + d.cacheHits }),
    { queries: 0, errors: 0, hits: 0 },
  );
  const p95 = days.length ? Math.max(...days.map((d) => d.p95DurationMs)) : 0;
  const chartData = useMemo(
    () => ({
      columns: [
        { name: 'day', type: 'DATE' },
        { name: 'queries', type: 'INTEGER' },
        { name: 'p95 ms', type: 'DOUBLE' },
      ],
      rows: days.map((d) => [d.day, d.queries, d.p95DurationMs]),
    }),
    [days],
  );
  return (
    <div className="page">
      <h1>Usage · last 30 days</h1>
      {!organizationId ? (
        <EmptyState title="Pick an organization">Open Usage from the top bar.</EmptyState>
      ) : null}
      {error ? (
        <div className="alert" role="alert">
          {errorInfo(error)?.code === 'FORBIDDEN'
            ? 'Usage is visible to owners and admins.'
            : errorInfo(error)?.message}
        </div>
      ) : null}
      {fetching && !data ? <Skeleton height={260} /> : null}
      {data ? (
        <>
          <div className="grid-list">
            <Stat label="Queries" value={totals.queries.toLocaleString()} />
            <Stat label="p95 duration (worst day)" value={`${Math.round(p95).toLocaleString()} ms`} />
            <Stat
              label="Cache hit rate"
              value={totals.queries ? `${((totals.hits / totals.queries) * 100).toFixed(1)}%` : '—'}
            />
            <Stat label="Errors" value={totals.errors.toLocaleString()} />
            <Stat
              label="AI suggestions accepted"
              value={ai.fetching && !ai.data ? '…' : aiAccepted.value}
              hint={aiAccepted.hint}
            />
          </div>
          {days.length ? (
            <div className="card" style={{ height: 280, padding: 12 }}>
              <ChartView
                spec={{ type: 'bar', x: 'day', y: ['queries'] }}
                data={chartData}
                label="Queries per day"
              />
            </div>
          ) : (
            <EmptyState title="No queries in this period" />
          )}
        </>
      ) : null}
      {organizationId ? <OrganizationEmbedUsage organizationId={organizationId} /> : null}
    </div>
  );
}

function Stat({ label, value, hint }: { label: string; value: string; hint?: string }) {
  return (
    <div className="card tile" title={hint}>
      <span className="muted">{label}</span>
      <strong style={{ fontSize: 22 }}>{value}</strong>
      {hint ? (
        <span className="muted" style={{ fontSize: 12 }}>
          {hint}
        </span>
      ) : null}
    </div>
  );
}
