// For component tests in happy-dom: a React root made before each test and unmounted after it.
import { act, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach } from 'vitest';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

export interface TestRoot {
  /** The element the current test renders into. */
  host(): HTMLElement;
  /** Renders `node`, with its effects and the updates they cause, before returning. */
  render(node: ReactNode): Promise<void>;
  /** Renders `node` and runs its effects, but not the promises they start. */
  renderNow(node: ReactNode): void;
}

/** Call at a test file's top level. */
export function testRoot(): TestRoot {
  let host: HTMLElement;
  let root: Root;
  beforeEach(() => {
    host = document.createElement('div');
    document.body.append(host);
    root = createRoot(host);
  });
  afterEach(() => {
    act(() => root.unmount());
    host.remove();
  });
  return {
    host: () => host,
    render: async (node) => {
      await act(async () => root.render(node));
    },
    renderNow: (node) => act(() => root.render(node)),
  };
}
