// @vitest-environment happy-dom
// A chart whose drawing code has loaded draws as it is committed, before the browser paints: a canvas
// mounted with its results shows its charts in the same frame as its tables.
import { act } from 'react';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { testRoot } from '../ui/test-root';
import { ChartView } from './chart-view';

const { host, render, renderNow } = testRoot();

const spec = { type: 'bar' as const, x: 'channel', y: ['orders'] };
const data = {
  columns: [
    { name: 'channel', type: 'VARCHAR' },
    { name: 'orders', type: 'BIGINT' },
  ],
  rows: [
    ['web', 120],
    ['store', 80],
    ['partner', 30],
  ],
};

// happy-dom lays nothing out: every chart box measures 400 × 240, as in a browser.
beforeAll(() => {
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue(
    DOMRect.fromRect({ width: 400, height: 240 }),
  );
});
afterAll(() => vi.restoreAllMocks());

const marks = () => host().querySelector('svg.chart')?.getAttribute('data-marks');

describe('ChartView', () => {
  it('draws once its code has loaded', async () => {
    await render(<ChartView spec={spec} data={data} />);
    await act(() => vi.waitFor(() => expect(marks()).toBe('3')));
  });

  it('draws in the commit that mounts it when its code is already in', () => {
    renderNow(<ChartView spec={{ ...spec, y: ['orders'] }} data={data} label="Orders by channel" />);
    expect(marks()).toBe('3');
  });
});
