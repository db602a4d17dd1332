import { randomUUID } from 'node:crypto';
import type { Logger } from '@tessera/logger';
import { Redis } from 'ioredis';
import { decodeBusMessage, encodeBusMessage, type BusMessage, type CanvasBus } from './bus-messages.ts';

export interface RedisBusOptions {
  url: string;
  /** Channel prefix; the channel of a canvas is `<prefix><canvasId>` [R1]. */
  channelPrefix: string;
  logger: Logger;
  connectTimeoutMs?: number;
}

/** Two connections: a subscriber (Redis dedicates it to pub/sub) and a publisher. */
export class RedisBus implements CanvasBus {
  readonly instanceId = randomUUID();
  private readonly publisher: Redis;
  private readonly subscriber: Redis;
  private readonly handlers = new Map<string, (from: string, message: BusMessage) => void>();
  private readonly resyncListeners = new Set<() => void>();
  private readyOnce = false;
  private closed = false;

  private constructor(private readonly options: RedisBusOptions) {
    const common = { lazyConnect: true, maxRetriesPerRequest: null, enableAutoPipelining: true } as const;
    this.publisher = new Redis(options.url, { ...common, connectionName: 'collab-pub' });
    this.subscriber = new Redis(options.url, { ...common, connectionName: 'collab-sub' });
    for (const client of [this.publisher, this.subscriber]) {
      client.on('error', (error: Error) => options.logger.warn({ err: error.message }, 'redis error'));
    }
    this.subscriber.on('messageBuffer', (channel: Buffer, payload: Buffer) =>
      this.onMessage(channel, payload),
    );
    this.subscriber.on('ready', () => {
      // ioredis resubscribes by itself; what was published meanwhile is recovered by a resync [R2].
      if (this.readyOnce) for (const listener of this.resyncListeners) listener();
      this.readyOnce = true;
    });
  }

  get connected(): boolean {
    return !this.closed && this.publisher.status === 'ready' && this.subscriber.status === 'ready';
  }

  static async connect(options: RedisBusOptions): Promise<RedisBus> {
    const bus = new RedisBus(options);
    const timeout = options.connectTimeoutMs ?? 5_000;
    try {
      await withTimeout(
        Promise.all([bus.publisher.connect(), bus.subscriber.connect()]),
        timeout,
        'Redis did not answer',
      );
    } catch (error) {
      bus.publisher.disconnect();
      bus.subscriber.disconnect();
      throw error;
    }
    return bus;
  }

  async subscribe(canvasId: string, handler: (from: string, message: BusMessage) => void): Promise<void> {
    this.handlers.set(this.channel(canvasId), handler);
    await this.subscriber.subscribe(this.channel(canvasId));
  }

  async unsubscribe(canvasId: string): Promise<void> {
    this.handlers.delete(this.channel(canvasId));
    await this.subscriber.unsubscribe(this.channel(canvasId)).catch(() => undefined);
  }

  publish(canvasId: string, message: BusMessage): void {
    const payload = Buffer.from(encodeBusMessage(this.instanceId, message));
    this.publisher.publish(this.channel(canvasId), payload).catch((error: Error) => {
      this.options.logger.warn({ err: error.message, canvasId }, 'redis publish failed');
    });
  }

  onResync(listener: () => void): void {
    this.resyncListeners.add(listener);
  }

  async close(): Promise<void> {
    this.closed = true;
    this.handlers.clear();
    await Promise.allSettled([this.subscriber.quit(), this.publisher.quit()]);
  }

  private channel(canvasId: string): string {
    return `${this.options.channelPrefix}${canvasId}`;
  }

  private onMessage(channel: Buffer, payload: Buffer): void {
    const handler = this.handlers.get(channel.toString());
    if (!handler) return;
    try {
      const { from, message } = decodeBusMessage(payload);
      if (from !== this.instanceId) handler(from, message);
    } catch (error) {
      this.options.logger.warn({ err: (error as Error).message }, 'bad redis message');
    }
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
