import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

/** What instances exchange about one canvas over Redis [R1][R2]. */
export type BusMessage =
  | { kind: 'update'; update: Uint8Array }
  | { kind: 'presence'; update: Uint8Array }
  | { kind: 'sync-request'; stateVector: Uint8Array; wantsReply: boolean };

const KIND = { update: 0, presence: 1, 'sync-request': 2 } as const;

export function encodeBusMessage(from: string, message: BusMessage): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, KIND[message.kind]);
  encoding.writeVarString(encoder, from);
  if (message.kind === 'sync-request') {
    encoding.writeVarUint8Array(encoder, message.stateVector);
    encoding.writeVarUint(encoder, message.wantsReply ? 1 : 0);
  } else {
    encoding.writeVarUint8Array(encoder, message.update);
  }
  return encoding.toUint8Array(encoder);
}

export function decodeBusMessage(data: Uint8Array): { from: string; message: BusMessage } {
  const decoder = decoding.createDecoder(data);
  const kind = decoding.readVarUint(decoder);
  const from = decoding.readVarString(decoder);
  switch (kind) {
    case KIND.update:
      return { from, message: { kind: 'update', update: decoding.readVarUint8Array(decoder) } };
    case KIND.presence:
      return { from, message: { kind: 'presence', update: decoding.readVarUint8Array(decoder) } };
    case KIND['sync-request']: {
      const stateVector = decoding.readVarUint8Array(decoder);
      return {
        from,
        message: { kind: 'sync-request', stateVector, wantsReply: decoding.readVarUint(decoder) === 1 },
      };
    }
    default:
      throw new Error(`Unknown bus message kind ${kind}`);
  }
}

/** Per-canvas pub/sub between instances; implemented over Redis by RedisBus. */
export interface CanvasBus {
  readonly instanceId: string;
  /** Both directions (subscribe and publish) are connected now. */
  readonly connected: boolean;
  subscribe(canvasId: string, handler: (from: string, message: BusMessage) => void): Promise<void>;
  unsubscribe(canvasId: string): Promise<void>;
  publish(canvasId: string, message: BusMessage): void;
  /** Called after a reconnect, when messages may have been missed. */
  onResync(listener: () => void): void;
  close(): Promise<void>;
}
