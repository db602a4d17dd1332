// Finding a canvas block by its title and waiting for its result, as the canvas scenarios do.
import type { Locator, Page } from 'playwright-core';

/** The block of `type` (`data-block-type`: SQL, CHART, ...) whose header title matches `title`. */
export function blockTitled(page: Page, type: string, title: string | RegExp): Locator {
  return page.locator(`[data-block-type="${type}"]`, {
    has: page.locator('.block-title', { hasText: title }),
  });
}

/** The number in the block's row count ("6 rows" → 6); -1 when it does not show within 1 s. */
export async function rowCount(block: Locator): Promise<number> {
  const text = await block
    .getByTestId('row-count')
    .first()
    .textContent({ timeout: 1_000 })
    .catch(() => null);
  return text === null ? -1 : Number(text.replace(/\D/g, ''));
}

/** Waits (up to 60 s) until the block's row count is `rows`; the error names `what` and the last count. */
export async function waitForRows(page: Page, block: Locator, rows: number, what: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  let last = -1;
  while (Date.now() < deadline) {
    last = await rowCount(block);
    if (last === rows) return;
    await page.waitForTimeout(250);
  }
  throw new Error(`${what}: expected ${rows} rows, saw ${last}`);
}

/** Adds a block of `kind` (its menu label: SQL, Chart, Table, Metric, Text, Filter) from the canvas toolbar. */
export async function addBlock(page: Page, kind: string): Promise<void> {
  await page.getByRole('button', { name: 'Add block' }).click();
  await page.getByRole('menuitem', { name: kind, exact: true }).click();
}
