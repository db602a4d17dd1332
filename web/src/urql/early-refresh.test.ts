// The session refresh index.html starts before the app loads: it follows session.ts's rotation rules
// (under the cross-tab lock, newest token read, rotated token stored before the lock is released),
// and the app adopts its answer instead of sending a second refresh.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { earlyRefreshScript, REFRESH_KEY, REFRESH_LOCK } from './early-refresh';

function browser(storedToken: string | null, answer: () => unknown) {
  const store = new Map<string, string>(storedToken ? [[REFRESH_KEY, storedToken]] : []);
  const events: string[] = [];
  const sent: { refreshToken: string; operationName: string }[] = [];
  vi.stubGlobal('localStorage', {
    getItem: (k: string) => store.get(k) ?? null,
    setItem: (k: string, v: string) => {
      events.push(`store ${v}`);
      store.set(k, v);
    },
    removeItem: (k: string) => store.delete(k),
  });
  vi.stubGlobal('navigator', {
    locks: {
      async request(name: string, fn: () => unknown) {
        events.push(`lock ${name}`);
        const result = await fn();
        events.push(`unlock ${name}`);
        return result;
      },
    },
  });
  const fetch = vi.fn(async (_url: string, init: { body: string }) => {
    const body = JSON.parse(init.body) as { variables: { refreshToken: string }; operationName: string };
    sent.push({ refreshToken: body.variables.refreshToken, operationName: body.operationName });
    return { json: async () => answer() };
  });
  vi.stubGlobal('fetch', fetch);
  vi.stubGlobal('window', globalThis);
  return { store, events, sent, fetch };
}

const payload = (refreshToken: string) => ({
  data: {
    refreshSession: {
      accessToken: 'access-2',
      refreshToken,
      accessTokenExpiresAt: new Date(Date.now() + 15 * 60_000).toISOString(),
      user: { id: 'user-1', name: 'Ada', email: 'ada@example.com' },
    },
  },
});

const runInlineScript = () => new Function(earlyRefreshScript())();

describe('early session refresh', () => {
  beforeEach(() => vi.resetModules());
  afterEach(() => vi.unstubAllGlobals());

  it('rotates the stored token under the refresh lock, and the app adopts the answer without a second refresh', async () => {
    const page = browser('refresh-1', () => payload('refresh-2'));
    runInlineScript();
    const { session } = await import('./session');
    expect(session.get().status).toBe('restoring');
    await expect(session.refresh()).resolves.toBe('access-2');
    expect(page.sent).toEqual([{ refreshToken: 'refresh-1', operationName: 'RefreshSession' }]);
    expect(page.events).toEqual([`lock ${REFRESH_LOCK}`, 'store refresh-2', `unlock ${REFRESH_LOCK}`]);
    expect(session.get()).toMatchObject({ status: 'signed-in', accessToken: 'access-2', userId: 'user-1' });
    session.clear();
  });

  it('never writes back a token another tab has rotated since', async () => {
    const page = browser('refresh-1', () => payload('refresh-2'));
    runInlineScript();
    const { session } = await import('./session');
    // Another tab took the lock after the early refresh and rotated refresh-2 to refresh-3.
    await Promise.resolve();
    await new Promise((r) => setTimeout(r, 0));
    page.store.set(REFRESH_KEY, 'refresh-3');
    await session.refresh();
    expect(page.store.get(REFRESH_KEY)).toBe('refresh-3');
    session.clear();
  });

  it('a refused token ends the session', async () => {
    const page = browser('revoked', () => ({ errors: [{ extensions: { code: 'UNAUTHENTICATED' } }] }));
    runInlineScript();
    const { session } = await import('./session');
    await expect(session.refresh()).resolves.toBeNull();
    expect(session.get().status).toBe('signed-out');
    expect(page.store.has(REFRESH_KEY)).toBe(false);
    expect(page.fetch).toHaveBeenCalledTimes(1);
  });

  it('starts nothing without a stored token', async () => {
    const page = browser(null, () => payload('x'));
    runInlineScript();
    const { session } = await import('./session');
    expect(session.get().status).toBe('signed-out');
    expect(page.fetch).not.toHaveBeenCalled();
  });
});
