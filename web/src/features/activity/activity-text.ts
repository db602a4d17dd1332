// The sentence of one activity entry: "Ben edited Revenue by month", "Maya published v3".
export interface ActivityEntry {
  kind: string;
  actor?: { name: string } | null;
  blockTitle?: string | null;
  count: number;
  version?: number | null;
  versionName?: string | null;
}

export function activityText(entry: ActivityEntry): { who: string; what: string } {
  const who = entry.actor?.name ?? 'An API key';
  const block = entry.blockTitle ?? 'a block';
  switch (entry.kind) {
    case 'BLOCK_ADDED':
      return { who, what: `added ${block}` };
    case 'BLOCK_EDITED':
      return { who, what: `edited ${block}${entry.count > 1 ? ` (${entry.count} changes)` : ''}` };
    case 'BLOCK_REMOVED':
      return { who, what: `deleted ${block}` };
    case 'BLOCK_RESTORED':
      return { who, what: `restored ${block} from version ${entry.version ?? '?'}` };
    case 'VERSION_SAVED':
      return { who, what: `saved version "${entry.versionName ?? entry.version}"` };
    case 'VERSION_RESTORED':
      return { who, what: 'restored an earlier version' };
    case 'PUBLISHED':
      return { who, what: `published v${entry.version ?? '?'}` };
    default:
      return { who, what: 'changed the canvas' };
  }
}

const units: [Intl.RelativeTimeFormatUnit, number][] = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];
const relative = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });

export function ago(at: Date, now = new Date()): string {
  const diff = at.getTime() - now.getTime();
  if (Math.abs(diff) < 45_000) return 'just now';
  for (const [unit, ms] of units)
    if (Math.abs(diff) >= ms) return relative.format(Math.round(diff / ms), unit);
  return relative.format(Math.round(diff / 60_000), 'minute');
}
