// The activity feed of a canvas (issue 22): "Ben edited Revenue by month", "Maya published v3".
// Block entries are recorded as changes are stored (live edits, attributed by the collab server,
// and GraphQL block mutations); versions and publications come from their own records and are
// merged in when the feed is read. Newest first, paged by a cursor.
import { isDeepStrictEqual } from 'node:util';
import { blockKind, type BlockJson } from '@tessera/canvas-model';
import type { Identity } from '@tessera/auth';
import { AppError } from '@tessera/errors';
import type { Logger } from '@tessera/logger';
import type { ActivityRepo, CanvasRecord, NewActivity, Repositories } from '../../data/index.ts';
import type { Access } from '../access.ts';
import type { Clock } from '../clock.ts';

export const MAX_ACTIVITY_PAGE = 100;
/** The name of the version a single-block restore keeps (the feed shows the restore itself instead). */
export const BLOCK_RESTORE_PREFIX = 'Before restoring block ';

export type ActivityItemKind =
  | 'BLOCK_EDITED'
  | 'BLOCK_ADDED'
  | 'BLOCK_REMOVED'
  | 'BLOCK_RESTORED'
  | 'VERSION_SAVED'
  | 'VERSION_RESTORED'
  | 'PUBLISHED';

export interface ActivityItem {
  id: string;
  kind: ActivityItemKind;
  at: Date;
  actorId: string | null;
  blockId: string | null;
  blockTitle: string | null;
  count: number;
  versionNumber: number | null;
  versionName: string | null;
}

export interface ActivityPage {
  items: ActivityItem[];
  endCursor: string | null;
}

/** What the feed calls a block: its title, name or label, else its kind's title. */
export function titleOf(block: BlockJson): string {
  const c = block.content;
  for (const key of ['title', 'name', 'label'] as const) {
    const value = c[key];
    if (typeof value === 'string' && value.trim()) return value.trim().slice(0, 200);
  }
  return blockKind(block.type).title;
}

/** Whether a block changed in a way the feed reports (content or type; a move alone is not an edit). */
function edited(before: BlockJson, after: BlockJson): boolean {
  return before.type !== after.type || !isDeepStrictEqual(before.content, after.content);
}

/** Entries for one person's stored changes to `blockIds` between two projections of the canvas. */
export function entriesFor(
  canvas: Pick<CanvasRecord, 'id' | 'organizationId'>,
  actorId: string | null,
  blockIds: Iterable<string>,
  before: readonly BlockJson[],
  after: readonly BlockJson[],
  /** The blocks this person added (live edits); absent: every new block is theirs. */
  addedIds?: readonly string[],
): NewActivity[] {
  const added = addedIds ? new Set(addedIds) : null;
  const was = new Map(before.map((b) => [b.id, b]));
  const now = new Map(after.map((b) => [b.id, b]));
  const entries: NewActivity[] = [];
  const base = { canvasId: canvas.id, organizationId: canvas.organizationId, actorId };
  for (const id of new Set(blockIds)) {
    const old = was.get(id);
    const block = now.get(id);
    // A new block someone else added (this person only resized or typed in it) is not theirs.
    if (block && !old && added && !added.has(id)) continue;
    if (block && !old)
      entries.push({ ...base, kind: 'BLOCK_ADDED', blockId: id, blockTitle: titleOf(block) });
    else if (old && !block)
      entries.push({ ...base, kind: 'BLOCK_REMOVED', blockId: id, blockTitle: titleOf(old) });
    else if (old && block && edited(old, block))
      entries.push({ ...base, kind: 'BLOCK_EDITED', blockId: id, blockTitle: titleOf(block) });
  }
  return entries;
}

const CURSOR = /^(\d{13})$/;

function parseCursor(after: string | null | undefined): Date | null {
  if (after === null || after === undefined || after === '') return null;
  const match = CURSOR.exec(after);
  if (!match) throw AppError.badInput('after', 'after is not a cursor from this feed');
  return new Date(Number(match[1]));
}

export function createActivityRecorder({
  activity,
  clock,
  logger,
}: {
  activity: ActivityRepo;
  clock: Clock;
  logger: Logger;
}) {
  /** Records entries; the feed is a convenience, so a failure is logged, never thrown at the change. */
  return async function record(entries: NewActivity[]): Promise<void> {
    const at = clock.now();
    for (const entry of entries) {
      try {
        await activity.record(entry, at);
      } catch (error) {
        logger.warn({ err: error, canvasId: entry.canvasId }, 'activity entry not recorded');
      }
    }
  };
}

export type RecordActivity = ReturnType<typeof createActivityRecorder>;

export function createActivityService({ repos, access }: { repos: Repositories; access: Access }) {
  async function versions(canvasId: string, limit: number, before: Date | null): Promise<ActivityItem[]> {
    const docs = await repos.activity.versionEvents(canvasId, limit, before);
    return docs.map((v) => ({
      id: `version:${v._id}`,
      kind: v.kind === 'NAMED' ? 'VERSION_SAVED' : 'VERSION_RESTORED',
      at: v.createdAt,
      actorId: v.createdBy ?? null,
      blockId: null,
      blockTitle: null,
      count: 1,
      versionNumber: v.number,
      versionName: v.name ?? null,
    }));
  }

  async function publications(canvasId: string, limit: number, before: Date | null): Promise<ActivityItem[]> {
    const docs = await repos.activity.publicationEvents(canvasId, limit, before);
    return docs.map((p) => ({
      id: `publication:${p._id}`,
      kind: 'PUBLISHED' as const,
      at: p.publishedAt,
      actorId: p.publishedBy ?? null,
      blockId: null,
      blockTitle: null,
      count: 1,
      versionNumber: p.version,
      versionName: null,
    }));
  }
  return {
    /** VIEWER and above of the canvas (the parent was loaded through the access check; checked again). */
    async list(
      identity: Identity,
      canvas: CanvasRecord,
      first: number,
      after?: string | null,
    ): Promise<ActivityPage> {
      if (!Number.isInteger(first) || first < 1 || first > MAX_ACTIVITY_PAGE)
        throw AppError.badInput('first', `first must be between 1 and ${MAX_ACTIVITY_PAGE}`);
      const before = parseCursor(after);
      await access.canvas(identity, canvas.id, 'VIEWER');
      const [blocks, saved, published] = await Promise.all([
        repos.activity.list(canvas.id, first + 1, before),
        versions(canvas.id, first + 1, before).then((list) =>
          // A single-block restore is its own entry (BLOCK_RESTORED); its safety copy is not news.
          list.filter(
            (v) => !(v.kind === 'VERSION_RESTORED' && v.versionName?.startsWith(BLOCK_RESTORE_PREFIX)),
          ),
        ),
        publications(canvas.id, first + 1, before),
      ]);
      const merged: ActivityItem[] = [
        ...blocks.map((a) => ({ ...a, versionName: null })),
        ...saved,
        ...published,
      ].sort((a, b) => b.at.getTime() - a.at.getTime());
      const items = merged.slice(0, first);
      const more = merged.length > first;
      return { items, endCursor: more && items.length > 0 ? String(items.at(-1)!.at.getTime()) : null };
    },
  };
}

export type ActivityService = ReturnType<typeof createActivityService>;
