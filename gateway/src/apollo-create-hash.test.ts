import { createHash as nodeCreateHash } from 'node:crypto';
import Module, { createRequire } from 'node:module';
import { afterEach, describe, expect, it } from 'vitest';
import { useBuiltinCryptoForApolloHashes } from './apollo-create-hash.ts';

type Resolver = (request: string, ...rest: unknown[]) => string;
const loader = Module as unknown as { _resolveFilename: Resolver };
const originalResolve = loader._resolveFilename;
afterEach(() => {
  loader._resolveFilename = originalResolve;
});

/** Counts module resolutions while `fn` runs. */
function resolutionsDuring(fn: () => void): string[] {
  const seen: string[] = [];
  loader._resolveFilename = function (this: unknown, request, ...rest) {
    seen.push(request);
    return originalResolve.call(this, request, ...rest);
  };
  try {
    fn();
  } finally {
    loader._resolveFilename = originalResolve;
  }
  return seen;
}

const query = '{ canvas(id: "c1") { name } }';
const expected = nodeCreateHash('sha256').update(query).digest('hex');

describe('@apollo/utils.createhash without a module resolution per hash', () => {
  const files = useBuiltinCryptoForApolloHashes();
  const hashers = files.map(
    (file) =>
      (createRequire(file)(file) as { createHash(kind: string): ReturnType<typeof nodeCreateHash> })
        .createHash,
  );

  it('patches the copy Apollo Server hashes query texts with and the one @apollo/gateway keys plans with', () => {
    const require = createRequire(import.meta.url);
    for (const user of ['@apollo/server', '@apollo/gateway'])
      expect(files).toContain(createRequire(require.resolve(user)).resolve('@apollo/utils.createhash'));
  });

  it('hashes as node:crypto does, without resolving a module on each call', () => {
    for (const createHash of hashers) {
      let digest = '';
      const resolved = resolutionsDuring(() => {
        digest = createHash('sha256').update(query).digest('hex');
      });
      expect(digest).toBe(expected);
      expect(resolved).toEqual([]);
    }
  });

  it('is idempotent and still resolves other modules', () => {
    expect(useBuiltinCryptoForApolloHashes()).toEqual(files);
    const mod = createRequire(files[0]!).cache[files[0]!]!;
    expect(mod.require('node:path')).toBe(createRequire(import.meta.url)('node:path'));
    for (const createHash of hashers) expect(createHash('sha256').update(query).digest('hex')).toBe(expected);
  });
});
