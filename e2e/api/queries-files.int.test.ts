import { request as httpRequest } from 'node:http';
import { gzipSync } from 'node:zlib';
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
    const run = await runQuery(stack, owner.accessToken, {
      dataSourceId: sourceId,
      sql: 'SELECT order_id, status, total_amount FROM orders ORDER BY order_id',
      maxRows: 10,
    });
    expect(run.truncated).toBe(true);
    const link = async (format: string) =>
      (
        await stack.gql<{ exportQueryRun: { url: string } }>(
          'mutation($id: ID!, $f: ExportFormat!) { exportQueryRun(id: $id, format: $f) { url expiresAt } }',
          { id: run.id, f: format },
          owner.accessToken,
        )
      ).data!.exportQueryRun.url;

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
    const created = await stack.gql<{
      createFileUpload: { uploadUrl: string; dataSource: { id: string; kind: string } };
    }>(
      'mutation($i: CreateFileUploadInput!) { createFileUpload(input: $i) { uploadUrl expiresAt dataSource { id kind } } }',
      { i: { projectId: owner.projectId, name: 'Store visits', format: 'csv' } },
      owner.accessToken,
    );
    const { uploadUrl, dataSource } = created.data!.createFileUpload;
    expect(dataSource.kind).toBe('FILE');
    const body = 'store,visits\nberlin,10\nparis,32\n';
    const put = await fetch(local(uploadUrl), {
      method: 'PUT',
      headers: { 'content-type': 'text/csv' },
      body,
    });
    expect(put.status).toBe(200);
    expect(await put.json()).toMatchObject({ table: 'store_visits' });
    const run = await runQuery(stack, owner.accessToken, {
      dataSourceId: dataSource.id,
      sql: 'SELECT store, visits FROM store_visits ORDER BY visits DESC',
    });
    expect(run).toMatchObject({
      status: 'SUCCEEDED',
      rows: [
        ['paris', 32],
        ['berlin', 10],
      ],
    });
    const sneaky = await runQuery(stack, owner.accessToken, {
      dataSourceId: dataSource.id,
      sql: "SELECT * FROM read_csv_auto('/etc/passwd')",
    });
    expect(sneaky.status).toBe('FAILED');
  });

  const CREATE_UPLOAD =
    'mutation($i: CreateFileUploadInput!) { createFileUpload(input: $i) { uploadUrl dataSource { id connection } } }';
  const newUpload = async (name: string, format: string) => {
    const created = await stack.gql<{
      createFileUpload: {
        uploadUrl: string;
        dataSource: { id: string; connection: Record<string, unknown> };
      };
    }>(CREATE_UPLOAD, { i: { projectId: owner.projectId, name, format } }, owner.accessToken);
    return created.data!.createFileUpload;
  };

  it('upload links are single-use: a second PUT with the same link is refused with a clear error, the first file stays', async () => {
    const { uploadUrl, dataSource } = await newUpload('Once only', 'CSV');
    expect(dataSource.connection).not.toHaveProperty('uploadNonce');
    const first = await fetch(local(uploadUrl), {
      method: 'PUT',
      headers: { 'content-type': 'text/csv' },
      body: 'n\n1\n',
    });
    expect(first.status).toBe(200);
    const second = await fetch(local(uploadUrl), {
      method: 'PUT',
      headers: { 'content-type': 'text/csv' },
      body: 'n\n666\n',
    });
    expect(second.status).toBe(409);
    expect(await second.json()).toMatchObject({
      error: { code: 'LINK_USED', message: expect.stringMatching(/already been used/) },
    });
    const run = await runQuery(stack, owner.accessToken, {
      dataSourceId: dataSource.id,
      sql: 'SELECT n FROM once_only',
    });
    expect(run).toMatchObject({ status: 'SUCCEEDED', rows: [[1]] });
  });

  it('concurrent PUTs with one link import exactly one file', async () => {
    const { uploadUrl } = await newUpload('Raced', 'CSV');
    const statuses = await Promise.all(
      [1, 2, 3].map((n) =>
        fetch(local(uploadUrl), {
          method: 'PUT',
          headers: { 'content-type': 'text/csv' },
          body: `n\n${n}\n`,
        }).then((r) => r.status),
      ),
    );
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(2);
  });

  it('a bad Parquet or gzip file is refused without any server path, and the link can be retried with a good file', async () => {
    const parquet = await newUpload('Bad parquet', 'PARQUET');
    const badParquet = await fetch(local(parquet.uploadUrl), {
      method: 'PUT',
      headers: { 'content-type': 'application/octet-stream' },
      body: 'PAR1 this is not parquet',
    });
    expect(badParquet.status).toBe(400);
    const parquetError = JSON.stringify(await badParquet.json());
    expect(parquetError).toMatch(/could not be read as PARQUET/);

    const csv = await newUpload('Bad gzip', 'CSV');
    const truncatedGzip = gzipSync(Buffer.from('a,b\n'.repeat(10_000))).subarray(0, 64);
    const badGzip = await fetch(local(csv.uploadUrl), {
      method: 'PUT',
      headers: { 'content-type': 'text/csv' },
      body: truncatedGzip,
    });
    expect(badGzip.status).toBe(400);
    const gzipError = JSON.stringify(await badGzip.json());

    for (const message of [parquetError, gzipError]) {
      expect(message).not.toMatch(/\.data|uploads|tessera-test-data|\/tmp\/|\.csv|\.parquet|\.duckdb/);
    }

    const retried = await fetch(local(csv.uploadUrl), {
      method: 'PUT',
      headers: { 'content-type': 'text/csv' },
      body: 'a,b\n1,2\n',
    });
    expect(retried.status).toBe(200);
  });

  it('a file declared larger than UPLOAD_MAX_BYTES is refused with 413 before it is read', async () => {
    const { uploadUrl } = await newUpload('Too big', 'CSV');
    const target = new URL(`${new URL(stack.queriesUrl).origin}${new URL(uploadUrl).pathname}`);
    const status = await new Promise<number>((resolve, reject) => {
      const req = httpRequest(
        target,
        {
          method: 'PUT',
          headers: { 'content-type': 'text/csv', 'content-length': String(300 * 1024 * 1024) },
        },
        (res) => {
          resolve(res.statusCode ?? 0);
          res.resume();
          req.destroy();
        },
      );
      req.on('error', (error) => (error.message.includes('socket hang up') ? undefined : reject(error)));
      req.flushHeaders();
    });
    expect(status).toBe(413);
  });
});
