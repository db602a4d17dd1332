import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_SECRETS } from '@tessera/testing';
import { createExportLinks } from '../../subgraphs/canvases/src/services/exports/export-links.ts';
import { signUp, type SignedUpUser } from '../support/accounts.ts';
import { demoSourceId } from '../support/queries.ts';
import { startStack, type GraphQLResult, type Stack } from '../support/stack.ts';

// exportCanvas (T4) through the real gateway: the worker renders the latest publication in headless
// Chromium from the web app's /embed page, stores the file in PostgreSQL, and the link downloads it.
let stack: Stack;
let owner: SignedUpUser;
let viewer: SignedUpUser;
let outsider: SignedUpUser;
let canvasId: string;

const EXPORT = 'mutation($i: ExportCanvasInput!) { exportCanvas(input: $i) { url expiresAt } }';
// The cards a viewer sees (the SQL block feeding them is not one of them: its code is not published).
const TITLES = ['Customer count', 'Regions chart', 'Customers table'];
const CANVAS_NAME = 'Quarterly customers';

function data<T>(result: GraphQLResult<T>): T {
  if (!result.data || result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data;
}

async function pdfText(bytes: Buffer): Promise<string> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false }).promise;
  const parts: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    parts.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  return parts.join('\n');
}

/** The first page's size in points, rounded (Chromium's A4 is 595.92 × 842.88; Letter 612 × 792). */
async function pageSize(bytes: Buffer): Promise<{ width: number; height: number }> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false }).promise;
  const [x0, y0, x1, y1] = (await pdf.getPage(1)).view as [number, number, number, number];
  return { width: Math.round(x1 - x0), height: Math.round(y1 - y0) };
}

/** The gateway's path for a link made with PUBLIC_URL (the stack's gateway listens elsewhere). */
const onGateway = (url: string) => new URL(new URL(url).pathname, stack.gatewayUrl).toString();

async function exportAs(token: string, format: 'PDF' | 'PNG', id = canvasId, paper?: 'A4' | 'LETTER') {
  return stack.gql<{ exportCanvas: { url: string; expiresAt: string } }>(
    EXPORT,
    { i: { canvasId: id, format, ...(paper ? { paper } : {}) } },
    token,
  );
}

beforeAll(async () => {
  // The worker renders the web app's report page; CI runs this suite before its browser build.
  const web = fileURLToPath(new URL('../../web', import.meta.url));
  if (!existsSync(`${web}/dist/index.html`))
    execFileSync('npm', ['run', 'build', '-w', '@tessera/web'], { cwd: `${web}/..`, stdio: 'ignore' });
  stack = await startStack({}, { worker: true });
  owner = await signUp(stack, 'exporter');
  outsider = await signUp(stack, 'export-outsider');
  const sourceId = await demoSourceId(stack, owner);
  const gql = <T>(query: string, variables: Record<string, unknown>) =>
    stack.gql<T>(query, variables, owner.accessToken);
  canvasId = data(
    await gql<{ createCanvas: { id: string } }>(
      'mutation($i: CreateCanvasInput!) { createCanvas(input: $i) { id } }',
      {
        i: { projectId: owner.projectId, name: CANVAS_NAME },
      },
    ),
  ).createCanvas.id;
  const add = async (type: string, content: Record<string, unknown>, y: number, w = 6) =>
    data(
      await gql<{ addBlock: { id: string } }>('mutation($i: AddBlockInput!) { addBlock(input: $i) { id } }', {
        i: { canvasId, type, position: { x: 0, y, w, h: 4 }, content },
      }),
    ).addBlock.id;
  const sql = await add(
    'SQL',
    {
      title: 'Customers by region',
      dataSourceId: sourceId,
      sql: 'SELECT region, COUNT(*) AS customers FROM customers GROUP BY region ORDER BY region',
    },
    0,
  );
  await add('METRIC', { title: TITLES[0], sourceBlockId: sql, field: 'customers', aggregate: 'sum' }, 4, 4);
  await add(
    'CHART',
    { title: TITLES[1], sourceBlockId: sql, chartType: 'bar', encodings: { x: 'region', y: 'customers' } },
    8,
  );
  await add('TABLE', { title: TITLES[2], sourceBlockId: sql }, 12);
  await add('TEXT', { markdown: 'Exported for the **board**' }, 16);
  // A filter whose default applies (the SQL does not read it): the printed header states it.
  await add(
    'FILTER',
    { parameter: 'region', kind: 'select', label: 'Sales region', options: ['Europe'], default: 'Europe' },
    20,
  );
  data(
    await gql('mutation($i: PublishCanvasInput!) { publishCanvas(input: $i) { version } }', {
      i: { canvasId },
    }),
  );
  viewer = await signUp(stack, 'export-viewer');
  data(
    await gql('mutation($i: InviteMemberInput!) { inviteMember(input: $i) { role } }', {
      i: { organizationId: owner.organizationId, email: viewer.email, role: 'VIEWER' },
    }),
  );
}, 300_000);
afterAll(() => stack?.stop());

