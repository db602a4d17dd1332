import { describe, expect, it } from 'vitest';
import { usageSummary, usageTotals, viewerLabel } from './embed-usage-model';

const LINK = '0b7e3c1a-1111-4222-8333-944455556666';

describe('embed usage', () => {
  it('names share links by their creation day, signed embeds by their viewer id', () => {
    const links = [{ id: LINK, createdAt: '2026-12-01T10:00:00Z', revokedAt: null }];
    expect(viewerLabel({ viewer: `link:${LINK}`, via: 'LINK' }, links)).toMatch(/^Share link of .*2026/);
    expect(
      viewerLabel({ viewer: `link:${LINK}`, via: 'LINK' }, [
        { ...links[0]!, revokedAt: '2026-12-02T00:00:00Z' },
      ]),
    ).toMatch(/\(revoked\)$/);
    expect(viewerLabel({ viewer: 'link:ffffffff-0000', via: 'LINK' }, links)).toBe('Share link ffffffff');
    expect(viewerLabel({ viewer: 'partner-user-42', via: 'SIGNED_EMBED' }, links)).toBe('partner-user-42');
    expect(viewerLabel({ viewer: 'signed', via: 'SIGNED_EMBED' }, links)).toBe('Signed embed (no viewer id)');
  });

  it('adds up viewers, views and blocks run', () => {
    expect(usageTotals([])).toEqual({ viewers: 0, views: 0, blocksRun: 0 });
    expect(
      usageTotals([
        { viewer: 'a', via: 'LINK', views: 3, blocksRun: 7, lastSeenAt: '' },
        { viewer: 'b', via: 'SIGNED_EMBED', views: 1, blocksRun: 2, lastSeenAt: '' },
      ]),
    ).toEqual({ viewers: 2, views: 4, blocksRun: 9 });
  });

  it('summarises totals in words, singular for one', () => {
    expect(usageSummary({ viewers: 2, views: 4, blocksRun: 1 })).toBe('2 viewers · 4 views · 1 block run');
    expect(usageSummary({ viewers: 1, views: 1, blocksRun: 0 })).toBe('1 viewer · 1 view · 0 blocks run');
    expect(usageSummary({ views: 1200, blocksRun: 2 })).toBe(
      `${(1200).toLocaleString()} views · 2 blocks run`,
    );
  });
});
