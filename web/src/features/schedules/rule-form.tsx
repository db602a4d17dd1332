// What the schedule and alert forms share: the draft of when a rule runs (cron + time zone) and where
// it delivers (destinations), and the field groups that edit it with the server's field errors.
import { useState } from 'react';
import type { ErrorInfo } from '../../ui/errors';
import { CronField } from './cron-field';
import { cronLooksValid } from './cron-presets';
import { DestinationsEditor, type DestinationDraft } from './destinations-editor';
import { defaultTimeZone, TimeZoneField } from './time-zone-field';

const FIRST_DESTINATION: DestinationDraft[] = [{ kind: 'EMAIL', target: '' }];

export interface RuleDraft {
  cron: string;
  setCron: (cron: string) => void;
  timezone: string;
  setTimezone: (zone: string) => void;
  destinations: DestinationDraft[];
  setDestinations: (next: DestinationDraft[]) => void;
  /** Found before sending: a cron that is not 5 fields. */
  cronError: string | null;
  /** The input fields of createSchedule / createAlert this draft fills. */
  input: () => { cron: string; timezone: string; destinations: DestinationDraft[] };
  /** After a rule was created: a blank destination again. */
  reset: () => void;
}

export function useRuleDraft(initialCron: string): RuleDraft {
  const [cron, setCron] = useState(initialCron);
  const [timezone, setTimezone] = useState(defaultTimeZone);
  const [destinations, setDestinations] = useState<DestinationDraft[]>(FIRST_DESTINATION);
  return {
    cron,
    setCron,
    timezone,
    setTimezone,
    destinations,
    setDestinations,
    cronError: cronLooksValid(cron) ? null : 'Enter 5 fields: minute hour day month weekday',
    input: () => ({ cron: cron.trim(), timezone, destinations }),
    reset: () => setDestinations(FIRST_DESTINATION),
  };
}

/** When the rule runs: its cron and the time zone it is read in, each with its own error. */
export function CronAndTimeZoneFields({ draft, info }: { draft: RuleDraft; info: ErrorInfo | null }) {
  return (
    <>
      <CronField
        value={draft.cron}
        onChange={draft.setCron}
        error={info?.field === 'cron' ? info.message : draft.cronError}
      />
      <TimeZoneField
        value={draft.timezone}
        onChange={draft.setTimezone}
        error={info?.field === 'timezone' ? info.message : null}
      />
    </>
  );
}

/**
 * Where the rule delivers (each destination with its own field error), then any error that no
 * field of the form shows.
 */
export function DestinationsAndErrors({ draft, info }: { draft: RuleDraft; info: ErrorInfo | null }) {
  const shownByField =
    info?.field && (['cron', 'timezone'].includes(info.field) || info.field.startsWith('destinations'));
  return (
    <>
      <DestinationsEditor
        value={draft.destinations}
        onChange={draft.setDestinations}
        errorField={info?.field ?? null}
        errorMessage={info?.message ?? null}
      />
      {info && !shownByField ? (
        <div className="alert" role="alert">
          {info.message}
        </div>
      ) : null}
    </>
  );
}
