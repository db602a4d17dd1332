import { describe, expect, it } from 'vitest';
import { closeReason, matchCanvasPath } from './upgrade.ts';

describe('matchCanvasPath [A1][A3]', () => {
  it('takes the canvas id from <prefix>/<id>, ignoring the query string', () => {
    expect(matchCanvasPath('/collab/abc-123_x', '/collab')).toEqual({ canvasId: 'abc-123_x' });
    expect(matchCanvasPath('/collab/abc?foo=bar', '/collab')).toEqual({ canvasId: 'abc' });
  });

  it('marks malformed ids invalid (4404) and leaves other paths to the host server', () => {
    expect(matchCanvasPath('/collab/a%2Fb', '/collab')).toBe('invalid');
    expect(matchCanvasPath('/collab/', '/collab')).toBe('invalid');
    expect(matchCanvasPath('/collab/a/b', '/collab')).toBe('invalid');
    expect(matchCanvasPath('/graphql', '/collab')).toBeNull();
    expect(matchCanvasPath('/collaborate/x', '/collab')).toBeNull();
  });

  it('keeps close reasons within the 123 bytes a close frame allows', () => {
    expect(Buffer.byteLength(closeReason('é'.repeat(200)))).toBeLessThanOrEqual(123);
    expect(closeReason('short')).toBe('short');
  });
});
