// index.html's early canvas header: asked for only on /canvas/<id>, only with the access token the
// early refresh got, with the trusted-document hash; taken once, for that canvas only.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { earlyHeaderScript, takeEarlyHeader } from './early-header';

const REFRESH = '__testEarlyRefresh';

function page(pathname: string, refreshAnswer: unknown) {
  const sent: { headers: Record<string, string>; body: Record<string, unknown> }[] = [];
  vi.stubGlobal('window', globalThis);
  vi.stubGlobal('location', { pathname });
  vi.stubGlobal(REFRESH, Promise.resolve(refreshAnswer));
  vi.stubGlobal(
    'fetch',
    vi.fn(async (_url: string, init: { headers: Record<string, string>; body: string }) => {
      sent.push({ headers: init.headers, body: JSON.parse(init.body) as Record<string, unknown> });
      return { json: async () => ({ data: { canvas: { id: 'canvas-1', blocks: [] } } }) };
    }),
  );
  new Function(earlyHeaderScript(REFRESH))();
  return sent;
}

const signedIn = { data: { refreshSession: { accessToken: 'access-1' } } };

describe('early canvas header', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('asks for the canvas of the address with the refreshed access token, and hands it over once', async () => {
    const sent = page('/canvas/canvas-1', signedIn);
    const header = takeEarlyHeader('canvas-1');
    expect(await header).toMatchObject({ canvas: { id: 'canvas-1' } });
    expect(takeEarlyHeader('canvas-1')).toBeNull();
    expect(sent).toHaveLength(1);
    expect(sent[0]!.headers.authorization).toBe('Bearer access-1');
    expect(sent[0]!.body).toMatchObject({
      operationName: 'CanvasHeader',
      variables: { id: 'canvas-1' },
      extensions: { persistedQuery: { version: 1, sha256Hash: expect.any(String) } },
    });
  });

  it('asks for nothing without a session, or away from a canvas; hands over only the canvas of the address', async () => {
    const refused = page('/canvas/canvas-1', { errors: [{ extensions: { code: 'UNAUTHENTICATED' } }] });
    expect(await takeEarlyHeader('canvas-1')).toBeNull();
    expect(refused).toHaveLength(0);
    const elsewhere = page('/p/project-1', signedIn);
    expect(takeEarlyHeader('canvas-1')).toBeNull();
    expect(elsewhere).toHaveLength(0);
    page('/canvas/canvas-2', signedIn);
    expect(takeEarlyHeader('canvas-1')).toBeNull();
  });
});
