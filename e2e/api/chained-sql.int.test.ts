// Chained SQL through the real gateway (issue 21, canvas-model R33–R35): a block reads other SQL
// blocks' results by name, across sources, with filters applied upstream.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp, type SignedUpUser } from '../support/accounts.ts';
import { demoSourceId } from '../support/queries.ts';
import { startStack, type Stack } from '../support/stack.ts';

let stack: Stack;
let owner: SignedUpUser;
let outsider: SignedUpUser;
let demo: string;
let targetsSource: string;
beforeAll(async () => {
  stack = await startStack();
  owner = await signUp(stack, 'chain');
  outsider = await signUp(stack, 'chain-outsider');
  demo = await demoSourceId(stack, owner);
  const created = await stack.gql<{
    createFileUpload: { uploadUrl: string; dataSource: { id: string } };
  }>(
    'mutation($i: CreateFileUploadInput!) { createFileUpload(input: $i) { uploadUrl dataSource { id } } }',
    { i: { projectId: owner.projectId, name: 'Targets', format: 'csv' } },
    owner.accessToken,
  );
  const { uploadUrl, dataSource } = created.data!.createFileUpload;
  const put = await fetch(`${new URL(stack.gatewayUrl).origin}${new URL(uploadUrl).pathname}`, {
    method: 'PUT',
    headers: { 'content-type': 'text/csv' },
    body: 'category,target\nElectronics,100\nBooks,50\nToys,10\n',
  });
  expect(put.status).toBe(200);
  targetsSource = dataSource.id;
}, 180_000);
afterAll(() => stack.stop());

const position = { x: 0, y: 0, w: 6, h: 4 };

async function canvasWith(user: SignedUpUser, blocks: { type: string; content: Record<string, unknown> }[]) {
  const canvas = await stack.gql<{ createCanvas: { id: string } }>(
    'mutation($i: CreateCanvasInput!) { createCanvas(input: $i) { id } }',
    { i: { projectId: user.projectId, name: 'Chain' } },
    user.accessToken,
  );
  expect(canvas.errors).toBeUndefined();
  const canvasId = canvas.data!.createCanvas.id;
  const ids: string[] = [];
  for (const block of blocks) {
    const added = await stack.gql<{ addBlock: { id: string } }>(
      'mutation($i: AddBlockInput!) { addBlock(input: $i) { id } }',
      { i: { canvasId, position, ...block } },
      user.accessToken,
    );
    expect(added.errors, JSON.stringify(block)).toBeUndefined();
    ids.push(added.data!.addBlock.id);
  }
  return { canvasId, ids };
}

async function run(user: SignedUpUser, canvasId: string, blockId: string, filters?: Record<string, unknown>) {
  return stack.gql<{
    runCanvasBlock: {
      status: string;
      columns: { name: string }[];
      rows: unknown[][];
      error: { code: string; message: string } | null;
    };
  }>(
    'query($c: ID!, $b: ID!, $f: JSON) { runCanvasBlock(canvasId: $c, blockId: $b, filters: $f) }',
    { c: canvasId, b: blockId, f: filters ?? null },
    user.accessToken,
  );
}

const sqlBlock = (name: string, dataSourceId: string, sql: string) => ({
  type: 'SQL',
  content: { name, title: name, dataSourceId, sql },
});
const CAT_REV = `SELECT p.category, count(*) AS lines
  FROM order_items oi JOIN products p USING (product_id)
  WHERE p.category <> {{excluded}} GROUP BY 1`;
const JOINED = `SELECT c.category, c.lines > 0 AS sold, t.target
  FROM {{cat_rev}} c JOIN {{targets}} t USING (category) ORDER BY c.category`;

