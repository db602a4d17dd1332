import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.ts';

const required = { INTERNAL_SECRET: 's'.repeat(32) };

describe('gateway config: subgraph requests and the cluster entry', () => {
  it('deduplicates subgraph queries by default and lets an operator turn it off', () => {
    expect(loadConfig(required).SUBGRAPH_DEDUPE_QUERIES).toBe(true);
    expect(loadConfig({ ...required, SUBGRAPH_DEDUPE_QUERIES: 'false' }).SUBGRAPH_DEDUPE_QUERIES).toBe(false);
    expect(() => loadConfig({ ...required, SUBGRAPH_DEDUPE_QUERIES: 'off' })).toThrow(
      /SUBGRAPH_DEDUPE_QUERIES/,
    );
  });

  it('sizes cluster.ts from the config: workers (0: per CPU) and the semi-space', () => {
    expect(loadConfig(required)).toMatchObject({ GATEWAY_WORKERS: 0, GATEWAY_SEMI_SPACE_MB: 64 });
    expect(loadConfig({ ...required, GATEWAY_WORKERS: '3', GATEWAY_SEMI_SPACE_MB: '0' })).toMatchObject({
      GATEWAY_WORKERS: 3,
      GATEWAY_SEMI_SPACE_MB: 0,
    });
    expect(() => loadConfig({ ...required, GATEWAY_WORKERS: '-1' })).toThrow(/GATEWAY_WORKERS/);
  });
});
