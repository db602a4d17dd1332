import type { Histogram } from 'prom-client';
import type { FetchObserver } from './subgraphs.ts';

interface Child {
  target: { observe(seconds: number): void };
  pending: number[];
}

/**
 * Subgraph round-trip durations recorded during the request and observed into the histogram when
 * it is read (a scrape, or the cluster's aggregation), not on every fetch: prom-client's observe
 * validates and hashes the labels and finds the bucket of each value, a few µs on the request's
 * path per fetch on a loaded machine. The same values reach the same labelled children, so the
 * exposed histogram is the same; past `maxPending` values they are observed at once.
 * `createHistogram` makes the histogram with `collect` as its prom-client `collect` option.
 */
export function deferredFetchObserver(
  createHistogram: (collect: () => void) => Histogram<string>,
  maxPending = 10_000,
): FetchObserver {
  const children = new Map<string, Map<string, Child>>();
  const waiting: Child[] = [];
  let pending = 0;
  const flush = () => {
    for (const child of waiting) {
      for (const seconds of child.pending) child.target.observe(seconds);
      child.pending.length = 0;
    }
    waiting.length = 0;
    pending = 0;
  };
  const histogram = createHistogram(flush);
  return (subgraph, status, seconds) => {
    let byStatus = children.get(subgraph);
    if (!byStatus) children.set(subgraph, (byStatus = new Map()));
    let child = byStatus.get(status);
    if (!child)
      byStatus.set(status, (child = { target: histogram.labels({ subgraph, status }), pending: [] }));
    if (child.pending.length === 0) waiting.push(child);
    child.pending.push(seconds);
    if (++pending >= maxPending) flush();
  };
}
