import { useState } from 'react';
import type { CanvasSchedulesQuery } from '../../gql/graphql';
import { formatMetric } from '../../ui/number-format';
import { DeliveryStatusBadge } from '../deliveries/delivery-status';
import { describeCron } from '../schedules/cron-presets';
import { destinationsText, RuleList, RuleRow, useRuleActions } from '../schedules/rule-row';
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
  const actions = useRuleActions('ALERT');
  const [note, setNote] = useState<string | null>(null);
  const metricOf = (id: string) => metrics.find((m) => m.id === id);
  const titleOf = (id: string) => metricOf(id)?.title ?? 'A removed metric';
  // Thresholds and values in the metric's own number format, as the canvas and the emails show them.
  const shown = (a: Alert, value: number) => formatMetric(value, metricOf(a.blockId)?.format);
  return (
    <>
      {note ? (
        <div className="alert alert-info" role="status">
          {note}
        </div>
      ) : null}
      <RuleList label="Alerts" error={actions.error}>
        {alerts.map((a) => (
          <RuleRow
            key={a.id}
            title={`${titleOf(a.blockId)} ${a.op} ${shown(a, a.value)}`}
            details={`${describeCron(a.cron)} (${a.timezone}) · ${destinationsText(a.destinations)}`}
            status={
              <>
                {a.triggered ? (
                  <span className="badge badge-danger">Triggered</span>
                ) : (
                  <span className="badge">OK</span>
                )}
                {a.lastValue !== null && a.lastValue !== undefined
                  ? ` · last value ${shown(a, a.lastValue)}`
                  : ''}
                {a.paused ? ' · Paused' : ` · next check ${formatWhen(a.nextRunAt)}`}
                {a.lastDelivery ? (
                  <>
                    {' '}
                    · last notified <DeliveryStatusBadge status={a.lastDelivery.status} />
                  </>
                ) : null}
              </>
            }
            paused={a.paused}
            runLabel="Check now"
            running={actions.running}
            deleteLabel={`Delete alert on ${titleOf(a.blockId)}`}
            deleteConfirm="Delete this alert?"
            onRun={async () => {
              const result = await actions.runNow(a.id);
              if (result.data)
                setNote(
                  result.data.runAlertNow
                    ? 'The condition holds: notifying the destinations.'
                    : 'The condition does not hold right now: nothing was sent.',
                );
            }}
            onTogglePause={() => actions.setPaused(a.id, !a.paused)}
            onDelete={() => actions.remove(a.id)}
            onChanged={onChanged}
          />
        ))}
      </RuleList>
    </>
  );
}
