import os from 'node:os';
import { UUID } from 'bson';
import type { Document } from 'bson';
import { CommandError } from '../errors.ts';
import {
  MAX_BSON_OBJECT_SIZE,
  MAX_MESSAGE_SIZE_BYTES,
  MAX_WIRE_VERSION,
  MAX_WRITE_BATCH_SIZE,
  MIN_WIRE_VERSION,
  SERVER_VERSION,
} from '../wire/constants.ts';
import type { CommandContext, CommandTable } from './types.ts';

/**
 * A standalone: no setName, so drivers neither retry writes nor allow transactions, exactly as
 * with a real single mongod. No topologyVersion either, so monitors poll instead of streaming.
 */
function hello(legacy: boolean) {
  return (_cmd: Document, ctx: CommandContext): Document => ({
    helloOk: true,
    [legacy ? 'ismaster' : 'isWritablePrimary']: true,
    maxBsonObjectSize: MAX_BSON_OBJECT_SIZE,
    maxMessageSizeBytes: MAX_MESSAGE_SIZE_BYTES,
    maxWriteBatchSize: MAX_WRITE_BATCH_SIZE,
    localTime: new Date(),
    logicalSessionTimeoutMinutes: 30,
    connectionId: ctx.conn.id,
    minWireVersion: MIN_WIRE_VERSION,
    maxWireVersion: MAX_WIRE_VERSION,
    readOnly: false,
    ok: 1,
  });
}

const versionArray = [...SERVER_VERSION.split('.').map(Number), 0];

const buildInfo = (): Document => ({
  version: SERVER_VERSION,
  gitVersion: 'mongo-dev-server',
  modules: [],
  allocator: 'system',
  javascriptEngine: 'none',
  sysInfo: 'deprecated',
  versionArray,
  openssl: { running: 'disabled', compiled: 'disabled' },
  buildEnvironment: {},
  bits: 64,
  debug: false,
  maxBsonObjectSize: MAX_BSON_OBJECT_SIZE,
  storageEngines: ['mongo-dev-server'],
  ok: 1,
});

const PARAMETERS: Document = {
  featureCompatibilityVersion: { version: SERVER_VERSION.split('.').slice(0, 2).join('.') },
  authenticationMechanisms: [],
  maxBSONDepth: 100,
};

function getParameter(cmd: Document): Document {
  const reply: Document = {};
  const all =
    cmd.getParameter === '*' || (typeof cmd.getParameter === 'object' && cmd.getParameter?.allParameters);
  for (const [name, value] of Object.entries(PARAMETERS)) {
    if (all || name in cmd) reply[name] = value;
  }
  return { ...reply, ok: 1 };
}

function serverStatus(_cmd: Document, ctx: CommandContext): Document {
  const uptimeMs = Date.now() - ctx.server.startedAt.getTime();
  const mem = process.memoryUsage();
  return {
    host: `${os.hostname()}:${ctx.server.port}`,
    version: SERVER_VERSION,
    process: 'mongo-dev-server',
    pid: process.pid,
    uptime: Math.floor(uptimeMs / 1000),
    uptimeMillis: uptimeMs,
    localTime: new Date(),
    connections: { current: ctx.server.connectionCount(), available: 1000 },
    mem: { bits: 64, resident: Math.round(mem.rss / 1048576), virtual: 0, supported: true },
    metrics: { cursor: { open: { total: ctx.cursors.size } } },
    storageEngine: { name: 'mongo-dev-server', persistent: ctx.server.dbPath !== null },
    ok: 1,
  };
}

const hostInfo = (): Document => ({
  system: {
    currentTime: new Date(),
    hostname: os.hostname(),
    cpuAddrSize: 64,
    memSizeMB: Math.round(os.totalmem() / 1048576),
    numCores: os.cpus().length,
    cpuArch: os.arch(),
  },
  os: { type: os.type(), name: os.platform(), version: os.release() },
  extra: {},
  ok: 1,
});

function getLog(cmd: Document): Document {
  if (cmd.getLog === '*') return { names: ['global', 'startupWarnings'], ok: 1 };
  return { totalLinesWritten: 0, log: [], ok: 1 };
}

const authNotSupported = (): Document => {
  throw new CommandError(
    'AuthenticationFailed',
    'Authentication is not supported by mongo-dev-server; connect without credentials',
  );
};

export const handshakeCommands: CommandTable = {
  hello: hello(false),
  isMaster: hello(true),
  ismaster: hello(true),
  buildInfo,
  buildinfo: buildInfo,
  ping: () => ({ ok: 1 }),
  getParameter,
  serverStatus,
  hostInfo,
  getLog,
  whatsmyuri: (_cmd, ctx) => ({ you: ctx.conn.remote, ok: 1 }),
  connectionStatus: () => ({
    authInfo: { authenticatedUsers: [], authenticatedUserRoles: [] },
    ok: 1,
  }),
  getCmdLineOpts: (_cmd, ctx) => ({
    argv: ['mongo-dev-server'],
    parsed: {
      net: { port: ctx.server.port },
      ...(ctx.server.dbPath ? { storage: { dbPath: ctx.server.dbPath } } : {}),
    },
    ok: 1,
  }),
  getFreeMonitoringStatus: () => ({ state: 'disabled', ok: 1 }),
  endSessions: () => ({ ok: 1 }),
  killSessions: () => ({ ok: 1 }),
  killAllSessions: () => ({ ok: 1 }),
  refreshSessions: () => ({ ok: 1 }),
  startSession: () => ({ id: { id: new UUID() }, timeoutMinutes: 30, ok: 1 }),
  logout: () => ({ ok: 1 }),
  saslStart: authNotSupported,
  saslContinue: authNotSupported,
  authenticate: authNotSupported,
};