describe('exportCanvas', () => {
  let pdfUrl: string;

  it('renders the latest publication as a PDF whose text carries the canvas name and every block title', async () => {
    const started = Date.now();
    const result = data(await exportAs(owner.accessToken, 'PDF')).exportCanvas;
    expect(result.url).toMatch(/^http:\/\/localhost:4000\/exports\/[\w-]+\.[\w-]+$/);
    const ttl = new Date(result.expiresAt).getTime() - started;
    expect(ttl).toBeGreaterThan(55 * 60_000);
    expect(ttl).toBeLessThanOrEqual(61 * 60_000);
    pdfUrl = result.url;
    const response = await fetch(onGateway(result.url));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toMatch(
      /attachment; filename="quarterly-customers-\d{4}-\d{2}-\d{2}\.pdf"/,
    );
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = await pdfText(bytes);
    expect(text).toContain(CANVAS_NAME);
    for (const title of TITLES) expect(text).toContain(title);
    expect(text).toContain('board');
    // every block rendered: no run still pending, the demo data's regions are in the table
    expect(text).toContain('Europe');
    // the print mode's header: when it was rendered, which publication, the filters applied
    expect(text).toMatch(/Rendered\s+\d{1,2} \w{3} \d{4}, \d{2}:\d{2}/);
    expect(text).toMatch(/Publication\s+Version 1, published/);
    expect(text).toMatch(/Filters\s+Sales region:\s+Europe/);
    // no app chrome and no interactive controls on paper
    expect(text).not.toContain('Made with Tessera');
    expect(text).not.toContain('Reset filters');
    expect(await pageSize(bytes)).toEqual({ width: 596, height: 843 }); // A4 by default (595.92 × 842.88 pt)
  }, 120_000);

  it('prints on US Letter when the input asks for it, with every block', async () => {
    const result = data(await exportAs(owner.accessToken, 'PDF', canvasId, 'LETTER')).exportCanvas;
    const bytes = Buffer.from(await (await fetch(onGateway(result.url))).arrayBuffer());
    expect(await pageSize(bytes)).toEqual({ width: 612, height: 792 });
    const text = await pdfText(bytes);
    for (const title of TITLES) expect(text).toContain(title);
  }, 120_000);

  it('renders a PNG for a member with the VIEWER role', async () => {
    const result = data(await exportAs(viewer.accessToken, 'PNG')).exportCanvas;
    const response = await fetch(onGateway(result.url));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/png');
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    const width = bytes.readUInt32BE(16);
    const height = bytes.readUInt32BE(20);
    expect(width).toBe(2560); // 1280 px at 2x
    expect(height).toBeGreaterThan(900); // the full page, not the viewport
  }, 120_000);

  it('refuses a paper size it does not know (BAD_USER_INPUT from the schema)', async () => {
    const result = await stack.gql(
      EXPORT,
      { i: { canvasId, format: 'PDF', paper: 'A3' } },
      owner.accessToken,
    );
    expect(result.data).toBeFalsy();
    expect(result.errors?.[0]?.extensions?.code).toMatch(/BAD_USER_INPUT|GRAPHQL_VALIDATION_FAILED/);
  });

  it('refuses a canvas that was never published, with a typed reason', async () => {
    const draft = data(
      await stack.gql<{ createCanvas: { id: string } }>(
        'mutation($i: CreateCanvasInput!) { createCanvas(input: $i) { id } }',
        { i: { projectId: owner.projectId, name: 'Draft only' } },
        owner.accessToken,
      ),
    ).createCanvas.id;
    const result = await exportAs(owner.accessToken, 'PDF', draft);
    expect(result.data).toBeNull();
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'NOT_PUBLISHED' });
    expect(result.errors?.[0]?.message).toMatch(/not been published/);
  });

  it("leaves none of the renderer's share links in the canvas's list", async () => {
    const { canvas } = data(
      await stack.gql<{ canvas: { shareLinks: { id: string }[] } }>(
        'query($id: ID!) { canvas(id: $id) { shareLinks(includeRevoked: true) { id } } }',
        { id: canvasId },
        owner.accessToken,
      ),
    );
    expect(canvas.shareLinks).toEqual([]);
  });

  it("is NOT_FOUND for another organization's member", async () => {
    const result = await exportAs(outsider.accessToken, 'PDF');
    expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(result.errors?.[0]?.message).toBe('Canvas not found');
  });

  it('answers 404 to a tampered link and 410 to an expired one', async () => {
    const token = new URL(pdfUrl).pathname.split('/').at(-1)!;
    const [body, signature] = token.split('.') as [string, string];
    const flipped = `${body}.${signature.startsWith('A') ? 'B' : 'A'}${signature.slice(1)}`;
    expect((await fetch(onGateway(`http://x/exports/${flipped}`))).status).toBe(404);
    const payload = JSON.parse(Buffer.from(body, 'base64url').toString()) as { f: string; exp: number };
    const longer = Buffer.from(JSON.stringify({ ...payload, exp: payload.exp + 3600 })).toString('base64url');
    expect((await fetch(onGateway(`http://x/exports/${longer}.${signature}`))).status).toBe(404);
    expect((await fetch(onGateway('http://x/exports/not-a-token'))).status).toBe(404);
    // A link signed with the right key whose time is up: gone, not unknown.
    const expired = createExportLinks(TEST_SECRETS.INTERNAL_SECRET, 'http://x').url(
      payload.f,
      new Date(Date.now() - 1_000),
    );
    const gone = await fetch(onGateway(expired));
    expect(gone.status).toBe(410);
    expect(await gone.json()).toMatchObject({ error: { code: 'GONE' } });
    // the original still works and the gateway never served the web app for /exports
    expect((await fetch(onGateway(pdfUrl))).status).toBe(200);
  });
});
