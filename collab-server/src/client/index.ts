// Kept only for this server's own tests that still import './client/index.ts' (access, durability,
// limits, reauthorize .int.test.ts); they move to @tessera/canvas-model/collab, then this goes.
export * from '@tessera/canvas-model/collab';
