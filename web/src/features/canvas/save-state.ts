// What the canvas shows about saving, from the collab server's status messages
// (collab-server SPEC [S12][S13][L5][L6]). Pure, so it is unit-tested without a browser.
import type { CollabStatusMessage } from '@tessera/canvas-model/collab';

export interface SaveState {
  /** Storing keeps failing on the server: show "not saved" and stop editing until it recovers. */
  notSaving: boolean;
  /** The server's explanation while not saving. */
  message: string | null;
  /** The last change of ours the server refused and undid (too large), until dismissed. */
  refused: string | null;
}

export const INITIAL_SAVE_STATE: SaveState = { notSaving: false, message: null, refused: null };

export function nextSaveState(state: SaveState, status: CollabStatusMessage): SaveState {
  switch (status.type) {
    case 'save-failing':
      return { ...state, notSaving: true, message: status.message };
    case 'save-ok':
      return { ...state, notSaving: false, message: null };
    case 'update-refused':
      return {
        ...state,
        refused:
          status.reason === 'document-limit'
            ? 'Your last change was not saved: the canvas would become too large. It was undone; remove content first.'
            : `Your last change was not saved: a block ${status.field ? `(${status.field.replace(/^content\./, '')}) ` : ''}became too large. It was undone.`,
      };
  }
}

/** A new connection starts clean: the server repeats "not saving" right after it syncs when it still is. */
export function saveStateOnReconnect(state: SaveState): SaveState {
  return { ...state, notSaving: false, message: null };
}

export const NOT_SAVING_TEXT =
  'Not saved — changes cannot be saved right now. Editing is paused until saving works again; nothing saved so far is lost.';
