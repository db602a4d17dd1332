import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp, type SignedUpUser } from '../support/accounts.ts';
import { errorCode, startStack, type Stack } from '../support/stack.ts';

let stack: Stack;
let owner: SignedUpUser;
beforeAll(async () => {
  stack = await startStack();
  owner = await signUp(stack, 'canvas');
}, 180_000);
afterAll(() => stack.stop());

const CREATE =
  'mutation($i: CreateCanvasInput!) { createCanvas(input: $i) { id name version blocks { id type position { x y w h } content } } }';
const ADD = 'mutation($i: AddBlockInput!) { addBlock(input: $i) { id type content } }';

describe('canvases through the gateway', () => {
  it('create → add each block type → read back with the project and its name from accounts', async () => {
    const sourceId = (
      await stack.gql<{ project: { dataSources: { id: string; kind: string }[] } }>(
        'query($id: ID!) { project(id: $id) { dataSources { id kind } } }',
        { id: owner.projectId },
        owner.accessToken,
      )
    ).data!.project.dataSources.find((s) => s.kind === 'DEMO')!.id;
    const canvas = (
      await stack.gql<{ createCanvas: { id: string } }>(
        CREATE,
        { i: { projectId: owner.projectId, name: 'Weekly' } },
        owner.accessToken,
      )
    ).data!.createCanvas;
    const position = { x: 0, y: 0, w: 6, h: 4 };
    const sql = await stack.gql<{ addBlock: { id: string } }>(
      ADD,
      {
        i: {
          canvasId: canvas.id,
          type: 'SQL',
          position,
          content: { dataSourceId: sourceId, sql: 'SELECT 1 AS one', parameters: {} },
        },
      },
      owner.accessToken,
    );
    expect(sql.errors).toBeUndefined();
    const sqlId = sql.data!.addBlock.id;
    const blocks = [
      {
        type: 'CHART',
        content: { sourceBlockId: sqlId, chartType: 'bar', encodings: { x: 'one', y: ['one'] } },
      },
      { type: 'TABLE', content: { sourceBlockId: sqlId, columns: ['one'] } },
      { type: 'TEXT', content: { markdown: `Total: {{${sqlId}.one}}` } },
      { type: 'METRIC', content: { sourceBlockId: sqlId, field: 'one', format: 'number' } },
      {
        type: 'FILTER',
        content: { parameter: 'region', kind: 'select', default: 'Europe', targets: [sqlId] },
      },
    ];
    for (const block of blocks) {
      const added = await stack.gql(
        ADD,
        { i: { canvasId: canvas.id, position, ...block } },
        owner.accessToken,
      );
      expect(added.errors, block.type).toBeUndefined();
    }
    const read = await stack.gql<{
      canvas: { name: string; project: { name: string }; blocks: { type: string }[] };
    }>(
      'query($id: ID!) { canvas(id: $id) { name project { id name } blocks { id type content } } }',
      { id: canvas.id },
      owner.accessToken,
    );
    expect(read.errors).toBeUndefined();
    expect(read.data!.canvas.blocks.map((b) => b.type).sort()).toEqual([
      'CHART',
      'FILTER',
      'METRIC',
      'SQL',
      'TABLE',
      'TEXT',
    ]);
    expect(read.data!.canvas.project.name).toBe('My first project');
  });

  it('names the field of an invalid block and hides other tenants', async () => {
    const canvas = (
      await stack.gql<{ createCanvas: { id: string } }>(
        CREATE,
        { i: { projectId: owner.projectId, name: 'Bad' } },
        owner.accessToken,
      )
    ).data!.createCanvas;
    const bad = await stack.gql(
      ADD,
      {
        i: {
          canvasId: canvas.id,
          type: 'CHART',
          position: { x: 0, y: 0, w: 2, h: 2 },
          content: { sourceBlockId: 'x', chartType: 'sunburst' },
        },
      },
      owner.accessToken,
    );
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'content.chartType' });
    const outsider = await signUp(stack, 'outsider');
    expect(
      errorCode(
        await stack.gql(
          'query($id: ID!) { canvas(id: $id) { id } }',
          { id: canvas.id },
          outsider.accessToken,
        ),
      ),
    ).toBe('NOT_FOUND');
  });

  it('instantiates the Sales overview template, whose SQL blocks run', async () => {
    const canvas = (
      await stack.gql<{ createCanvas: { id: string; blocks: { id: string; type: string }[] } }>(
        CREATE,
        { i: { projectId: owner.projectId, name: 'Sales', template: 'sales-overview' } },
        owner.accessToken,
      )
    ).data!.createCanvas;
    const sqlBlocks = canvas.blocks.filter((b) => b.type === 'SQL');
    expect(sqlBlocks.length).toBeGreaterThan(0);
    for (const block of sqlBlocks) {
      const run = await stack.gql<{ runCanvasBlock: { status: string; rowCount: number } }>(
        'query($c: ID!, $b: ID!) { runCanvasBlock(canvasId: $c, blockId: $b) }',
        { c: canvas.id, b: block.id },
        owner.accessToken,
      );
      expect(run.errors, JSON.stringify(run.errors)).toBeUndefined();
      expect(run.data!.runCanvasBlock).toMatchObject({ status: 'SUCCEEDED' });
    }
  });

  it('share links: sharedCanvas works without auth; revoked links fail distinctly', async () => {
    const canvas = (
      await stack.gql<{ createCanvas: { id: string } }>(
        CREATE,
        { i: { projectId: owner.projectId, name: 'Shared', template: 'sales-overview' } },
        owner.accessToken,
      )
    ).data!.createCanvas;
    const link = await stack.gql<{ createShareLink: { id: string; token: string; url: string } }>(
      'mutation($i: CreateShareLinkInput!) { createShareLink(input: $i) { id token url expiresAt } }',
      { i: { canvasId: canvas.id, expiresInSeconds: 3600, lockedFilters: { region: 'Europe' } } },
      owner.accessToken,
    );
    const token = link.data!.createShareLink.token;
    expect(link.data!.createShareLink.url).toContain('/embed/');
    const shared = await stack.gql<{ sharedCanvas: { name: string } }>(
      'query($t: String!) { sharedCanvas(token: $t) { id name blocks { id type } } }',
      { t: token },
    );
    expect(shared.data?.sharedCanvas.name).toBe('Shared');
    await stack.gql(
      'mutation($id: ID!) { revokeShareLink(id: $id) }',
      { id: link.data!.createShareLink.id },
      owner.accessToken,
    );
    const revoked = await stack.gql('query($t: String!) { sharedCanvas(token: $t) { id } }', { t: token });
    expect(revoked.errors?.[0]?.extensions?.reason).toBe('SHARE_LINK_REVOKED');
    const tampered = await stack.gql('query($t: String!) { sharedCanvas(token: $t) { id } }', {
      t: `${token.slice(0, -2)}xx`,
    });
    expect(tampered.errors?.[0]?.extensions?.reason).toBe('SHARE_LINK_INVALID');
  });
});
