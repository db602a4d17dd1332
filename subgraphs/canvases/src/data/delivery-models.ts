import { Schema, type Connection, type Model } from 'mongoose';

// Schedules, alerts, their deliveries and the email outbox (see README "Keeping it fresh").

export type DestinationKind = 'EMAIL' | 'WEBHOOK' | 'SLACK';
export type ExportFormat = 'PDF' | 'PNG';
export type DeliveryStatus = 'PENDING' | 'SENT' | 'FAILED';
export type RuleKind = 'SCHEDULE' | 'ALERT';
export type AlertOp = '>' | '>=' | '<' | '<=' | '=' | '!=';

export interface DestinationDoc {
  id: string;
  kind: DestinationKind;
  target: string;
  /** A webhook's signing secret (`whsec_…`), sealed with @tessera/secret-box; null for others. */
  sealedSecret: string | null;
}

export interface AlertStateDoc {
  blockId: string;
  op: AlertOp;
  value: number;
  /** Whether the condition held at the last check: deliveries happen only on false → true. */
  triggered: boolean;
  lastValue: number | null;
  checkedAt: Date | null;
}

/** A schedule or an alert of a canvas (one collection: both run on a cron through the same queue). */
export interface RuleDoc {
  _id: string;
  kind: RuleKind;
  organizationId: string;
  projectId: string;
  canvasId: string;
  cron: string;
  timezone: string;
  format: ExportFormat;
  destinations: DestinationDoc[];
  paused: boolean;
  alert: AlertStateDoc | null;
  createdBy: string | null;
  createdAt: Date;
  lastDeliveryId: string | null;
}

export interface DeliverySendDoc {
  destinationId: string;
  kind: DestinationKind;
  target: string;
  status: DeliveryStatus;
  attempts: number;
  error: string | null;
  sentAt: Date | null;
}

export interface DeliveryDoc {
  _id: string;
  organizationId: string;
  canvasId: string;
  canvasName: string;
  ruleId: string;
  ruleKind: RuleKind;
  type: 'schedule.delivered' | 'alert.triggered';
  trigger: 'CRON' | 'MANUAL';
  /** Unique: the job (or manual request) that created it, so a retried job never makes a second one. */
  key: string;
  status: DeliveryStatus;
  /** Attempts of the run itself (refresh + render); each destination counts its own in `sends`. */
  attempts: number;
  error: string | null;
  /** What happened, in one line (alerts: the metric, its value and the condition). */
  summary: string | null;
  value: number | null;
  /** An alert's value in its METRIC block's number format (as the canvas shows it). */
  valueText?: string | null;
  attachment: { format: ExportFormat; url: string; expiresAt: Date } | null;
  sends: DeliverySendDoc[];
  createdAt: Date;
  finishedAt: Date | null;
}

/** An email written to the platform's outbox instead of SMTP (no SMTP_URL): Settings → Outbox. */
export interface OutboxDoc {
  _id: string;
  organizationId: string;
  deliveryId: string | null;
  from: string;
  to: string;
  subject: string;
  text: string;
  attachments: { filename: string; contentType: string; size: number }[];
  createdAt: Date;
}

const options = { versionKey: false, minimize: false, strict: true } as const;

const ruleSchema = new Schema<RuleDoc>(
  {
    _id: { type: String, required: true },
    kind: { type: String, required: true },
    organizationId: { type: String, required: true },
    projectId: { type: String, required: true },
    canvasId: { type: String, required: true },
    cron: { type: String, required: true },
    timezone: { type: String, required: true },
    format: { type: String, required: true },
    destinations: { type: Schema.Types.Mixed, default: [] },
    paused: { type: Boolean, default: false },
    alert: { type: Schema.Types.Mixed, default: null },
    createdBy: { type: String, default: null },
    createdAt: { type: Date, required: true },
    lastDeliveryId: { type: String, default: null },
  },
  options,
);
ruleSchema.index({ canvasId: 1, kind: 1, createdAt: 1 });

const sendSchema = new Schema<DeliverySendDoc>(
  {
    destinationId: { type: String, required: true },
    kind: { type: String, required: true },
    target: { type: String, required: true },
    status: { type: String, required: true },
    attempts: { type: Number, default: 0 },
    error: { type: String, default: null },
    sentAt: { type: Date, default: null },
  },
  { _id: false, versionKey: false },
);

const deliverySchema = new Schema<DeliveryDoc>(
  {
    _id: { type: String, required: true },
    organizationId: { type: String, required: true },
    canvasId: { type: String, required: true },
    canvasName: { type: String, default: '' },
    ruleId: { type: String, required: true },
    ruleKind: { type: String, required: true },
    type: { type: String, required: true },
    trigger: { type: String, required: true },
    key: { type: String, required: true },
    status: { type: String, required: true },
    attempts: { type: Number, default: 0 },
    error: { type: String, default: null },
    summary: { type: String, default: null },
    value: { type: Number, default: null },
    valueText: { type: String, default: null },
    attachment: { type: Schema.Types.Mixed, default: null },
    sends: { type: [sendSchema], default: [] },
    createdAt: { type: Date, required: true },
    finishedAt: { type: Date, default: null },
  },
  options,
);
deliverySchema.index({ key: 1 }, { unique: true });
deliverySchema.index({ canvasId: 1, createdAt: -1 });
deliverySchema.index({ organizationId: 1, ruleKind: 1, createdAt: -1 });

const outboxSchema = new Schema<OutboxDoc>(
  {
    _id: { type: String, required: true },
    organizationId: { type: String, required: true },
    deliveryId: { type: String, default: null },
    from: { type: String, required: true },
    to: { type: String, required: true },
    subject: { type: String, required: true },
    text: { type: String, default: '' },
    attachments: { type: Schema.Types.Mixed, default: [] },
    createdAt: { type: Date, required: true },
  },
  options,
);
outboxSchema.index({ organizationId: 1, createdAt: -1 });
// The outbox is a development aid: messages go after 30 days.
outboxSchema.index({ createdAt: 1 }, { expireAfterSeconds: 30 * 24 * 3600 });

export interface DeliveryModels {
  rules: Model<RuleDoc>;
  deliveries: Model<DeliveryDoc>;
  outbox: Model<OutboxDoc>;
}

export function deliveryModelsFor(connection: Connection): DeliveryModels {
  const model = <T>(name: string, schema: Schema<T>, collection: string): Model<T> =>
    (connection.models[name] as Model<T> | undefined) ?? connection.model<T>(name, schema, collection);
  return {
    rules: model('DeliveryRule', ruleSchema, 'canvas_delivery_rules'),
    deliveries: model('Delivery', deliverySchema, 'canvas_deliveries'),
    outbox: model('OutboxMessage', outboxSchema, 'mail_outbox'),
  };
}
