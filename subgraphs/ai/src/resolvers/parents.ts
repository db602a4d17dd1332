// What the services hand the resolvers for each GraphQL type (codegen.ts maps the types to these).
// Blocks come from the canvases subgraph's internal API as it stores them: `type` is that API's
// BlockType value.
export type { CanvasBlock } from '../clients/canvases-client.ts';
