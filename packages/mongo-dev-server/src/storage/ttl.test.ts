import { describe, expect, it } from 'vitest';
import { Engine } from './engine.ts';
import { sweepExpired } from './ttl.ts';

describe('sweepExpired', () => {
  it('removes documents whose TTL field is older than expireAfterSeconds', () => {
    const engine = new Engine();
    const coll = engine.ensureCollection('app', 'sessions');
    engine.createIndex(coll, { v: 2, key: { at: 1 }, name: 'at_1', expireAfterSeconds: 60 });
    const now = Date.UTC(2024, 0, 1);
    engine.insert(coll, { _id: 'old', at: new Date(now - 61_000) });
    engine.insert(coll, { _id: 'fresh', at: new Date(now - 10_000) });
    engine.insert(coll, { _id: 'mixed', at: [new Date(now), new Date(now - 120_000)] });
    engine.insert(coll, { _id: 'not-a-date', at: 'yesterday' });
    engine.insert(coll, { _id: 'missing' });
    expect(sweepExpired(engine, now)).toBe(2);
    expect([...coll.docs.values()].map((d) => d._id)).toEqual(['fresh', 'not-a-date', 'missing']);
  });
});
