import type { Browser } from 'playwright-core';
import type { Platform } from './platform.ts';

export interface ScenarioContext {
  platform: Platform;
  browser: Browser;
  /** Saves a screenshot of a step: e2e/screenshots/<scenario>-<step>.png. */
  shot(page: import('playwright-core').Page, step: string): Promise<void>;
  /** Pages the runner screenshots when the scenario fails. */
  track(page: import('playwright-core').Page, label: string): void;
}

export interface Scenario {
  id: string;
  title: string;
  /** Root fields (`mutation.createCanvas`) the scenario needs; missing ones make it skip. */
  requires: string[];
  run(ctx: ScenarioContext): Promise<void | { skip: string }>;
}

export function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}
