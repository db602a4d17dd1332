// Embed usage as the share dialog shows it (pure, tested): who each viewer is and the totals.

export interface ViewerUsage {
  viewer: string;
  via: string;
  views: number;
  blocksRun: number;
  lastSeenAt: string;
}

export interface LinkInfo {
  id: string;
  createdAt: string;
  revokedAt?: string | null;
}

const day = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

/**
 * A readable name for a viewer: a share link by when it was made (`link:<id>`), a signed embed's
 * `sub` as the host application sent it, or "Signed embed (no viewer id)".
 */
export function viewerLabel(usage: Pick<ViewerUsage, 'viewer' | 'via'>, links: readonly LinkInfo[]): string {
  if (usage.via === 'SIGNED_EMBED')
    return usage.viewer === 'signed' ? 'Signed embed (no viewer id)' : usage.viewer;
  const id = usage.viewer.startsWith('link:') ? usage.viewer.slice('link:'.length) : usage.viewer;
  const link = links.find((l) => l.id === id);
  if (!link) return `Share link ${id.slice(0, 8)}`;
  return `Share link of ${day.format(new Date(link.createdAt))}${link.revokedAt ? ' (revoked)' : ''}`;
}

export function usageTotals(rows: readonly ViewerUsage[]) {
  return rows.reduce(
    (t, r) => ({ viewers: t.viewers + 1, views: t.views + r.views, blocksRun: t.blocksRun + r.blocksRun }),
    { viewers: 0, views: 0, blocksRun: 0 },
  );
}

export const USAGE_PERIODS = [7, 30, 90] as const;

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString()} ${n === 1 ? one : many}`;

/** "2 viewers · 4 views · 1 block run" (viewers left out when not given). */
export function usageSummary(t: { viewers?: number; views: number; blocksRun: number }): string {
  return [
    t.viewers === undefined ? null : plural(t.viewers, 'viewer'),
    plural(t.views, 'view'),
    `${plural(t.blocksRun, 'block')} run`,
  ]
    .filter(Boolean)
    .join(' · ');
}
