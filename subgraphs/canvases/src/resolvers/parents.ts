// What the services hand the resolvers for each GraphQL type (codegen.ts maps the types to these).
import type { CanvasRecord, RuleRecord } from '../data/index.ts';
import type { SharedCanvasView } from '../services/share-service.ts';

export type { BlockJson } from '@tessera/canvas-model';
export type {
  DeliveryRecord,
  DeliverySendDoc,
  EmbedUsageRecord,
  OutboxRecord,
  PublicationRecord,
  VersionRecord,
} from '../data/index.ts';
export type { PublicationStatusView } from '../services/publication-service.ts';
export type { ShareLinkView } from '../services/share-service.ts';
export type { ActivityItem } from '../services/activity/activity-service.ts';
export type { CanvasTemplate } from '../services/templates.ts';

/** A canvas, or (from sharedCanvas) the canvas as a share link or signed embed shows it. */
export type AnyCanvas = CanvasRecord &
  Partial<Pick<SharedCanvasView, 'sharedVia' | 'sharedPublication' | 'sharedBlocks'>>;

/** A schedule or alert as resolvers see it: webhook secrets only right after creation. */
export type RuleWithSecrets = RuleRecord & { secrets?: Map<string, string> };

export interface EntityRef {
  id: string;
}
