import { useMutation } from 'urql';
import type { CanvasSchedulesQuery } from '../../gql/graphql';
import { errorInfo } from '../../ui/errors';
import { describeCron } from './cron-presets';
import { DeleteScheduleDocument, RunScheduleNowDocument, SetSchedulePausedDocument } from './operations';
import { DeliveryStatusBadge } from '../deliveries/delivery-status';

type Schedule = CanvasSchedulesQuery['canvasSchedules'][number];

export const formatWhen = (iso: string | null | undefined) =>
  iso ? new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' }) : '—';

export function ScheduleList({ schedules, onChanged }: { schedules: Schedule[]; onChanged: () => void }) {
  const [paused, setPaused] = useMutation(SetSchedulePausedDocument);
  const [run, runNow] = useMutation(RunScheduleNowDocument);
  const [removed, remove] = useMutation(DeleteScheduleDocument);
  const info = errorInfo(paused.error ?? run.error ?? removed.error);
  return (
    <>
      {info ? (
        <div className="alert" role="alert">
          {info.message}
        </div>
      ) : null}
      <ul className="rule-list" aria-label="Schedules">
        {schedules.map((s) => (
          <li key={s.id} className="rule-item card">
            <div className="rule-main">
              <strong>{describeCron(s.cron)}</strong>
              <span className="muted">
                {s.timezone} · {s.format} ·{' '}
                {s.destinations.map((d) => `${d.kind.toLowerCase()} ${d.target}`).join(', ')}
              </span>
              <span className="faint">
                {s.paused ? 'Paused' : `Next run ${formatWhen(s.nextRunAt)}`}
                {s.lastDelivery ? (
                  <>
                    {' '}
                    · last <DeliveryStatusBadge status={s.lastDelivery.status} />{' '}
                    {formatWhen(s.lastDelivery.createdAt)}
                  </>
                ) : null}
              </span>
            </div>
            <div className="row rule-actions">
              <button
                className="btn btn-sm"
                disabled={run.fetching}
                onClick={async () => {
                  await runNow({ id: s.id });
                  onChanged();
                }}
              >
                Run now
              </button>
              <button
                className="btn btn-sm"
                aria-pressed={s.paused}
                onClick={async () => {
                  await setPaused({ id: s.id, paused: !s.paused });
                  onChanged();
                }}
              >
                {s.paused ? 'Resume' : 'Pause'}
              </button>
              <button
                className="btn btn-sm btn-ghost"
                aria-label={`Delete schedule ${describeCron(s.cron)}`}
                onClick={async () => {
                  if (!window.confirm('Delete this schedule? Its deliveries stay in the history.')) return;
                  await remove({ id: s.id });
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
