import type { Models } from './models.ts';

export interface EmbedUsageRecord {
  viewer: string;
  via: 'link' | 'signed';
  views: number;
  blocksRun: number;
  lastSeenAt: Date;
}

/** Views and block runs through links and signed embeds, per canvas, viewer and UTC day. */
export function createEmbedUsageRepo({ embedUsage }: Models) {
  return {
    async count(entry: {
      canvasId: string;
      organizationId: string;
      viewer: string;
      via: 'link' | 'signed';
      at: Date;
      views?: number;
      blocksRun?: number;
    }): Promise<void> {
      const day = entry.at.toISOString().slice(0, 10);
      await embedUsage.updateOne(
        { canvasId: entry.canvasId, day, viewer: entry.viewer },
        {
          $setOnInsert: { organizationId: entry.organizationId, via: entry.via },
          $inc: { views: entry.views ?? 0, blocksRun: entry.blocksRun ?? 0 },
          $max: { lastSeenAt: entry.at },
        },
        { upsert: true },
      );
    },

    /** Totals per viewer since a day (YYYY-MM-DD), most active first, at most `limit` viewers. */
    async byViewer(canvasId: string, sinceDay: string, limit: number): Promise<EmbedUsageRecord[]> {
      const rows = await embedUsage.aggregate<EmbedUsageRecord & { _id: string }>([
        { $match: { canvasId, day: { $gte: sinceDay } } },
        {
          $group: {
            _id: '$viewer',
            via: { $first: '$via' },
            views: { $sum: '$views' },
            blocksRun: { $sum: '$blocksRun' },
            lastSeenAt: { $max: '$lastSeenAt' },
          },
        },
        { $sort: { views: -1, blocksRun: -1, _id: 1 } },
        { $limit: limit },
      ]);
      return rows.map(({ _id, via, views, blocksRun, lastSeenAt }) => ({
        viewer: _id,
        via,
        views,
        blocksRun,
        lastSeenAt,
      }));
    },
  };
}

export type EmbedUsageRepo = ReturnType<typeof createEmbedUsageRepo>;
