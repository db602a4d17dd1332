import { randomUUID } from 'node:crypto';
import type { Logger } from '@tessera/logger';
import WebSocket from 'ws';
import type { AccessLevel, CollabUser } from '../auth.ts';
import { CloseCode } from '@tessera/canvas-model/collab';
import type { PresenceSource } from './presence.ts';

const COLORS = [
  '#e6194b',
  '#3cb44b',
  '#4363d8',
  '#f58231',
  '#911eb4',
  '#42d4f4',
  '#f032e6',
  '#469990',
  '#9a6324',
  '#800000',
  '#808000',
  '#000075',
];

/** A stable color per user, so every client shows the same one [P2]. */
export function colorFor(userId: string): string {
  let hash = 0;
  for (let i = 0; i < userId.length; i++) hash = (hash * 31 + userId.charCodeAt(i)) | 0;
  return COLORS[Math.abs(hash) % COLORS.length]!;
}

/** One client socket on one canvas. */
export class Connection implements PresenceSource {
  readonly key = randomUUID();
  readonly owned = new Set<number>();
  readonly stamp: Record<string, unknown>;
  readonly readOnly: boolean;
  /** Anything sent since the last heartbeat tick [L3]. */
  sentSinceHeartbeat = false;
  awaitingPong = false;
  droppedWrites = 0;
  /** When the access of this connection was last confirmed by `authorize` (epoch ms) [A7]. */
  authorizedAt: number;
  /** When the next re-authorization is due (epoch ms); null until the re-authorizer schedules it [A7]. */
  reauthorizeAt: number | null = null;
  /** A re-authorization is in flight: never more than one per connection [A7]. */
  reauthorizing = false;
  /** Private field: never serialized, so a logged connection cannot leak the token [A1]. */
  readonly #grant: { token: string; canvasId: string };
  private closed = false;

  constructor(
    readonly ws: WebSocket,
    readonly user: CollabUser,
    readonly access: AccessLevel,
    readonly logger: Logger,
    private readonly maxBufferedBytes: number,
    grant: { token: string; canvasId: string; authorizedAt: number },
  ) {
    this.#grant = { token: grant.token, canvasId: grant.canvasId };
    this.authorizedAt = grant.authorizedAt;
    this.readOnly = access === 'read-only';
    this.stamp = { id: user.id, name: user.name, color: colorFor(user.id), readOnly: this.readOnly };
    ws.on('pong', () => {
      this.awaitingPong = false;
    });
  }

  get userId(): string {
    return this.user.id;
  }

  /** The request this connection was authorized with, to ask `authorize` again [A7]. */
  authorizeRequest(): { token: string; canvasId: string } {
    return { ...this.#grant };
  }

  get isOpen(): boolean {
    return !this.closed && this.ws.readyState === WebSocket.OPEN;
  }

  send(message: Uint8Array): void {
    if (this.closed || this.ws.readyState !== WebSocket.OPEN) return;
    if (this.ws.bufferedAmount > this.maxBufferedBytes) {
      this.logger.warn({ bufferedAmount: this.ws.bufferedAmount }, 'client too slow, closing');
      this.close(CloseCode.TryAgainLater, 'Too slow');
      return;
    }
    this.sentSinceHeartbeat = true;
    this.ws.send(message, { binary: true });
  }

  close(code: number, reason: string): void {
    if (this.closed) return;
    this.closed = true;
    try {
      this.ws.close(code, reason);
    } catch {
      this.ws.terminate();
    }
  }

  terminate(): void {
    this.closed = true;
    this.ws.terminate();
  }
}
