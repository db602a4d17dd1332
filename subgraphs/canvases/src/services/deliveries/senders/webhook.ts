import type { Egress } from '../egress.ts';
import { webhookHeaders } from './standard-webhooks.ts';
import type { DeliveryMessage } from './types.ts';

/** The JSON body of a webhook delivery (api contract, "Keeping it fresh"). */
export function webhookBody(message: DeliveryMessage): string {
  return JSON.stringify({
    type: message.type,
    canvasId: message.canvasId,
    deliveryId: message.deliveryId,
    ...(message.value !== undefined ? { value: message.value } : {}),
    ...(message.valueText !== undefined ? { valueText: message.valueText } : {}),
    summary: message.summary,
    ...(message.attachment
      ? { attachment: { format: message.attachment.format, url: message.attachment.url } }
      : {}),
  });
}

/** Signed per Standard Webhooks; any 2xx is delivered, anything else is an error (retried). */
export async function sendWebhook(
  egress: Egress,
  target: string,
  secret: string,
  message: DeliveryMessage,
  nowSeconds: number,
): Promise<void> {
  const body = webhookBody(message);
  const result = await egress.post(target, body, webhookHeaders(secret, message.messageId, nowSeconds, body));
  if (result.status < 200 || result.status >= 300)
    throw new Error(`the endpoint answered HTTP ${result.status}`);
}
