import type { Egress } from '../egress.ts';
import type { DeliveryMessage } from './types.ts';

/** A Slack incoming-webhook message: the summary, the canvas link, and the file's link (PNG shown inline). */
export function slackBody(message: DeliveryMessage): string {
  const title = message.type === 'alert.triggered' ? `:rotating_light: ${message.summary}` : message.summary;
  const blocks: unknown[] = [
    {
      type: 'section',
      text: { type: 'mrkdwn', text: `*${title}*\n<${message.canvasUrl}|Open ${message.canvasName}>` },
    },
  ];
  if (message.attachment?.format === 'PNG')
    blocks.push({ type: 'image', image_url: message.attachment.url, alt_text: message.canvasName });
  else if (message.attachment)
    blocks.push({
      type: 'context',
      elements: [
        { type: 'mrkdwn', text: `<${message.attachment.url}|Download the ${message.attachment.format}>` },
      ],
    });
  return JSON.stringify({ text: `${title} — ${message.canvasUrl}`, blocks });
}

export async function sendSlack(egress: Egress, target: string, message: DeliveryMessage): Promise<void> {
  const result = await egress.post(target, slackBody(message), {});
  if (result.status < 200 || result.status >= 300)
    throw new Error(
      `Slack answered HTTP ${result.status}${result.body ? `: ${result.body.slice(0, 100)}` : ''}`,
    );
}
