import nodemailer, { type Transporter } from 'nodemailer';
import type { OutboxRepo } from '../../../data/index.ts';
import type { DeliveryMessage } from './types.ts';

export interface Mailer {
  send(to: string, message: DeliveryMessage): Promise<void>;
  /** A plain-text email without attachment (other services' notices: comment mentions). */
  sendText(to: string, message: PlainMessage): Promise<void>;
}

export interface PlainMessage {
  messageId: string;
  organizationId: string;
  subject: string;
  text: string;
}

function subjectOf(message: DeliveryMessage): string {
  return message.type === 'alert.triggered' ? `Alert: ${message.summary}` : message.summary;
}

function textOf(message: DeliveryMessage): string {
  return [
    message.summary,
    '',
    `Open the canvas: ${message.canvasUrl}`,
    ...(message.attachment ? [`Download the ${message.attachment.format}: ${message.attachment.url}`] : []),
  ].join('\n');
}

/**
 * Email destinations: SMTP through nodemailer when SMTP_URL is set; otherwise each message is written
 * to the platform's outbox (Settings → Outbox), attachment names and sizes included.
 */
export function createMailer(options: {
  smtpUrl?: string | undefined;
  from: string;
  outbox: OutboxRepo;
  now: () => Date;
}): Mailer {
  let transport: Transporter | undefined;
  return {
    async sendText(to, message) {
      if (!options.smtpUrl) {
        await options.outbox.put({
          id: message.messageId,
          organizationId: message.organizationId,
          deliveryId: null,
          from: options.from,
          to,
          subject: message.subject,
          text: message.text,
          attachments: [],
          createdAt: options.now(),
        });
        return;
      }
      transport ??= nodemailer.createTransport(options.smtpUrl);
      await transport.sendMail({
        from: options.from,
        to,
        subject: message.subject,
        text: message.text,
        messageId: `<${message.messageId}@tessera>`,
      });
    },
    async send(to, message) {
      const attachment = message.attachment;
      if (!options.smtpUrl) {
        await options.outbox.put({
          id: message.messageId,
          organizationId: message.organizationId,
          deliveryId: message.deliveryId,
          from: options.from,
          to,
          subject: subjectOf(message),
          text: textOf(message),
          attachments: attachment?.bytes
            ? [
                {
                  filename: attachment.filename,
                  contentType: attachment.contentType,
                  size: attachment.bytes.length,
                },
              ]
            : [],
          createdAt: options.now(),
        });
        return;
      }
      transport ??= nodemailer.createTransport(options.smtpUrl);
      await transport.sendMail({
        from: options.from,
        to,
        subject: subjectOf(message),
        text: textOf(message),
        messageId: `<${message.messageId}@tessera>`,
        attachments: attachment?.bytes
          ? [
              {
                filename: attachment.filename,
                content: attachment.bytes,
                contentType: attachment.contentType,
              },
            ]
          : [],
      });
    },
  };
}
