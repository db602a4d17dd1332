import { useState } from 'react';
import { useMutation } from 'urql';
import type { CanvasSchedulesQuery } from '../../gql/graphql';
import { errorInfo } from '../../ui/errors';
import { DeliveryStatusBadge } from '../deliveries/delivery-status';
import { describeCron } from '../schedules/cron-presets';
import { DeleteAlertDocument, RunAlertNowDocument, SetAlertPausedDocument } from '../schedules/operations';
import { formatWhen } from '../schedules/schedule-list';
import type { MetricChoice } from './alert-form';

type Alert = CanvasSchedulesQuery['canvasAlerts'][number];

export function AlertList({
  alerts,
  metrics,
  onChanged,
}: {
  alerts: Alert[];
  metrics: MetricChoice[];
  onChanged: () => void;
}) {
  const [paused, setPaused] = useMutation(SetAlertPausedDocument);
  const [run, runNow] = useMutation(RunAlertNowDocument);
  const [removed, remove] = useMutation(DeleteAlertDocument);
  const [note, setNote] = useState<string | null>(null);
  const info = errorInfo(paused.error ?? run.error ?? removed.error);
  const titleOf = (id: string) => metrics.find((m) => m.id === id)?.title ?? 'A removed metric';
  return (
    <>
      {info ? (
        <div className="alert" role="alert">
          {info.message}
        </div>
      ) : null}
      {note ? (
        <div className="alert alert-info" role="status">
          {note}
        </div>
      ) : null}
      <ul className="rule-list" aria-label="Alerts">
        {alerts.map((a) => (
          <li key={a.id} className="rule-item card">
            <div className="rule-main">
              <strong>
                {titleOf(a.blockId)} {a.op} {a.value}
              </strong>
              <span className="muted">
                {describeCron(a.cron)} (UTC) ·{' '}
                {a.destinations.map((d) => `${d.kind.toLowerCase()} ${d.target}`).join(', ')}
              </span>
              <span className="faint">
                {a.triggered ? (
                  <span className="badge badge-danger">Triggered</span>
                ) : (
                  <span className="badge">OK</span>
                )}
                {a.lastValue !== null && a.lastValue !== undefined ? ` · last value ${a.lastValue}` : ''}
                {a.paused ? ' · Paused' : ` · next check ${formatWhen(a.nextRunAt)}`}
                {a.lastDelivery ? (
                  <>
                    {' '}
                    · last notified <DeliveryStatusBadge status={a.lastDelivery.status} />
                  </>
                ) : null}
              </span>
            </div>
            <div className="row rule-actions">
              <button
                className="btn btn-sm"
                disabled={run.fetching}
                onClick={async () => {
                  const result = await runNow({ id: a.id });
                  if (result.data)
                    setNote(
                      result.data.runAlertNow
                        ? 'The condition holds: notifying the destinations.'
                        : 'The condition does not hold right now: nothing was sent.',
                    );
                  onChanged();
                }}
              >
                Check now
              </button>
              <button
                className="btn btn-sm"
                aria-pressed={a.paused}
                onClick={async () => {
                  await setPaused({ id: a.id, paused: !a.paused });
                  onChanged();
                }}
              >
                {a.paused ? 'Resume' : 'Pause'}
              </button>
              <button
                className="btn btn-sm btn-ghost"
                aria-label={`Delete alert on ${titleOf(a.blockId)}`}
                onClick={async () => {
                  if (!window.confirm('Delete this alert?')) return;
                  await remove({ id: a.id });
                  onChanged();
                }}
              >
                Delete
              </button>
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}
