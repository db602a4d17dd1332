import { createRequire } from 'node:module';
import crypto from 'node:crypto';

/**
 * `@apollo/utils.createhash` (`createHash(kind)`, used by @apollo/server for every request's
 * `queryHash` and by @apollo/gateway for every plan-cache key) calls `module.require('crypto')`
 * on each call. A builtin's `require` is never cached per module: each call runs the whole
 * resolution, including every loader hook installed (tsx's, in production, walks its path and
 * tsconfig logic) — 7–50 µs per hash instead of ~1 µs. This gives each copy of that module (the
 * gateway's and Apollo Server's own) a `module.require` that answers `crypto` with node:crypto
 * directly and passes anything else to Node's. The hashes are the same node:crypto hashes.
 */
const PATCHED = Symbol.for('tessera.fastCryptoRequire');

/** Packages whose copy of @apollo/utils.createhash is patched (each resolves its own). */
const USERS = ['@apollo/server', '@apollo/gateway'];

type PatchableModule = NodeJS.Module & { [PATCHED]?: true };

/** Patches every copy of @apollo/utils.createhash reachable from USERS; returns their file paths. */
export function useBuiltinCryptoForApolloHashes(): string[] {
  const require = createRequire(import.meta.url);
  const patched = new Set<string>();
  for (const user of USERS) {
    const fromUser = createRequire(require.resolve(user));
    const file = fromUser.resolve('@apollo/utils.createhash');
    fromUser(file);
    const mod = fromUser.cache[file] as PatchableModule | undefined;
    if (!mod) continue;
    if (!mod[PATCHED]) {
      const original = mod.require.bind(mod);
      mod.require = ((id: string): unknown =>
        id === 'crypto' || id === 'node:crypto' ? crypto : original(id)) as typeof mod.require;
      mod[PATCHED] = true;
    }
    patched.add(file);
  }
  return [...patched];
}
