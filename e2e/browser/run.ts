// Browser acceptance suite: `node --import tsx e2e/browser/run.ts [scenario-id …]`.
// Starts the real platform (web/dist built when stale), runs each scenario in Debian's Chromium,
// saves screenshots to e2e/screenshots/ for each step and on failure, and closes with
// "N passed, N failed[, N skipped]". A scenario that skips (its backend is not composed, or it
// found live collaboration unreachable) fails the run: a skip must never pass for a green suite.
import { launchBrowser, shot } from './support/browser.ts';
import { startPlatform } from './support/platform.ts';
import type { Scenario } from './support/scenario.ts';
import { verdict, type ScenarioResult } from './support/verdict.ts';
import { scenario as templateChart } from './template-chart.e2e.ts';
import { scenario as liveCollaboration } from './live-collaboration.e2e.ts';
import { scenario as liveComments } from './live-comments.e2e.ts';
import { scenario as blockComments } from './block-comments.e2e.ts';
import { scenario as shareLink } from './share-link.e2e.ts';
import { scenario as askSql } from './ask-sql.e2e.ts';
import { scenario as ownData } from './own-data.e2e.ts';
import { scenario as publishReport } from './publish-report.e2e.ts';
import { scenario as blockAnatomy } from './block-anatomy.e2e.ts';
import { scenario as scheduleDelivery } from './schedule-delivery.e2e.ts';
import { scenario as askCanvas } from './ask-canvas.e2e.ts';
import { scenario as chartVocabulary } from './chart-vocabulary.e2e.ts';
import { scenario as crossFilter } from './cross-filter.e2e.ts';
import { scenario as chainedSql } from './chained-sql.e2e.ts';
import { scenario as perPersonView } from './per-person-view.e2e.ts';
import { scenario as followMode } from './follow-mode.e2e.ts';
import { scenario as tableXlsx } from './table-xlsx.e2e.ts';

const ALL: Scenario[] = [
  templateChart,
  liveCollaboration,
  liveComments,
  blockComments,
  shareLink,
  askSql,
  ownData,
  publishReport,
  blockAnatomy,
  scheduleDelivery,
  askCanvas,
  chartVocabulary,
  crossFilter,
  perPersonView,
  chainedSql,
  followMode,
  tableXlsx,
];
const TIMEOUT_MS = 180_000;

const only = process.argv.slice(2);
const scenarios = only.length ? ALL.filter((s) => only.includes(s.id)) : ALL;
const results: ScenarioResult[] = [];

const platform = await startPlatform();
const browser = await launchBrowser();
console.log(`platform at ${platform.baseUrl}; ${platform.fields.size} root fields\n`);

for (const scenario of scenarios) {
  const started = Date.now();
  const missing = scenario.requires.filter((f) => !platform.fields.has(f));
  if (missing.length) {
    results.push({
      id: scenario.id,
      outcome: 'skipped',
      detail: `not in the composed API yet: ${missing.join(', ')}`,
      ms: 0,
    });
    console.log(`- ${scenario.id}: skipped (not in the composed API yet: ${missing.join(', ')})`);
    continue;
  }
  const pages: { page: import('playwright-core').Page; label: string }[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    const outcome = await Promise.race([
      scenario.run({
        platform,
        browser,
        shot: async (page, step) => void (await shot(page, scenario.id, step)),
        track: (page, label) => pages.push({ page, label }),
      }),
      new Promise<never>(
        (_, reject) =>
          (timer = setTimeout(() => reject(new Error(`timed out after ${TIMEOUT_MS / 1000} s`)), TIMEOUT_MS)),
      ),
    ]);
    if (outcome && 'skip' in outcome) {
      results.push({ id: scenario.id, outcome: 'skipped', detail: outcome.skip, ms: Date.now() - started });
      console.log(`- ${scenario.id}: skipped (${outcome.skip})`);
    } else {
      results.push({ id: scenario.id, outcome: 'passed', detail: '', ms: Date.now() - started });
      console.log(`✓ ${scenario.id}: ${scenario.title} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    }
  } catch (error) {
    for (const { page, label } of pages)
      await shot(page, scenario.id, `failure-${label}`).catch(() => undefined);
    const message = (error as Error).message.split('\n').slice(0, 6).join('\n  ');
    results.push({ id: scenario.id, outcome: 'failed', detail: message, ms: Date.now() - started });
    console.log(`✗ ${scenario.id}: ${scenario.title}\n  ${message}`);
  } finally {
    clearTimeout(timer);
    for (const { page } of pages)
      await page
        .context()
        .close()
        .catch(() => undefined);
  }
}

await browser.close();
if (process.env.E2E_PLATFORM_LOG) console.log(platform.output());
await platform.stop();
const { lines, exitCode } = verdict(results);
console.log(`\nscreenshots: e2e/screenshots/`);
for (const line of lines) console.log(line);
process.exit(exitCode);
