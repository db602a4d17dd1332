// `@tessera/collab-server/doc`: kept only for e2e/api/publish.int.test.ts until it imports
// @tessera/canvas-model; then this folder and the `./doc` export go.
export * from '@tessera/canvas-model';
export * from '@tessera/canvas-model/collab';
