// GraphQL documents the tests send, as the web app and partners would.
export const CANVAS_FIELDS = `id name version createdAt updatedAt deletedAt restorableUntil canEdit lockedFilters
  project { id } blocks { id type position { x y w h } content }`;

export const CREATE_CANVAS = `mutation($input: CreateCanvasInput!) { createCanvas(input: $input) { ${CANVAS_FIELDS} } }`;
export const CANVAS = `query($id: ID!) { canvas(id: $id) { ${CANVAS_FIELDS} } }`;
export const ADD_BLOCK = `mutation($input: AddBlockInput!) { addBlock(input: $input) { id type position { x y w h } content } }`;
export const UPDATE_BLOCK = `mutation($input: UpdateBlockInput!) { updateBlock(input: $input) { id type position { x y w h } content } }`;
export const REMOVE_BLOCK = `mutation($canvasId: ID!, $blockId: ID!) { removeBlock(canvasId: $canvasId, blockId: $blockId) }`;
export const RENAME = `mutation($id: ID!, $name: String!) { renameCanvas(id: $id, name: $name) { ${CANVAS_FIELDS} } }`;
export const DUPLICATE = `mutation($id: ID!, $name: String) { duplicateCanvas(id: $id, name: $name) { ${CANVAS_FIELDS} } }`;
export const DELETE = `mutation($id: ID!) { deleteCanvas(id: $id) { id deletedAt restorableUntil } }`;
export const RESTORE = `mutation($id: ID!) { restoreCanvas(id: $id) { id deletedAt } }`;
export const PROJECT_CANVASES = `query($representations: [_Any!]!) { _entities(representations: $representations) {
  ... on Project { id canvases { id name } deletedCanvases { id name } } } }`;
export const CANVAS_ENTITY = `query($representations: [_Any!]!) { _entities(representations: $representations) { ... on Canvas { id name } } }`;
export const VERSIONS = `query($canvasId: ID!) { canvasVersions(canvasId: $canvasId) { id kind name number canvasName createdAt } }`;
export const VERSION = `query($id: ID!) { canvasVersion(id: $id) { id kind name number blocks { id type content } } }`;
export const CREATE_VERSION = `mutation($canvasId: ID!, $name: String!) { createCanvasVersion(canvasId: $canvasId, name: $name) { id kind name number } }`;
export const RESTORE_VERSION = `mutation($canvasId: ID!, $versionId: ID!) { restoreCanvasVersion(canvasId: $canvasId, versionId: $versionId) { ${CANVAS_FIELDS} } }`;
export const CREATE_SHARE_LINK = `mutation($input: CreateShareLinkInput!) { createShareLink(input: $input) { id url shortUrl token expiresAt lockedFilters } }`;
export const REVOKE_SHARE_LINK = `mutation($id: ID!) { revokeShareLink(id: $id) }`;
export const SHARED_CANVAS = `query($token: String!) { sharedCanvas(token: $token) { ${CANVAS_FIELDS} } }`;
export const RUN_SHARED = `query($token: String!, $blockId: ID!, $filters: JSON) { runSharedBlock(token: $token, blockId: $blockId, filters: $filters) }`;
export const RUN_CANVAS = `query($canvasId: ID!, $blockId: ID!, $filters: JSON) { runCanvasBlock(canvasId: $canvasId, blockId: $blockId, filters: $filters) }`;

export interface BlockResult {
  id: string;
  type: string;
  position: { x: number; y: number; w: number; h: number };
  content: Record<string, unknown>;
}

export interface CanvasResult {
  id: string;
  name: string;
  version: number;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
  restorableUntil: string | null;
  canEdit: boolean;
  lockedFilters: Record<string, unknown> | null;
  project: { id: string };
  blocks: BlockResult[];
}
