import type { ExportFormat } from '../../../data/index.ts';

/** What a destination is sent: the same for every kind, each sender picks what it carries. */
export interface DeliveryMessage {
  /** Stable per delivery and destination: webhook-id, email Message-ID, outbox id (receivers dedupe on it). */
  messageId: string;
  type: 'schedule.delivered' | 'alert.triggered';
  organizationId: string;
  deliveryId: string;
  canvasId: string;
  canvasName: string;
  /** The canvas in the web app. */
  canvasUrl: string;
  /** An alert's metric value. */
  value?: number;
  /** The value as the METRIC block shows it (its number format). */
  valueText?: string;
  /** A one-line description of what happened (alerts: the condition). */
  summary: string;
  attachment: {
    format: ExportFormat;
    url: string;
    filename: string;
    contentType: string;
    /** The rendered file (emails attach it). */
    bytes: Buffer | null;
  } | null;
}
