import { useState } from 'react';
import { useMutation } from 'urql';
import type { CanvasExportFormat } from '../../gql/graphql';
import { errorInfo } from '../../ui/errors';
import { CreateScheduleDocument } from './operations';
import { CronAndTimeZoneFields, DestinationsAndErrors, useRuleDraft } from './rule-form';
import { SecretsNotice } from './secrets-notice';

/** Create a schedule: cron (presets or custom), time zone, format, destinations. */
export function ScheduleForm({ canvasId, onCreated }: { canvasId: string; onCreated: () => void }) {
  const draft = useRuleDraft('0 8 * * 1-5');
  const [format, setFormat] = useState<CanvasExportFormat>('PDF');
  const [{ fetching, error, data }, create] = useMutation(CreateScheduleDocument);
  const [secretsSeen, setSecretsSeen] = useState(false);
  const info = errorInfo(error);

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    if (draft.cronError) return;
    setSecretsSeen(false);
    const result = await create({
      input: { canvasId, ...draft.input(), format },
    });
    if (result.data) {
      draft.reset();
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
        <CronAndTimeZoneFields draft={draft} info={info} />
        <label>
          Format
          <select value={format} onChange={(e) => setFormat(e.target.value as CanvasExportFormat)}>
            <option value="PDF">PDF</option>
            <option value="PNG">PNG</option>
          </select>
        </label>
      </div>
      <DestinationsAndErrors draft={draft} info={info} />
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
