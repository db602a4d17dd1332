// `@tessera/collab-server/client`: kept only for callers not yet moved; use @tessera/canvas-model/collab.
export * from '@tessera/canvas-model/collab';
