import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCanvasDirectory } from './canvas-directory.ts';
import { createMemberDirectory } from './member-directory.ts';

// A stand-in for the canvases and accounts services' internal routes, as documented.
const SECRET = 'internal-secret-for-clients-test-0123456789';
const ORG = '11111111-2222-4333-8444-555555555555';
const CANVAS = '66666666-7777-4888-8999-000000000000';
let server: Server;
let base: string;
let status = 200;
const requests: { url: string; secret: string | undefined }[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    requests.push({ url: req.url ?? '', secret: req.headers['x-internal-secret'] as string | undefined });
    const json = (code: number, body: unknown) =>
      res.writeHead(code, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    if (req.headers['x-internal-secret'] !== SECRET) return json(401, { error: { code: 'UNAUTHENTICATED' } });
    if (status !== 200) return json(status, { error: { code: 'X' } });
    if (req.url === `/internal/canvases/${CANVAS}`)
      return json(200, { id: CANVAS, organizationId: ORG, projectId: 'p', name: 'Sales' });
    if (req.url === `/internal/organizations/${ORG}/members`) {
      return json(200, {
        members: [{ userId: 'u1', name: 'Ann', email: 'ann@example.com', role: 'VIEWER' }],
      });
    }
    json(404, { error: { code: 'NOT_FOUND' } });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('canvas directory', () => {
  it('maps a canvas to its organization with the internal secret, caching the answer', async () => {
    const directory = createCanvasDirectory({ canvasesUrl: base, internalSecret: SECRET });
    const before = requests.length;
    expect(await directory.canvas(CANVAS)).toEqual({
      id: CANVAS,
      organizationId: ORG,
      projectId: 'p',
      name: 'Sales',
    });
    expect(await directory.canvas(CANVAS)).toMatchObject({ organizationId: ORG });
    expect(requests.slice(before)).toEqual([{ url: `/internal/canvases/${CANVAS}`, secret: SECRET }]);
  });

  it('answers null for a missing canvas (and for ids that cannot be one, without asking)', async () => {
    const directory = createCanvasDirectory({ canvasesUrl: base, internalSecret: SECRET });
    expect(await directory.canvas('0aaaaaaa-0000-4000-8000-000000000000')).toBeNull();
    const before = requests.length;
    expect(await directory.canvas('../../internal/x')).toBeNull();
    expect(requests.length).toBe(before);
  });

  it('reports an outage as UNAVAILABLE, never as not found', async () => {
    status = 500;
    try {
      const directory = createCanvasDirectory({ canvasesUrl: base, internalSecret: SECRET });
      await expect(directory.canvas(CANVAS)).rejects.toMatchObject({ code: 'UNAVAILABLE' });
      const wrongSecret = createCanvasDirectory({ canvasesUrl: base, internalSecret: 'x'.repeat(40) });
      status = 200;
      await expect(wrongSecret.canvas(CANVAS)).rejects.toMatchObject({ code: 'UNAVAILABLE' });
    } finally {
      status = 200;
    }
  });
});

describe('member directory', () => {
  it("lists an organization's members from accounts", async () => {
    const directory = createMemberDirectory({ accountsUrl: base, internalSecret: SECRET });
    expect(await directory.members(ORG)).toEqual([
      { userId: 'u1', name: 'Ann', email: 'ann@example.com', role: 'VIEWER' },
    ]);
    expect(await directory.members('99999999-0000-4000-8000-000000000000')).toEqual([]);
  });
});
