import type { CanvasSchedulesQuery } from '../../gql/graphql';
import { DeliveryStatusBadge } from '../deliveries/delivery-status';
import { describeCron } from './cron-presets';
import { destinationsText, RuleList, RuleRow, useRuleActions } from './rule-row';

type Schedule = CanvasSchedulesQuery['canvasSchedules'][number];

export const formatWhen = (iso: string | null | undefined) =>
  iso ? new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' }) : '—';

export function ScheduleList({ schedules, onChanged }: { schedules: Schedule[]; onChanged: () => void }) {
  const actions = useRuleActions('SCHEDULE');
  return (
    <RuleList label="Schedules" error={actions.error}>
      {schedules.map((s) => (
        <RuleRow
          key={s.id}
          title={describeCron(s.cron)}
          details={`${s.timezone} · ${s.format} · ${destinationsText(s.destinations)}`}
          status={
            <>
              {s.paused ? 'Paused' : `Next run ${formatWhen(s.nextRunAt)}`}
              {s.lastDelivery ? (
                <>
                  {' '}
                  · last <DeliveryStatusBadge status={s.lastDelivery.status} />{' '}
                  {formatWhen(s.lastDelivery.createdAt)}
                </>
              ) : null}
            </>
          }
          paused={s.paused}
          runLabel="Run now"
          running={actions.running}
          deleteLabel={`Delete schedule ${describeCron(s.cron)}`}
          deleteConfirm="Delete this schedule? Its deliveries stay in the history."
          onRun={() => actions.runNow(s.id)}
          onTogglePause={() => actions.setPaused(s.id, !s.paused)}
          onDelete={() => actions.remove(s.id)}
          onChanged={onChanged}
        />
      ))}
    </RuleList>
  );
}
