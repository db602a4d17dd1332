import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FRAME_NONE, createEmbedPolicyLookup, embedTokenOf } from './embed-policy.ts';

// The canvases route's HTTP contract (the real route runs in e2e/api/publish.int.test.ts): answers
// per token, the secret checked, every request counted.
const SECRET = 'internal-secret-'.repeat(3);
const answers = new Map<string, { status: number; body: unknown }>();
const asked: string[] = [];
let server: Server;
let canvasesUrl: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    const token = (req.url ?? '').replace('/internal/embed-policy/', '');
    asked.push(token);
    const answer =
      req.headers['x-internal-secret'] === SECRET
        ? (answers.get(token) ?? { status: 404, body: {} })
        : { status: 401, body: {} };
    res.writeHead(answer.status, { 'content-type': 'application/json' }).end(JSON.stringify(answer.body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  canvasesUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));
beforeEach(() => {
  answers.clear();
  asked.length = 0;
});

describe('embed policy lookup', () => {
  it('finds the token of /embed/<token> paths only', () => {
    expect(embedTokenOf('/embed/a.b.c')).toBe('a.b.c');
    expect(embedTokenOf('/embed/')).toBeNull();
    expect(embedTokenOf('/embed/a b')).toBeNull();
    expect(embedTokenOf('/embed/a/b')).toBeNull();
    expect(embedTokenOf('/canvas/a.b.c')).toBeNull();
  });

  it("passes the canvases service's frame-ancestors on, and keeps it for the TTL", async () => {
    let now = 0;
    const lookup = createEmbedPolicyLookup({
      canvasesUrl,
      internalSecret: SECRET,
      ttlMs: 1_000,
      now: () => now,
    });
    answers.set('t.o.k', {
      status: 200,
      body: { header: "frame-ancestors 'self' https://host.example:8443" },
    });
    expect(await lookup.headerFor('t.o.k')).toBe("frame-ancestors 'self' https://host.example:8443");
    answers.set('t.o.k', { status: 200, body: { header: "frame-ancestors 'none'" } });
    now = 999;
    expect(await lookup.headerFor('t.o.k')).toBe("frame-ancestors 'self' https://host.example:8443");
    now = 1_000;
    expect(await lookup.headerFor('t.o.k')).toBe("frame-ancestors 'none'");
    expect(asked).toEqual(['t.o.k', 't.o.k']);
  });

  it('frames nowhere when the answer is missing, refused, odd or unreachable, and asks again next time', async () => {
    const lookup = createEmbedPolicyLookup({ canvasesUrl, internalSecret: SECRET });
    answers.set('odd', { status: 200, body: { header: 'frame-ancestors https://x.example; script-src *' } });
    expect(await lookup.headerFor('odd')).toBe(FRAME_NONE);
    expect(await lookup.headerFor('missing')).toBe(FRAME_NONE);
    expect(await lookup.headerFor('missing')).toBe(FRAME_NONE);
    expect(asked).toEqual(['odd', 'missing', 'missing']);
    expect(await lookup.headerFor('bad token')).toBe(FRAME_NONE);
    expect(asked).toHaveLength(3);

    const wrongSecret = createEmbedPolicyLookup({ canvasesUrl, internalSecret: 'wrong' });
    answers.set('ok', { status: 200, body: { header: "frame-ancestors 'self'" } });
    expect(await wrongSecret.headerFor('ok')).toBe(FRAME_NONE);
    const unreachable = createEmbedPolicyLookup({
      canvasesUrl: 'http://127.0.0.1:1/graphql',
      internalSecret: SECRET,
    });
    expect(await unreachable.headerFor('ok')).toBe(FRAME_NONE);
  });
});
