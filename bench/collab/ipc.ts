// The small IPC protocol between run.ts and its server children.
import { monitorEventLoopDelay } from 'node:perf_hooks';
export type ServerRequest = { type: 'memory' } | { type: 'stop' };
export type ServerReply =
  | { type: 'ready'; port: number }
  | {
      type: 'memory';
      heapUsed: number;
      rss: number;
      canvases: number;
      cpuMs: number;
      lagP99Ms: number;
      lagMaxMs: number;
    }
  | { type: 'stopped' };

export function serveIpc(port: number, canvases: () => number, stop: () => Promise<void>): void {
  const send = (message: ServerReply) => process.send!(message);
  const lag = monitorEventLoopDelay({ resolution: 5 });
  lag.enable();
  process.on('message', (request: ServerRequest) => {
    if (request.type === 'memory') {
      const gc = (globalThis as { gc?: () => void }).gc;
      for (let i = 0; i < 3; i++) gc?.();
      const { heapUsed, rss } = process.memoryUsage();
      const cpu = process.cpuUsage();
      send({
        type: 'memory',
        heapUsed,
        rss,
        canvases: canvases(),
        cpuMs: (cpu.user + cpu.system) / 1000,
        lagP99Ms: lag.percentile(99) / 1e6,
        lagMaxMs: lag.max / 1e6,
      });
      lag.reset();
    } else if (request.type === 'stop') {
      void stop().finally(() => {
        send({ type: 'stopped' });
        process.exit(0);
      });
    }
  });
  process.on('disconnect', () => process.exit(0));
  send({ type: 'ready', port });
}
