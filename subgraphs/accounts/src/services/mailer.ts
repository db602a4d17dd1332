import nodemailer from 'nodemailer';
import type { Logger } from '@tessera/logger';
import type { SignUpRepo } from '../data/sign-up-repo.ts';

export interface Mail {
  to: string;
  subject: string;
  text: string;
}

export interface Mailer {
  send(mail: Mail): Promise<void>;
  close(): void;
}

/**
 * Outgoing mail. With SMTP_URL (smtp://user:pass@host:587, smtps://... for TLS) through nodemailer;
 * without it, into the accounts.mail_outbox table, where a developer reads it:
 *   SELECT to_address, subject, body FROM accounts.mail_outbox ORDER BY id DESC LIMIT 5;
 * Mail bodies carry single-use secrets (verification links): they are never logged.
 */
export function createMailer(options: {
  smtpUrl?: string;
  from: string;
  outbox: Pick<SignUpRepo, 'queueMail'>;
  logger: Logger;
}): Mailer {
  const { smtpUrl, from, outbox, logger } = options;
  if (!smtpUrl) {
    return {
      async send(mail) {
        await outbox.queueMail({ to: mail.to, subject: mail.subject, body: mail.text });
        logger.info({ subject: mail.subject }, 'mail written to accounts.mail_outbox (no SMTP_URL)');
      },
      close() {},
    };
  }
  const transport = nodemailer.createTransport(smtpUrl);
  return {
    async send(mail) {
      await transport.sendMail({ from, to: mail.to, subject: mail.subject, text: mail.text });
    },
    close() {
      transport.close();
    },
  };
}
