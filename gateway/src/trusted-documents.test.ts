import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Principal } from '@tessera/auth';
import { loadTrustedDocuments } from './trusted-documents.ts';

const user: Principal = { kind: 'user', userId: 'u1', sessionId: 's1', memberships: [] };
const anonymous: Principal = { kind: 'anonymous' };
const apiKey: Principal = {
  kind: 'apiKey',
  apiKeyId: 'k1',
  organizationId: 'o1',
  scopes: ['READ'],
  createdBy: 'u1',
};

const ME = 'query Me { me { id } }';
const CANVAS = 'query Canvas($id: ID!) { canvas(id: $id) { id } }';
const sha = (text: string) => createHash('sha256').update(text).digest('hex');

let dir: string;
let manifest: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'trusted-documents-'));
  manifest = path.join(dir, 'manifest.json');
  // The web codegen writes plain hashes; a "sha256:" prefix is accepted too.
  await writeFile(manifest, JSON.stringify({ [sha(ME)]: ME, [`sha256:${sha(CANVAS)}`]: CANVAS }));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('trusted documents', () => {
  it('loads the manifest; a missing manifest is empty', async () => {
    expect((await loadTrustedDocuments({ path: manifest, enforce: true })).size).toBe(2);
    expect((await loadTrustedDocuments({ path: path.join(dir, 'absent.json'), enforce: false })).size).toBe(
      0,
    );
  });

  it('resolves documentId and persisted-query hashes (with or without sha256:) to the stored document', async () => {
    const trusted = await loadTrustedDocuments({ path: manifest, enforce: true });
    expect(trusted.resolve({ documentId: sha(ME), variables: { a: 1 } }, user)).toEqual({
      variables: { a: 1 },
      query: ME,
    });
    expect(trusted.resolve({ documentId: `sha256:${sha(CANVAS)}` }, anonymous)).toEqual({ query: CANVAS });
    expect(
      trusted.resolve(
        {
          operationName: 'Me',
          extensions: { persistedQuery: { version: 1, sha256Hash: sha(ME) }, trace: true },
        },
        user,
      ),
    ).toEqual({ operationName: 'Me', extensions: { trace: true }, query: ME });
  });

  it('the stored document wins over a query sent alongside its id', async () => {
    const trusted = await loadTrustedDocuments({ path: manifest, enforce: false });
    expect(trusted.resolve({ documentId: sha(ME), query: 'mutation { deleteEverything }' }, user)).toEqual({
      query: ME,
    });
  });

  it('an unknown id is refused when enforcing, or when there is no query to fall back to', async () => {
    const enforcing = await loadTrustedDocuments({ path: manifest, enforce: true });
    const lenient = await loadTrustedDocuments({ path: manifest, enforce: false });
    const unknown = { code: 'BAD_USER_INPUT', details: { reason: 'TRUSTED_DOCUMENT_NOT_FOUND' } };
    expect(() => enforcing.resolve({ documentId: sha('other'), query: ME }, apiKey)).toThrow(
      expect.objectContaining(unknown),
    );
    expect(() => lenient.resolve({ documentId: sha('other') }, user)).toThrow(
      expect.objectContaining(unknown),
    );
    expect(() =>
      lenient.resolve({ extensions: { persistedQuery: { sha256Hash: sha('other') } } }, user),
    ).toThrow(expect.objectContaining(unknown));
    // Not enforcing: the query sent along runs, and the unknown hash never reaches Apollo.
    expect(
      lenient.resolve(
        { query: '{ me { id } }', extensions: { persistedQuery: { sha256Hash: sha('other') } } },
        user,
      ),
    ).toEqual({
      query: '{ me { id } }',
      extensions: {},
    });
  });

  it('when enforcing, browser sessions and anonymous callers may send only manifest documents; API keys anything', async () => {
    const trusted = await loadTrustedDocuments({ path: manifest, enforce: true });
    const required = { code: 'FORBIDDEN', details: { reason: 'TRUSTED_DOCUMENT_REQUIRED' } };
    expect(() => trusted.resolve({ query: '{ me { id email } }' }, user)).toThrow(
      expect.objectContaining(required),
    );
    expect(() => trusted.resolve({ query: '{ me { id email } }' }, anonymous)).toThrow(
      expect.objectContaining(required),
    );
    expect(trusted.resolve({ query: ME, variables: {} }, user)).toEqual({ query: ME, variables: {} });
    expect(trusted.resolve({ query: CANVAS }, anonymous)).toEqual({ query: CANVAS });
    expect(trusted.resolve({ query: '{ me { id email } }' }, apiKey)).toEqual({
      query: '{ me { id email } }',
    });
  });

  it('without enforcement any query passes unchanged', async () => {
    const trusted = await loadTrustedDocuments({ path: manifest, enforce: false });
    expect(trusted.resolve({ query: '{ me { id email } }' }, user)).toEqual({ query: '{ me { id email } }' });
  });

  it('leaves bodies that are not a single request object to the server', async () => {
    const trusted = await loadTrustedDocuments({ path: manifest, enforce: true });
    const batch = [{ query: '{ me { id email } }' }];
    expect(trusted.resolve(batch, user)).toBe(batch);
    expect(trusted.resolve(null, user)).toBeNull();
    expect(trusted.resolve('{ me { id } }', user)).toBe('{ me { id } }');
    expect(trusted.resolve({ variables: {} }, user)).toEqual({ variables: {} });
  });
  it('strips only a leading sha256: prefix, in the manifest and in requests', async () => {
    const hash = sha(ME);
    const spliced = `${hash.slice(0, 10)}sha256:${hash.slice(10)}`;
    const odd = path.join(dir, 'odd.json');
    await writeFile(odd, JSON.stringify({ [spliced]: CANVAS }));
    const trusted = await loadTrustedDocuments({ path: odd, enforce: true });
    expect(() => trusted.resolve({ documentId: hash }, user)).toThrow(
      expect.objectContaining({ code: 'BAD_USER_INPUT' }),
    );
    expect(trusted.resolve({ documentId: spliced }, user)).toEqual({ query: CANVAS });
    const normal = await loadTrustedDocuments({ path: manifest, enforce: true });
    expect(() => normal.resolve({ documentId: spliced }, user)).toThrow(
      expect.objectContaining({ code: 'BAD_USER_INPUT' }),
    );
  });

  it('tells the client what went wrong', async () => {
    const trusted = await loadTrustedDocuments({ path: manifest, enforce: true });
    expect(() => trusted.resolve({ documentId: sha('other') }, user)).toThrow(
      'Unknown document id: this operation is not in the trusted documents of this deployment',
    );
    expect(() => trusted.resolve({ query: '{ me { id email } }' }, user)).toThrow(
      "Only the web app's trusted documents may be sent from a browser session; partners use an API key",
    );
  });
});
