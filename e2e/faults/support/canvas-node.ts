// The canvases subgraph and the collab server in one process, wired as `npm start` wires them
// (GraphQL block mutations go to the live documents of the collab server in this process), for
// fault tests that kill it with SIGKILL. Configuration from the environment (CANVASES_*, COLLAB_*,
// MONGODB_URL, ACCOUNTS_URL, INTERNAL_SECRET). Prints "ready" when both listen.
// `node --import tsx e2e/faults/support/canvas-node.ts`
import { createServer as createCanvases, loadConfig as loadCanvasesConfig } from '@tessera/canvases';
import { openCanvasStore } from '@tessera/canvases/live';
import {
  createCollabAuthorize,
  createServer as createCollab,
  loadConfig as loadCollabConfig,
} from '@tessera/collab-server';
import { createLogger } from '@tessera/logger';

const canvasesConfig = loadCanvasesConfig();
const collabConfig = loadCollabConfig();
const logger = createLogger({ name: 'canvas-node', level: collabConfig.LOG_LEVEL });
const store = await openCanvasStore({ mongodbUrl: canvasesConfig.MONGODB_URL, logger });
const collab = createCollab({
  config: collabConfig,
  logger: logger.child({ service: 'collab' }),
  authorize: createCollabAuthorize({
    accountsUrl: canvasesConfig.ACCOUNTS_URL,
    internalSecret: canvasesConfig.INTERNAL_SECRET,
    store,
  }),
  persistence: store.persistence,
});
const canvases = createCanvases({
  config: canvasesConfig,
  logger: logger.child({ service: 'canvases' }),
  live: {
    apply: (id, change) => collab.applyToCanvas(id, change),
    project: (id) => collab.liveProjection(id),
  },
});
await canvases.start();
await collab.start();
console.log('ready');

let stopping = false;
process.on('SIGTERM', () => {
  if (stopping) return;
  stopping = true;
  void (async () => {
    await collab.close();
    await canvases.stop();
    await store.close();
    process.exit(0);
  })();
});
