// @vitest-environment happy-dom
// The early connection (opened from the entry while the page's code loads) and the page: whichever
// comes first, one connection per canvas.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { connectCanvasEarly, takeEarlyConnection, type CanvasConnection } from './collab';

const opened: CanvasConnection[] = [];
// A socket that goes nowhere (port 9 refuses), with a token: what is counted here is connections made.
beforeAll(() =>
  localStorage.setItem('tessera.devCollab', JSON.stringify({ url: 'ws://127.0.0.1:9', token: 't' })),
);
afterAll(() => localStorage.removeItem('tessera.devCollab'));
afterEach(() => opened.splice(0).forEach((c) => c.destroy()));

describe('early canvas connection', () => {
  it('is adopted by the page that mounts after it', () => {
    connectCanvasEarly('canvas-early-first');
    const connection = takeEarlyConnection('canvas-early-first');
    expect(connection).not.toBeNull();
    opened.push(connection!);
    expect(takeEarlyConnection('canvas-early-first')).toBeNull();
  });

  it('is not opened once the page has connected to the canvas itself', () => {
    // The page's code was in before the session was restored: it mounted and connected first.
    expect(takeEarlyConnection('canvas-page-first')).toBeNull();
    connectCanvasEarly('canvas-page-first');
    expect(takeEarlyConnection('canvas-page-first')).toBeNull();
  });
});
