import { describe, expect, it } from 'vitest';
import { Histogram, Registry } from 'prom-client';
import { deferredFetchObserver } from './fetch-metrics.ts';

const BUCKETS = [0.001, 0.005, 0.01, 0.1, 1];
function histogramIn(registry: Registry, collect?: () => void) {
  return new Histogram({
    name: 'gateway_subgraph_fetch_duration_seconds',
    help: 'round trips',
    labelNames: ['subgraph', 'status'] as const,
    buckets: BUCKETS,
    registers: [registry],
    ...(collect ? { collect } : {}),
  });
}
const SAMPLES: [string, string, number][] = [
  ['accounts', '200', 0.0004],
  ['canvases', '200', 0.003],
  ['accounts', '200', 0.02],
  ['comments', 'error', 2],
  ['accounts', '503', 0.0009],
  ['canvases', '200', 0.0011],
];

describe('deferredFetchObserver', () => {
  it('exposes the same histogram as observing each fetch at once, on every read', async () => {
    const direct = new Registry();
    const directHistogram = histogramIn(direct);
    const deferred = new Registry();
    const observe = deferredFetchObserver((collect) => histogramIn(deferred, collect));
    for (const [subgraph, status, seconds] of SAMPLES) {
      directHistogram.labels({ subgraph, status }).observe(seconds);
      observe(subgraph, status, seconds);
    }
    const text = await direct.metrics();
    expect(text).toContain(
      'gateway_subgraph_fetch_duration_seconds_count{subgraph="accounts",status="200"} 2',
    );
    expect(await deferred.metrics()).toBe(text);
    // Read again with nothing new, then with more fetches: nothing counted twice, nothing lost.
    expect(await deferred.metrics()).toBe(text);
    directHistogram.labels({ subgraph: 'accounts', status: '200' }).observe(0.05);
    observe('accounts', '200', 0.05);
    expect(await deferred.metrics()).toBe(await direct.metrics());
  });

  it('observes what waits once maxPending values have come', async () => {
    const registry = new Registry();
    let histogram!: Histogram;
    const observe = deferredFetchObserver((collect) => (histogram = histogramIn(registry, collect)), 3);
    // What the histogram holds, without reading it through get() (which flushes).
    const observed = () =>
      Object.values((histogram as unknown as { hashMap: Record<string, { count: number }> }).hashMap).reduce(
        (n, v) => n + v.count,
        0,
      );
    observe('accounts', '200', 0.001);
    observe('canvases', '200', 0.001);
    expect(observed()).toBe(0);
    observe('accounts', '200', 0.001);
    expect(observed()).toBe(3);
    const counts = (await histogram.get()).values.filter((v) => v.metricName?.endsWith('_count'));
    expect(counts.map((v) => v.value).sort()).toEqual([1, 2]);
  });
});
