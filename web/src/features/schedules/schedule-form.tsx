import { useState } from 'react';
import { useMutation } from 'urql';
import type { CanvasExportFormat } from '../../gql/graphql';
import { errorInfo } from '../../ui/errors';
import { CronField } from './cron-field';
import { cronLooksValid } from './cron-presets';
import type { DestinationDraft } from './destinations-editor';
import { CreateScheduleDocument } from './operations';
import { DestinationsAndErrors } from './rule-form-errors';
import { SecretsNotice } from './secrets-notice';
import { defaultTimeZone, TimeZoneField } from './time-zone-field';

/** Create a schedule: cron (presets or custom), time zone, format, destinations. */
export function ScheduleForm({ canvasId, onCreated }: { canvasId: string; onCreated: () => void }) {
  const [cron, setCron] = useState('0 8 * * 1-5');
  const [timezone, setTimezone] = useState(defaultTimeZone);
  const [format, setFormat] = useState<CanvasExportFormat>('PDF');
  const [destinations, setDestinations] = useState<DestinationDraft[]>([{ kind: 'EMAIL', target: '' }]);
  const [{ fetching, error, data }, create] = useMutation(CreateScheduleDocument);
  const [secretsSeen, setSecretsSeen] = useState(false);
  const info = errorInfo(error);
  const localCronError = cronLooksValid(cron) ? null : 'Enter 5 fields: minute hour day month weekday';

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    if (localCronError) return;
    setSecretsSeen(false);
    const result = await create({
      input: { canvasId, cron: cron.trim(), timezone, format, destinations },
    });
    if (result.data) {
      setDestinations([{ kind: 'EMAIL', target: '' }]);
      onCreated();
    }
  };

  const created = data?.createSchedule;
  return (
    <form className="form schedule-form" onSubmit={submit} aria-label="New schedule" noValidate>
      {created && !secretsSeen ? (
        <SecretsNotice destinations={created.destinations} onDone={() => setSecretsSeen(true)} />
      ) : null}
      <div className="schedule-form-grid">
        <CronField
          value={cron}
          onChange={setCron}
          error={info?.field === 'cron' ? info.message : localCronError}
        />
        <TimeZoneField
          listId="schedule-time-zones"
          value={timezone}
          onChange={setTimezone}
          error={info?.field === 'timezone' ? info.message : null}
        />
        <label>
          Format
          <select value={format} onChange={(e) => setFormat(e.target.value as CanvasExportFormat)}>
            <option value="PDF">PDF</option>
            <option value="PNG">PNG</option>
          </select>
        </label>
      </div>
      <DestinationsAndErrors
        value={destinations}
        onChange={setDestinations}
        info={info}
        fields={['cron', 'timezone']}
      />
      <div className="row">
        <span className="muted">Delivers the latest publication of this canvas, with fresh data.</span>
        <span className="spacer" />
        <button className="btn btn-primary" type="submit" disabled={fetching}>
          {fetching ? 'Creating…' : 'Create schedule'}
        </button>
      </div>
    </form>
  );
}
