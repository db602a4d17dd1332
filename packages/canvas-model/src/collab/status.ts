// The collab server's own y-websocket message type: save state and refused updates [S12][L5][L6].
// Browser-safe (lib0 only). Clients that do not know the type log "Unable to compute message"
// and carry on; the web app registers a handler (`watchCollabStatus` of /client).
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

/** Message type of status messages (y-websocket uses 0–3). Payload: one JSON string. */
export const MESSAGE_STATUS = 100;

export type CollabStatusMessage =
  /** Storing this canvas keeps failing: edits are refused until it works again [S12]. */
  | { type: 'save-failing'; readOnly: true; message: string }
  /** Storing works again: edits are accepted (the server asks for anything it dropped) [S13]. */
  | { type: 'save-ok'; readOnly: false }
  /** An update of this client was reverted for everyone [L5][L6][S12]. */
  | {
      type: 'update-refused';
      reason: 'block-limit' | 'document-limit';
      blockId?: string;
      field?: string;
      message: string;
    };

export function encodeStatusMessage(status: CollabStatusMessage): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_STATUS);
  encoding.writeVarString(encoder, JSON.stringify(status));
  return encoding.toUint8Array(encoder);
}

/** Reads the payload after the message type; null when it is not a status this version knows. */
export function readStatusPayload(decoder: decoding.Decoder): CollabStatusMessage | null {
  try {
    const value = JSON.parse(decoding.readVarString(decoder)) as { type?: unknown };
    return value.type === 'save-failing' || value.type === 'save-ok' || value.type === 'update-refused'
      ? (value as CollabStatusMessage)
      : null;
  } catch {
    return null;
  }
}

/** Decodes a whole status message (type included); null for anything else. */
export function decodeStatusMessage(data: Uint8Array): CollabStatusMessage | null {
  const decoder = decoding.createDecoder(data);
  if (decoding.readVarUint(decoder) !== MESSAGE_STATUS) return null;
  return readStatusPayload(decoder);
}
