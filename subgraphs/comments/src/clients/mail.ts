import { AppError } from '@tessera/errors';

export interface MailRequest {
  messageId: string;
  organizationId: string;
  to: string;
  subject: string;
  text: string;
  /** A path of the web app (the canvases service makes it absolute with its PUBLIC_URL). */
  link: string;
}

/** Sends email through the platform's one mail path: canvases' POST /internal/mail. */
export interface MailSender {
  send(message: MailRequest): Promise<void>;
}

export function createMailSender(options: { canvasesUrl: string; internalSecret: string }): MailSender {
  return {
    async send(message) {
      let response: Response;
      try {
        response = await fetch(new URL('/internal/mail', options.canvasesUrl), {
          method: 'POST',
          headers: { 'x-internal-secret': options.internalSecret, 'content-type': 'application/json' },
          body: JSON.stringify(message),
          signal: AbortSignal.timeout(10_000),
        });
      } catch (cause) {
        throw new AppError('UNAVAILABLE', 'The mail service is unavailable', { cause });
      }
      if (!response.ok) throw new AppError('UNAVAILABLE', `The mail service answered ${response.status}`);
    },
  };
}
