// `@tessera/collab-server/doc`: kept only for callers not yet moved (web SQL/table blocks, e2e, bench).
// The canvas model lives in @tessera/canvas-model; the wire contract in @tessera/canvas-model/collab.
export * from '@tessera/canvas-model';
export * from '@tessera/canvas-model/collab';
