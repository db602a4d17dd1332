import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp, type SignedUpUser } from '../support/accounts.ts';
import { demoSourceId, runQuery } from '../support/queries.ts';
import { startStack, type Stack } from '../support/stack.ts';

let stack: Stack;
let owner: SignedUpUser;
let gatewayBase: string;
beforeAll(async () => {
  stack = await startStack();
  owner = await signUp(stack, 'files');
  gatewayBase = new URL(stack.gatewayUrl).origin;
}, 180_000);
afterAll(() => stack.stop());

/** Links are built for the public URL; tests reach the same path on the test gateway. */
const local = (url: string) => `${gatewayBase}${new URL(url).pathname}`;

describe('exports', () => {
  it('stream a run as CSV and Parquet through a signed link, and refuse a forged one', async () => {
    const sourceId = await demoSourceId(stack, owner);
    const run = await runQuery(stack, owner.accessToken, { dataSourceId: sourceId, sql: 'SELECT order_id, status, total_amount FROM orders ORDER BY order_id', maxRows: 10 });
    expect(run.truncated).toBe(true);
    const link = async (format: string) =>
      (await stack.gql<{ exportQueryRun: { url: string } }>('mutation($id: ID!, $f: ExportFormat!) { exportQueryRun(id: $id, format: $f) { url expiresAt } }', { id: run.id, f: format }, owner.accessToken)).data!.exportQueryRun.url;

    const csv = await fetch(local(await link('CSV')));
    expect(csv.status).toBe(200);
    const lines = (await csv.text()).trimEnd().split('\r\n');
    expect(lines[0]).toBe('order_id,status,total_amount');
    expect(lines.length).toBe(100_001); // the export is not limited to the run's 10 rows

    const parquet = await fetch(local(await link('PARQUET')));
    const bytes = Buffer.from(await parquet.arrayBuffer());
    expect(bytes.subarray(0, 4).toString()).toBe('PAR1');

    const url = await link('CSV');
    const forged = url.replace(/\.([^.]+)$/, '.AAAA$1');
    expect((await fetch(local(forged))).status).toBe(404);
  });
});

describe('FILE sources', () => {
  it('import an uploaded CSV and query it like any table', async () => {
    const created = await stack.gql<{ createFileUpload: { uploadUrl: string; dataSource: { id: string; kind: string } } }>(
      'mutation($i: CreateFileUploadInput!) { createFileUpload(input: $i) { uploadUrl expiresAt dataSource { id kind } } }',
      { i: { projectId: owner.projectId, name: 'Store visits', format: 'csv' } },
      owner.accessToken,
    );
    const { uploadUrl, dataSource } = created.data!.createFileUpload;
    expect(dataSource.kind).toBe('FILE');
    const body = 'store,visits\nberlin,10\nparis,32\n';
    const put = await fetch(local(uploadUrl), { method: 'PUT', headers: { 'content-type': 'text/csv' }, body });
    expect(put.status).toBe(200);
    expect(await put.json()).toMatchObject({ table: 'store_visits' });
    const run = await runQuery(stack, owner.accessToken, { dataSourceId: dataSource.id, sql: 'SELECT store, visits FROM store_visits ORDER BY visits DESC' });
    expect(run).toMatchObject({ status: 'SUCCEEDED', rows: [['paris', 32], ['berlin', 10]] });
    const sneaky = await runQuery(stack, owner.accessToken, { dataSourceId: dataSource.id, sql: "SELECT * FROM read_csv_auto('/etc/passwd')" });
    expect(sneaky.status).toBe('FAILED');
  });
});
