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

    /**
     * An organization's usage since a day: totals over everything, then per canvas (most viewed
     * first, at most `canvasLimit`) with its viewers (most active first, at most `viewerLimit`).
     */
    async byOrganization(
      organizationId: string,
      sinceDay: string,
      canvasLimit: number,
      viewerLimit: number,
    ): Promise<OrganizationEmbedUsage> {
      const match = { $match: { organizationId, day: { $gte: sinceDay } } };
      const [totals] = await embedUsage.aggregate<{ views: number; blocksRun: number; viewers: string[] }>([
        match,
        {
          $group: {
            _id: null,
            views: { $sum: '$views' },
            blocksRun: { $sum: '$blocksRun' },
            viewers: { $addToSet: '$viewer' },
          },
        },
      ]);
      const canvases = await embedUsage.aggregate<CanvasEmbedUsageRecord & { _id: string }>([
        match,
        {
          $group: {
            _id: { canvasId: '$canvasId', viewer: '$viewer' },
            via: { $first: '$via' },
            views: { $sum: '$views' },
            blocksRun: { $sum: '$blocksRun' },
            lastSeenAt: { $max: '$lastSeenAt' },
          },
        },
        { $sort: { views: -1, blocksRun: -1, '_id.viewer': 1 } },
        {
          $group: {
            _id: '$_id.canvasId',
            views: { $sum: '$views' },
            blocksRun: { $sum: '$blocksRun' },
            lastSeenAt: { $max: '$lastSeenAt' },
            viewers: {
              $push: {
                viewer: '$_id.viewer',
                via: '$via',
                views: '$views',
                blocksRun: '$blocksRun',
                lastSeenAt: '$lastSeenAt',
              },
            },
          },
        },
        { $sort: { views: -1, blocksRun: -1, _id: 1 } },
        { $limit: canvasLimit },
        {
          $project: { views: 1, blocksRun: 1, lastSeenAt: 1, viewers: { $slice: ['$viewers', viewerLimit] } },
        },
      ]);
      return {
        views: totals?.views ?? 0,
        blocksRun: totals?.blocksRun ?? 0,
        viewers: totals?.viewers.length ?? 0,
        canvases: canvases.map(({ _id, views, blocksRun, lastSeenAt, viewers }) => ({
          canvasId: _id,
          views,
          blocksRun,
          lastSeenAt,
          viewers,
        })),
      };
    },
  };
}

export interface CanvasEmbedUsageRecord {
  canvasId: string;
  views: number;
  blocksRun: number;
  lastSeenAt: Date;
  viewers: EmbedUsageRecord[];
}

export interface OrganizationEmbedUsage {
  views: number;
  blocksRun: number;
  viewers: number;
  canvases: CanvasEmbedUsageRecord[];
}

export type EmbedUsageRepo = ReturnType<typeof createEmbedUsageRepo>;
