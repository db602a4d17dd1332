import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { encodeBusMessage } from './bus-messages.ts';

export interface CanvasUpdatePublisher {
  /** Sends a Yjs update to every collab instance holding the canvas live [R1]. */
  publish(canvasId: string, update: Uint8Array): Promise<void>;
  close(): Promise<void>;
}

/**
 * For a process that changes canvases without hosting the collab server (the canvases subgraph):
 * store the change first (`changeStoredDocument` + the adapter's merge), then publish its
 * `update`, so live clients see it at once. Instances apply it as a peer update.
 */
export async function createCanvasUpdatePublisher(options: {
  url: string;
  channelPrefix?: string;
}): Promise<CanvasUpdatePublisher> {
  const prefix = options.channelPrefix ?? 'tessera:collab:';
  const redis = new Redis(options.url, { lazyConnect: true, maxRetriesPerRequest: 3 });
  redis.on('error', () => undefined);
  await redis.connect();
  const from = `external:${randomUUID()}`;
  return {
    async publish(canvasId, update) {
      await redis.publish(
        `${prefix}${canvasId}`,
        Buffer.from(encodeBusMessage(from, { kind: 'update', update })),
      );
    },
    async close() {
      await redis.quit();
    },
  };
}
