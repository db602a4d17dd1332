// Benchmark child: the Tessera collab server as configured by default (stores every 1-2.5 s while
// edited, into memory) with an authorize that accepts every token read-write. IPC with run.ts.
import { silentLogger } from '@tessera/logger';
import { loadConfig } from '../../collab-server/src/config.ts';
import { MemoryPersistence } from '../../collab-server/src/persistence/memory-persistence.ts';
import { createServer } from '../../collab-server/src/server.ts';
import { fixtureState } from './fixture.ts';
import { serveIpc } from './ipc.ts';

const persistence = new MemoryPersistence();
persistence.autoCreate = () => ({ state: fixtureState() });
// One server, one writer: a real single-instance adapter would not merge either.
persistence.merge = false;
const server = createServer({
  config: loadConfig({
    COLLAB_PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'silent',
    COLLAB_MAX_CLIENTS_PER_CANVAS: '1000',
    COLLAB_IDLE_UNLOAD_MS: '60000',
  }),
  logger: silentLogger,
  authorize: async ({ token }) => ({ ok: true, user: { id: token, name: token }, access: 'read-write' }),
  persistence,
});
const { port } = await server.start();
serveIpc(
  port,
  () => server.stats().canvases,
  () => server.stop(),
);
