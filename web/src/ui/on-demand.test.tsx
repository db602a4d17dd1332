// @vitest-environment happy-dom
// A component whose code loads on demand: its stand-in until the code is in, never a Suspense
// fallback; a failed load reaches the error boundary, and "Try again" loads the code again.
import { act, Suspense } from 'react';
import { describe, expect, it } from 'vitest';
import { ErrorBoundary } from './error-boundary';
import { onDemand, onDemandComponent } from './on-demand';
import { testRoot } from './test-root';

function Greeting({ name }: { name: string }) {
  return <p>Hello {name}</p>;
}

/** Code whose loads the test settles by hand. */
function manualCode() {
  const loads: { resolve: () => void; reject: (error: Error) => void }[] = [];
  const code = onDemand<{ name: string }>(
    () =>
      new Promise((resolve, reject) => loads.push({ resolve: () => resolve({ default: Greeting }), reject })),
  );
  return { code, loads };
}

const { host, render } = testRoot();

describe('onDemandComponent', () => {
  it('shows its stand-in until the code is in, then the component, without suspending', async () => {
    const { code, loads } = manualCode();
    const Lazy = onDemandComponent(code, <p>loading</p>);
    await render(
      <Suspense fallback={<p>suspended</p>}>
        <Lazy name="Ada" />
      </Suspense>,
    );
    expect(host().textContent).toBe('loading');
    expect(loads).toHaveLength(1);
    await act(async () => loads[0]!.resolve());
    expect(host().textContent).toBe('Hello Ada');
  });

  it('renders the component in its first render when the code was loaded before', async () => {
    const { code, loads } = manualCode();
    const preloading = code.preload();
    loads[0]!.resolve();
    expect(await preloading).toEqual({ default: Greeting });
    let standIns = 0;
    const StandIn = () => {
      standIns += 1;
      return <p>loading</p>;
    };
    const Lazy = onDemandComponent(code, <StandIn />);
    await render(<Lazy name="Grace" />);
    expect(standIns).toBe(0);
    expect(host().textContent).toBe('Hello Grace');
    expect(loads).toHaveLength(1);
  });

  it('throws a failed load to the error boundary; Try again loads the code again', async () => {
    const { code, loads } = manualCode();
    const Lazy = onDemandComponent(code, <p>loading</p>);
    await render(
      <ErrorBoundary label="The page">
        <Lazy name="Lin" />
      </ErrorBoundary>,
    );
    const quiet = console.error;
    console.error = () => undefined;
    try {
      await act(async () => loads[0]!.reject(new Error('Failed to fetch dynamically imported module')));
    } finally {
      console.error = quiet;
    }
    expect(host().querySelector('[role="alert"]')?.textContent).toContain(
      'Failed to fetch dynamically imported module',
    );
    await act(async () => host().querySelector('button')!.click());
    expect(host().textContent).toBe('loading');
    expect(loads).toHaveLength(2);
    await act(async () => loads[1]!.resolve());
    expect(host().textContent).toBe('Hello Lin');
  });

  it('a load that failed before it mounted is tried again, not shown', async () => {
    const { code, loads } = manualCode();
    const failed = code.preload();
    loads[0]!.reject(new Error('offline'));
    expect(await failed).toBeNull();
    const Lazy = onDemandComponent(code, <p>loading</p>);
    await render(<Lazy name="Max" />);
    expect(host().textContent).toBe('loading');
    expect(loads).toHaveLength(2);
    await act(async () => loads[1]!.resolve());
    expect(host().textContent).toBe('Hello Max');
  });
});
