import { useState } from 'react';
import { useMutation } from 'urql';
import { errorInfo } from '../../ui/errors';
import { CreateAlertDocument } from '../schedules/operations';
import { CronAndTimeZoneFields, DestinationsAndErrors, useRuleDraft } from '../schedules/rule-form';
import { SecretsNotice } from '../schedules/secrets-notice';

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
  const draft = useRuleDraft('0 * * * *');
  const [{ fetching, error, data }, create] = useMutation(CreateAlertDocument);
  const [secretsSeen, setSecretsSeen] = useState(false);
  const info = errorInfo(error);
  const threshold = Number(value);
  const valueError = value.trim() === '' || !Number.isFinite(threshold) ? 'Enter a number' : null;

  if (metrics.length === 0)
    return <p className="muted">Alerts watch a Metric block. Add one to this canvas first.</p>;

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    if (valueError || draft.cronError) return;
    setSecretsSeen(false);
    const result = await create({
      input: { canvasId, blockId, op, value: threshold, ...draft.input() },
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
        <CronAndTimeZoneFields draft={draft} info={info} />
      </div>
      <DestinationsAndErrors draft={draft} info={info} />
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
