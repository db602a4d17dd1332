// Cross-filter through the real gateway (issue 21): runCanvasBlock / runSharedBlock take
// `interactions` ({ field, value }); a block whose result has that column is narrowed to the rows
// where it equals the value, over the real queries service's chained-SQL DuckDB; a block without
// the column is left alone; bad input is BAD_USER_INPUT; another organization's canvas NOT_FOUND.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp, type SignedUpUser } from '../support/accounts.ts';
import { demoSourceId } from '../support/queries.ts';
import { startStack, type Stack } from '../support/stack.ts';

let stack: Stack;
let owner: SignedUpUser;
let outsider: SignedUpUser;
let demo: string;
beforeAll(async () => {
  stack = await startStack();
  owner = await signUp(stack, 'xfilter');
  outsider = await signUp(stack, 'xfilter-outsider');
  demo = await demoSourceId(stack, owner);
}, 180_000);
afterAll(() => stack.stop());

interface RunJson {
  status: string;
  columns: { name: string }[];
  rows: unknown[][];
  error: { code: string; message: string } | null;
}

async function canvasWith(blocks: { type: string; content: Record<string, unknown> }[]) {
  const canvas = await stack.gql<{ createCanvas: { id: string } }>(
    'mutation($i: CreateCanvasInput!) { createCanvas(input: $i) { id } }',
    { i: { projectId: owner.projectId, name: 'Cross-filter' } },
    owner.accessToken,
  );
  const canvasId = canvas.data!.createCanvas.id;
  const ids: string[] = [];
  for (const block of blocks) {
    const added = await stack.gql<{ addBlock: { id: string } }>(
      'mutation($i: AddBlockInput!) { addBlock(input: $i) { id } }',
      { i: { canvasId, position: { x: 0, y: 0, w: 6, h: 4 }, ...block } },
      owner.accessToken,
    );
    expect(added.errors, JSON.stringify(added.errors)).toBeUndefined();
    ids.push(added.data!.addBlock.id);
  }
  return { canvasId, ids };
}

const run = (user: SignedUpUser, canvasId: string, blockId: string, interactions: unknown) =>
  stack.gql<{ runCanvasBlock: RunJson }>(
    'query($c: ID!, $b: ID!, $x: JSON) { runCanvasBlock(canvasId: $c, blockId: $b, interactions: $x) }',
    { c: canvasId, b: blockId, x: interactions },
    user.accessToken,
  );

const BY_CATEGORY = 'SELECT category, count(*) AS products FROM products GROUP BY 1 ORDER BY 1';

describe('cross-filter (interactions)', () => {
  it('narrows a block whose result has the field, plain and chained; leaves the others alone', async () => {
    const { canvasId, ids } = await canvasWith([
      {
        type: 'SQL',
        content: { name: 'by_category', title: 'By category', dataSourceId: demo, sql: BY_CATEGORY },
      },
      {
        type: 'SQL',
        content: {
          name: 'doubled',
          title: 'Doubled',
          sql: 'SELECT category, products * 2 AS twice FROM {{by_category}}',
        },
      },
      {
        type: 'SQL',
        content: {
          name: 'months',
          title: 'Months',
          dataSourceId: demo,
          sql: 'SELECT 1 AS month UNION ALL SELECT 2',
        },
      },
    ]);
    const all = await run(owner, canvasId, ids[0]!, null);
    expect(all.errors).toBeUndefined();
    const categories = all.data!.runCanvasBlock.rows.map((r) => String(r[0]));
    expect(categories.length).toBeGreaterThan(2);
    const pick = categories[1]!;
    const filter = [{ field: 'category', value: pick }];

    const plain = (await run(owner, canvasId, ids[0]!, filter)).data!.runCanvasBlock;
    expect(plain.status).toBe('SUCCEEDED');
    expect(plain.rows.map((r) => r[0])).toEqual([pick]);
    const chained = (await run(owner, canvasId, ids[1]!, filter)).data!.runCanvasBlock;
    expect(chained.rows.map((r) => r[0])).toEqual([pick]);
    expect(chained.columns.map((c) => c.name)).toEqual(['category', 'twice']);
    // A block without the column is not narrowed; a number matches its text form.
    expect((await run(owner, canvasId, ids[2]!, filter)).data!.runCanvasBlock.rows).toHaveLength(2);
    const month = (await run(owner, canvasId, ids[2]!, [{ field: 'month', value: 2 }])).data!.runCanvasBlock;
    expect(month.rows).toEqual([[2]]);
    // A value no row has: an empty result, not an error. A quote in the value is a value.
    const none = (await run(owner, canvasId, ids[0]!, [{ field: 'category', value: "x' OR '1'='1" }])).data!
      .runCanvasBlock;
    expect(none).toMatchObject({ status: 'SUCCEEDED', rows: [] });
  }, 120_000);

  it('refuses bad interactions and hides other organizations’ canvases', async () => {
    const { canvasId, ids } = await canvasWith([
      { type: 'SQL', content: { name: 'cats', title: 'Cats', dataSourceId: demo, sql: BY_CATEGORY } },
    ]);
    for (const bad of [
      { field: 'category', value: 'Books' },
      Array.from({ length: 9 }, () => ({ field: 'category', value: 'Books' })),
      [{ field: '', value: 'Books' }],
      [{ field: 'category', value: { nested: true } }],
      [{ field: 'category', value: 'x'.repeat(1001) }],
    ]) {
      const refused = await run(owner, canvasId, ids[0]!, bad);
      expect(refused.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'interactions',
      });
    }
    const outside = await run(outsider, canvasId, ids[0]!, [{ field: 'category', value: 'Books' }]);
    expect(outside.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  }, 120_000);

  it('a share-link viewer cross-filters a published block', async () => {
    const { canvasId, ids } = await canvasWith([
      {
        type: 'SQL',
        content: { name: 'shared_cats', title: 'Shared', dataSourceId: demo, sql: BY_CATEGORY },
      },
    ]);
    const published = await stack.gql(
      'mutation($i: PublishCanvasInput!) { publishCanvas(input: $i) { id } }',
      { i: { canvasId, blockIds: ids } },
      owner.accessToken,
    );
    expect(published.errors).toBeUndefined();
    const link = await stack.gql<{ createShareLink: { token: string } }>(
      'mutation($i: CreateShareLinkInput!) { createShareLink(input: $i) { token } }',
      { i: { canvasId } },
      owner.accessToken,
    );
    const token = link.data!.createShareLink.token;
    const shared = (x: unknown) =>
      stack.gql<{ runSharedBlock: RunJson }>(
        'query($t: String!, $b: ID!, $x: JSON) { runSharedBlock(token: $t, blockId: $b, interactions: $x) }',
        { t: token, b: ids[0], x: x },
      );
    const all = (await shared(null)).data!.runSharedBlock.rows;
    const pick = String(all[0]![0]);
    const narrowed = await shared([{ field: 'category', value: pick }]);
    expect(narrowed.errors).toBeUndefined();
    expect(narrowed.data!.runSharedBlock.rows.map((r) => r[0])).toEqual([pick]);
    expect((await shared('nope')).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  }, 120_000);
});