describe('chained SQL across sources', () => {
  it('joins a demo block and an uploaded-file block by name, with filters applied upstream', async () => {
    const { canvasId, ids } = await canvasWith(owner, [
      sqlBlock('cat_rev', demo, CAT_REV),
      sqlBlock('targets', targetsSource, 'SELECT category, target FROM targets'),
      sqlBlock('joined', demo, JOINED),
      {
        type: 'FILTER',
        content: { label: 'Excluded', parameter: 'excluded', kind: 'select', default: 'Toys', options: [] },
      },
    ]);
    const joined = await run(owner, canvasId, ids[2]!);
    expect(joined.errors).toBeUndefined();
    expect(joined.data!.runCanvasBlock).toMatchObject({
      status: 'SUCCEEDED',
      columns: [{ name: 'category' }, { name: 'sold' }, { name: 'target' }],
      rows: [
        ['Books', true, 50],
        ['Electronics', true, 100],
      ],
    });
    // The viewer's filter reaches the upstream block on the demo source.
    const filtered = await run(owner, canvasId, ids[2]!, { excluded: 'Books' });
    expect(filtered.data!.runCanvasBlock.rows).toEqual([
      ['Electronics', true, 100],
      ['Toys', true, 10],
    ]);
    // Renaming an upstream block rewrites the references to it.
    const renamed = await stack.gql(
      'mutation($i: UpdateBlockInput!) { updateBlock(input: $i) { id } }',
      { i: { canvasId, blockId: ids[0], content: { name: 'category_lines' } } },
      owner.accessToken,
    );
    expect(renamed.errors).toBeUndefined();
    const read = await stack.gql<{ canvas: { blocks: { id: string; content: { sql?: string } }[] } }>(
      'query($id: ID!) { canvas(id: $id) { blocks { id content } } }',
      { id: canvasId },
      owner.accessToken,
    );
    expect(read.data!.canvas.blocks.find((b) => b.id === ids[2])!.content.sql).toContain(
      'FROM {{category_lines}} c JOIN {{targets}} t',
    );
    expect((await run(owner, canvasId, ids[2]!)).data!.runCanvasBlock.rows).toHaveLength(2);
    // Another organization cannot run it, and its blocks of the same names are its own.
    const foreign = await run(outsider, canvasId, ids[2]!);
    expect(foreign.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const theirs = await canvasWith(outsider, [
      sqlBlock('reader', await demoSourceId(stack, outsider), 'SELECT * FROM {{cat_rev}}'),
    ]);
    const unresolved = await run(outsider, theirs.canvasId, theirs.ids[0]!);
    // There {{cat_rev}} names no block: it is a parameter nothing gives a value.
    expect(unresolved.data!.runCanvasBlock).toMatchObject({
      status: 'FAILED',
      error: { code: 'MISSING_PARAMETER' },
    });
    expect(JSON.stringify(unresolved)).not.toContain('Electronics');
  }, 120_000);

  it('refuses a cycle naming both blocks, and names a failing upstream block', async () => {
    const { canvasId, ids } = await canvasWith(owner, [
      sqlBlock('loop_a', demo, 'SELECT * FROM {{loop_b}}'),
      sqlBlock('loop_b', demo, 'SELECT * FROM {{loop_a}}'),
      sqlBlock('broken', demo, 'SELECT no_such_column FROM orders'),
      sqlBlock('reads_broken', demo, 'SELECT count(*) FROM {{broken}}'),
    ]);
    const cycle = await run(owner, canvasId, ids[0]!);
    expect(cycle.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const message = cycle.errors![0]!.message;
    expect(message).toMatch(/cycle/i);
    expect(message).toContain('loop_a');
    expect(message).toContain('loop_b');
    const upstream = await run(owner, canvasId, ids[3]!);
    expect(upstream.data!.runCanvasBlock).toMatchObject({
      status: 'FAILED',
      error: { message: expect.stringContaining('Upstream block broken') },
    });
  });

  it('runs a block that reads only other blocks without a data source, and refuses one that reads none', async () => {
    const { canvasId, ids } = await canvasWith(owner, [
      sqlBlock('cat_rev', demo, CAT_REV),
      {
        type: 'SQL',
        content: { name: 'top', title: 'Top', sql: 'SELECT * FROM {{cat_rev}} ORDER BY lines DESC LIMIT 1' },
      },
      {
        type: 'FILTER',
        content: { label: 'Excluded', parameter: 'excluded', kind: 'select', default: 'Toys', options: [] },
      },
    ]);
    const top = await run(owner, canvasId, ids[1]!);
    expect(top.errors).toBeUndefined();
    expect(top.data!.runCanvasBlock).toMatchObject({
      status: 'SUCCEEDED',
      columns: [{ name: 'category' }, { name: 'lines' }],
    });
    expect(top.data!.runCanvasBlock.rows).toHaveLength(1);
    // Both blocks read the demo source: the chain ran as one statement there, a stored query run.
    const stored = await stack.gql<{ queryRun: { status: string; rowCount: number } }>(
      'query($id: ID!) { queryRun(id: $id) { status rowCount } }',
      { id: (top.data!.runCanvasBlock as unknown as { id: string }).id },
      owner.accessToken,
    );
    expect(stored.data?.queryRun).toEqual({ status: 'SUCCEEDED', rowCount: 1 });
    const sourceless = await stack.gql(
      'mutation($i: AddBlockInput!) { addBlock(input: $i) { id } }',
      { i: { canvasId, position, type: 'SQL', content: { name: 'alone', sql: 'SELECT {{excluded}}' } } },
      owner.accessToken,
    );
    expect(sourceless.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'content.dataSourceId',
    });
  });

  it('a published block reads an unpublished upstream: its result only, never its SQL or messages', async () => {
    const SECRET = 'secret_upstream_marker';
    const { canvasId, ids } = await canvasWith(owner, [
      sqlBlock(
        'hidden_up',
        demo,
        `SELECT category, count(*) AS n, '${SECRET}' AS tag_not_read FROM products GROUP BY 1`,
      ),
      {
        type: 'SQL',
        content: {
          name: 'shown',
          title: 'Shown',
          sql: 'SELECT category, n FROM {{hidden_up}} ORDER BY n DESC, category LIMIT 3',
        },
      },
      sqlBlock('failing_up', demo, `SELECT ${SECRET}_column FROM orders`),
      {
        type: 'SQL',
        content: { name: 'reads_failing', title: 'Reads failing', sql: 'SELECT * FROM {{failing_up}}' },
      },
    ]);
    for (const showCode of [false, true]) {
      const published = await stack.gql(
        'mutation($i: PublishCanvasInput!) { publishCanvas(input: $i) { id } }',
        { i: { canvasId, blockIds: [ids[1], ids[3]], showCode } },
        owner.accessToken,
      );
      expect(published.errors).toBeUndefined();
      const link = await stack.gql<{ createShareLink: { token: string } }>(
        'mutation($i: CreateShareLinkInput!) { createShareLink(input: $i) { token } }',
        { i: { canvasId } },
        owner.accessToken,
      );
      const token = link.data!.createShareLink.token;
      const shared = await stack.gql<{
        sharedCanvas: { blocks: { id: string; content: Record<string, unknown> }[] };
      }>('query($t: String!) { sharedCanvas(token: $t) { blocks { id content } } }', { t: token });
      // Only the published blocks; the upstream's SQL is nowhere, even with showCode.
      expect(shared.data!.sharedCanvas.blocks.map((b) => b.id).sort()).toEqual([ids[1], ids[3]].sort());
      expect(JSON.stringify(shared)).not.toContain(SECRET);
      const runShared = (blockId: string) =>
        stack.gql<{
          runSharedBlock: {
            status: string;
            rows: unknown[][];
            error: { code: string; message: string } | null;
          };
        }>('query($t: String!, $b: ID!) { runSharedBlock(token: $t, blockId: $b) }', {
          t: token,
          b: blockId,
        });
      const shown = await runShared(ids[1]!);
      expect(shown.errors).toBeUndefined();
      expect(shown.data!.runSharedBlock.status).toBe('SUCCEEDED');
      expect(shown.data!.runSharedBlock.rows).toHaveLength(3);
      expect(JSON.stringify(shown)).not.toContain(SECRET);
      // The upstream itself cannot be run through the link.
      expect((await runShared(ids[0]!)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      // An upstream failure is reported without the upstream's message (which quotes its SQL).
      const failing = await runShared(ids[3]!);
      expect(failing.data!.runSharedBlock.status).toBe('FAILED');
      expect(JSON.stringify(failing)).not.toContain(SECRET);
      if (showCode)
        expect(failing.data!.runSharedBlock.error!.message).toContain('Upstream block failing_up');
    }
    // The editor (a member) still gets the upstream's message.
    const member = await run(owner, canvasId, ids[3]!);
    expect(member.data!.runCanvasBlock.error!.message).toContain('Upstream block failing_up failed:');
  }, 120_000);
});
