// The session: access token in memory only, the rotating refresh token in localStorage.
// `refresh()` is single-flight inside a tab and serialized across tabs (Web Locks), and always
// reads the newest refresh token first, so a rotated-away token is never reused (reuse revokes
// the session server-side).
import { stringifyDocument } from '@urql/core';
import { useSyncExternalStore } from 'react';
import { getFragmentData, type FragmentType } from '../gql';
import { REFRESH_KEY, REFRESH_LOCK, takeEarlyRefresh, type RefreshAnswer } from './early-refresh';
import { RefreshSessionDocument, SessionFieldsFragment } from './session-operations';

/** Refresh this long before the access token expires. */
const EARLY_MS = 60_000;

export type SessionStatus = 'restoring' | 'signed-in' | 'signed-out';

interface State {
  status: SessionStatus;
  accessToken: string | null;
  expiresAt: number;
  userId: string | null;
}

let state: State = {
  status: readRefreshToken() ? 'restoring' : 'signed-out',
  accessToken: null,
  expiresAt: 0,
  userId: null,
};
const listeners = new Set<() => void>();
let inflight: Promise<string | null> | null = null;
let timer: ReturnType<typeof setTimeout> | undefined;

function set(next: Partial<State>): void {
  state = { ...state, ...next };
  listeners.forEach((l) => l());
}

function readRefreshToken(): string | null {
  try {
    return localStorage.getItem(REFRESH_KEY);
  } catch {
    return null;
  }
}

function writeRefreshToken(token: string | null): void {
  try {
    if (token) localStorage.setItem(REFRESH_KEY, token);
    else localStorage.removeItem(REFRESH_KEY);
  } catch {
    // storage unavailable: the session lasts for this page only
  }
}

export const session = {
  get: () => state,
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  accessToken: () => state.accessToken,
  /** True when the access token is missing or expires within `marginMs`. */
  needsRefresh(marginMs = 10_000): boolean {
    if (!readRefreshToken()) return false;
    return !state.accessToken || Date.now() > state.expiresAt - marginMs;
  },

  /**
   * Stores a fresh AuthPayload (logIn, signUp, refreshSession); `tokenStored`: its refresh token is
   * already in storage (written under the refresh lock: writing it again could put back a token
   * another tab has rotated since).
   */
  accept(payload: FragmentType<typeof SessionFieldsFragment>, tokenStored = false): void {
    const fields = getFragmentData(SessionFieldsFragment, payload);
    if (!tokenStored) writeRefreshToken(fields.refreshToken);
    const expiresAt = Date.parse(fields.accessTokenExpiresAt) || Date.now() + 14 * 60_000;
    set({ status: 'signed-in', accessToken: fields.accessToken, expiresAt, userId: fields.user.id });
    clearTimeout(timer);
    timer = setTimeout(() => void session.refresh(), Math.max(5_000, expiresAt - Date.now() - EARLY_MS));
  },

  clear(): void {
    clearTimeout(timer);
    writeRefreshToken(null);
    set({ status: 'signed-out', accessToken: null, expiresAt: 0, userId: null });
  },

  /** A valid access token, refreshing first when needed; null when signed out. */
  async validToken(): Promise<string | null> {
    if (session.needsRefresh()) return session.refresh();
    return state.accessToken;
  },

  /** Exchanges the refresh token for a new pair. Single-flight; null (and signed out) when it fails. */
  refresh(): Promise<string | null> {
    inflight ??= (() => {
      const early = takeEarlyRefresh();
      return early ? adoptEarlyRefresh(early) : withLock(runRefresh);
    })().finally(() => {
      inflight = null;
    });
    return inflight;
  },
};

async function withLock<T>(fn: () => Promise<T>): Promise<T> {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  if (!locks) return fn();
  return locks.request(REFRESH_LOCK, fn) as Promise<T>;
}

/** The refresh index.html started (early-refresh.ts), in place of one of our own. */
async function adoptEarlyRefresh(early: Promise<RefreshAnswer | null>): Promise<string | null> {
  try {
    const body = await early;
    if (!body) {
      session.clear();
      return null;
    }
    return settleRefresh(body, true);
  } catch {
    return refreshUnreachable();
  }
}

async function runRefresh(): Promise<string | null> {
  const refreshToken = readRefreshToken();
  if (!refreshToken) {
    session.clear();
    return null;
  }
  try {
    const response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: stringifyDocument(RefreshSessionDocument),
        variables: { refreshToken },
        operationName: 'RefreshSession',
      }),
    });
    return settleRefresh((await response.json()) as RefreshAnswer, false);
  } catch {
    return refreshUnreachable();
  }
}

function settleRefresh(body: RefreshAnswer, tokenStored: boolean): string | null {
  if (body.data?.refreshSession) {
    session.accept(body.data.refreshSession, tokenStored);
    return state.accessToken;
  }
  const code = body.errors?.[0]?.extensions?.code;
  // A refused refresh token ends the session; anything else (gateway down) keeps it for a retry.
  if (code === 'UNAUTHENTICATED' || code === 'FORBIDDEN' || code === 'BAD_USER_INPUT') session.clear();
  else if (state.status === 'restoring') set({ status: 'signed-out' });
  return null;
}

function refreshUnreachable(): null {
  if (state.status === 'restoring') set({ status: 'signed-out' });
  return null;
}

export function useSession(): State {
  return useSyncExternalStore(session.subscribe, session.get);
}
