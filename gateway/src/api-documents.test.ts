import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_GUIDE_PATH, API_SCHEMA_PATH, apiDocumentsRoute } from './api-documents.ts';
import { serveRoutes, type RouteServer } from './testing/serve-routes.ts';

let server: RouteServer;
let withoutGuide: RouteServer;

beforeAll(async () => {
  server = await serveRoutes([await apiDocumentsRoute()]);
  withoutGuide = await serveRoutes([
    await apiDocumentsRoute({ guidePath: path.join(path.dirname(API_GUIDE_PATH), 'missing.md') }),
  ]);
});
afterAll(async () => {
  await server.close();
  await withoutGuide.close();
});

describe('public API documents', () => {
  it('GET /schema.graphql is schema/api.graphql as text', async () => {
    const response = await fetch(server.url('/schema.graphql'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    const text = await response.text();
    expect(text).toBe(await readFile(API_SCHEMA_PATH, 'utf8'));
    expect(text).toContain('type Query');
    expect(text).not.toContain('join__'); // the client-facing schema, not the supergraph
  });

  it('GET /docs/api.md is the partner guide', async () => {
    const response = await fetch(server.url('/docs/api.md'));
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(await readFile(API_GUIDE_PATH, 'utf8'));
  });

  it('other paths and a guide missing from the image fall through (404)', async () => {
    expect((await fetch(server.url('/schema.json'))).status).toBe(404);
    expect((await fetch(server.url('/docs/other.md'))).status).toBe(404);
    expect((await fetch(withoutGuide.url('/docs/api.md'))).status).toBe(404);
    expect((await fetch(server.url('/schema.graphql'), { method: 'POST' })).status).toBe(404);
  });
});
