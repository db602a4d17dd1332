import { describe, expect, it } from 'vitest';
import { INITIAL_SAVE_STATE, nextSaveState, saveStateOnReconnect } from './save-state';

describe('save state from collab status messages (collab-server SPEC [S12][S13][L5][L6])', () => {
  it('[S12][S13] "not saving" until the server says saving works again or the connection is new', () => {
    const failing = nextSaveState(INITIAL_SAVE_STATE, {
      type: 'save-failing',
      readOnly: true,
      message: 'cannot save',
    });
    expect(failing).toEqual({ notSaving: true, message: 'cannot save', refused: null });
    expect(nextSaveState(failing, { type: 'save-ok', readOnly: false })).toEqual(INITIAL_SAVE_STATE);
    expect(saveStateOnReconnect(failing).notSaving).toBe(false);
  });

  it('[L5][L6] a refused change is explained, naming the field or the canvas size', () => {
    const block = nextSaveState(INITIAL_SAVE_STATE, {
      type: 'update-refused',
      reason: 'block-limit',
      blockId: 'b',
      field: 'content.markdown',
      message: 'm',
    });
    expect(block.refused).toContain('(markdown)');
    expect(block.notSaving).toBe(false);
    const doc = nextSaveState(INITIAL_SAVE_STATE, {
      type: 'update-refused',
      reason: 'document-limit',
      message: 'm',
    });
    expect(doc.refused).toContain('too large');
  });
});
