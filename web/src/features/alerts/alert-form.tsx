import { useState } from 'react';
import { useMutation } from 'urql';
import { errorInfo } from '../../ui/errors';
import { CronField } from '../schedules/cron-field';
import { cronLooksValid } from '../schedules/cron-presets';
import type { DestinationDraft } from '../schedules/destinations-editor';
import { CreateAlertDocument } from '../schedules/operations';
import { DestinationsAndErrors } from '../schedules/rule-form-errors';
import { SecretsNotice } from '../schedules/secrets-notice';
import { defaultTimeZone, TimeZoneField } from '../schedules/time-zone-field';

export const ALERT_OPS = ['>', '>=', '<', '<=', '=', '!='] as const;
const OP_LABEL: Record<(typeof ALERT_OPS)[number], string> = {
  '>': 'is above',
  '>=': 'is at least',
  '<': 'is below',
  '<=': 'is at most',
  '=': 'equals',
  '!=': 'is not',
};

export interface MetricChoice {
  id: string;
  title: string;
  /** The block's number format (its `format` content): thresholds and values are shown in it. */
  format?: unknown;
}

/** Create an alert on a METRIC block: op and threshold, checked on a cron in a time zone, destinations. */
export function AlertForm({
  canvasId,
  metrics,
  onCreated,
}: {
  canvasId: string;
  metrics: MetricChoice[];
  onCreated: () => void;
}) {
  const [blockId, setBlockId] = useState(metrics[0]?.id ?? '');
  const [op, setOp] = useState<(typeof ALERT_OPS)[number]>('>');
  const [value, setValue] = useState('0');
  const [cron, setCron] = useState('0 * * * *');
  const [timezone, setTimezone] = useState(defaultTimeZone);
  const [destinations, setDestinations] = useState<DestinationDraft[]>([{ kind: 'EMAIL', target: '' }]);
  const [{ fetching, error, data }, create] = useMutation(CreateAlertDocument);
  const [secretsSeen, setSecretsSeen] = useState(false);
  const info = errorInfo(error);
  const threshold = Number(value);
  const valueError = value.trim() === '' || !Number.isFinite(threshold) ? 'Enter a number' : null;
  const cronError = cronLooksValid(cron) ? null : 'Enter 5 fields: minute hour day month weekday';

  if (metrics.length === 0)
    return <p className="muted">Alerts watch a Metric block. Add one to this canvas first.</p>;

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    if (valueError || cronError) return;
    setSecretsSeen(false);
    const result = await create({
      input: { canvasId, blockId, op, value: threshold, cron: cron.trim(), timezone, destinations },
    });
    if (result.data) onCreated();
  };

  return (
    <form className="form" onSubmit={submit} aria-label="New alert" noValidate>
      {data?.createAlert && !secretsSeen ? (
        <SecretsNotice destinations={data.createAlert.destinations} onDone={() => setSecretsSeen(true)} />
      ) : null}
      <div className="schedule-form-grid">
        <label>
          When metric
          <select value={blockId} onChange={(e) => setBlockId(e.target.value)}>
            {metrics.map((m) => (
              <option key={m.id} value={m.id}>
                {m.title}
              </option>
            ))}
          </select>
        </label>
        <label>
          Condition
          <select value={op} onChange={(e) => setOp(e.target.value as (typeof ALERT_OPS)[number])}>
            {ALERT_OPS.map((o) => (
              <option key={o} value={o}>
                {OP_LABEL[o]} ({o})
              </option>
            ))}
          </select>
        </label>
        <label>
          Threshold
          <input
            inputMode="decimal"
            value={value}
            aria-invalid={Boolean(valueError) || info?.field === 'value'}
            onChange={(e) => setValue(e.target.value)}
          />
          {valueError ? <span className="field-error">{valueError}</span> : null}
        </label>
        <CronField
          value={cron}
          onChange={setCron}
          error={info?.field === 'cron' ? info.message : cronError}
        />
        <TimeZoneField
          listId="alert-time-zones"
          value={timezone}
          onChange={setTimezone}
          error={info?.field === 'timezone' ? info.message : null}
        />
      </div>
      <DestinationsAndErrors
        value={destinations}
        onChange={setDestinations}
        info={info}
        fields={['cron', 'timezone']}
      />
      <div className="row">
        <span className="muted">
          Checked on its schedule in that time zone; notifies once each time the condition starts to hold.
        </span>
        <span className="spacer" />
        <button className="btn btn-primary" type="submit" disabled={fetching}>
          {fetching ? 'Creating…' : 'Create alert'}
        </button>
      </div>
    </form>
  );
}
