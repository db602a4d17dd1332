// 7. A new user brings a dataset the project has never seen (three CSVs of a bike-share scheme,
//    abbreviated snake_case names), adds the relationship the inference missed (a rental's start
//    station, `start_stn`, which names no key), writes a join in a canvas SQL block with columns
//    picked from the schema drawer, charts it, and exports the result as XLSX.
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { createCanvas, newContext, newUser, signUp } from './support/browser.ts';
import { assert, type Scenario } from './support/scenario.ts';
import { addBlock } from './support/blocks.ts';

const STATIONS = [
  'stn_id,stn_nm,city,dock_cnt',
  '101,Harbour Gate,Portmere,24',
  '102,Mill Lane,Portmere,16',
  '103,Old Quarry,Eastfold,12',
  '104,Tram Depot,Eastfold,20',
];
const BIKES = [
  'bike_id,model_cd,in_svc_dt',
  '7001,CTY3,2023-04-01',
  '7002,CTY3,2023-04-01',
  '7003,EBK1,2024-02-15',
  '7004,EBK1,2024-02-15',
  '7005,CRG2,2024-06-30',
];

/** Rentals from three of the four stations (Old Quarry has none): 6, 4 and 2 rides. */
function rentalsCsv(): { csv: string; fares: Map<string, number> } {
  const starts = [101, 101, 102, 101, 104, 102, 101, 101, 102, 104, 101, 102];
  const names: Record<number, string> = { 101: 'Harbour Gate', 102: 'Mill Lane', 104: 'Tram Depot' };
  const fares = new Map<string, number>();
  const lines = ['rental_id,bike_id,start_stn,end_stn,start_ts,dur_min,fare_amt'];
  starts.forEach((start, i) => {
    const fare = 150 + i * 25; // cents, so the sums are exact
    fares.set(names[start]!, (fares.get(names[start]!) ?? 0) + fare);
    const end = [101, 102, 103, 104][(i + 1) % 4];
    lines.push(
      `${5001 + i},${7001 + (i % 5)},${start},${end},2025-05-${String(1 + i).padStart(2, '0')} 08:${String(10 + i).padStart(2, '0')}:00,${12 + i},${(fare / 100).toFixed(2)}`,
    );
  });
  return { csv: lines.join('\n') + '\n', fares };
}

const file = (name: string, lines: string[] | string) => ({
  name,
  mimeType: 'text/csv',
  buffer: Buffer.from(Array.isArray(lines) ? lines.join('\n') + '\n' : lines),
});

/** A screenshot at 1440 px and one at 1024 px of the same step. */
async function shotsAt(
  page: Page,
  shot: (page: Page, step: string) => Promise<void>,
  step: string,
): Promise<void> {
  await shot(page, `${step}-1440`);
  await page.setViewportSize({ width: 1024, height: 900 });
  await page.evaluate('new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))');
  await shot(page, `${step}-1024`);
  await page.setViewportSize({ width: 1440, height: 900 });
}

export const scenario: Scenario = {
  id: 'own-data',
  title: 'upload three CSVs, fix a relationship, join with the schema drawer, chart, export XLSX',
  requires: [
    'mutation.requestSignUp',
    'mutation.createFileUpload',
    'query.dataSource',
    'mutation.updateSemanticModel',
    'mutation.createCanvas',
    'mutation.runQuery',
    'mutation.exportQueryRun',
  ],
  async run({ platform, browser, shot, track }) {
    const context = await newContext(browser);
    const page = await context.newPage();
    track(page, 'user');
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await signUp(page, platform.baseUrl, newUser('Ines'));

    // Upload: two files dropped on the drop zone, the third through the file chooser.
    await page.getByRole('navigation', { name: 'Project' }).getByRole('link', { name: 'Data' }).click();
    await page.getByRole('link', { name: 'Upload files' }).first().click();
    await page.waitForURL(/\/data\/upload$/);
    const rentals = rentalsCsv();
    const toDrop = [
      { name: 'stations.csv', text: STATIONS.join('\n') + '\n' },
      { name: 'bikes.csv', text: BIKES.join('\n') + '\n' },
    ];
    // Built in the page (the e2e sources compile without the DOM library).
    const dropped = await page.evaluateHandle(`(() => {
      const transfer = new DataTransfer();
      for (const f of ${JSON.stringify(toDrop)}) transfer.items.add(new File([f.text], f.name, { type: 'text/csv' }));
      return transfer;
    })()`);
    await page.getByRole('button', { name: /^Add files/ }).dispatchEvent('drop', { dataTransfer: dropped });
    await page.getByTestId('file-input').setInputFiles([file('rentals.csv', rentals.csv)]);
    await page.getByLabel('Source name').fill('Bike share');
    const rows = page.getByRole('list', { name: 'Files to upload' }).getByRole('listitem');
    for (const name of ['stations.csv', 'bikes.csv', 'rentals.csv']) {
      await page
        .getByRole('listitem', { name })
        .locator('table th', {
          hasText: name === 'rentals.csv' ? 'start_stn' : name === 'bikes.csv' ? 'model_cd' : 'stn_nm',
        })
        .waitFor({ timeout: 30_000 });
    }
    assert((await rows.count()) === 3, `three files should be listed, found ${await rows.count()}`);
    const rentalHeader = await page
      .getByRole('listitem', { name: 'rentals.csv' })
      .locator('thead th')
      .allTextContents();
    assert(
      rentalHeader.length === 7,
      `the rentals preview should show 7 columns, got ${rentalHeader.join(' | ')}`,
    );
    await shotsAt(page, shot, '1-upload-previews');
    await page.getByRole('button', { name: 'Upload 3 files' }).click();
    await page.waitForURL(/\/data\/[^/?]+\?tab=model$/, { timeout: 60_000 });
    const sourceUrl = page.url();

    // The model: rentals.bike_id → bikes.bike_id is inferred; the start station is not.
    const relationships = page.getByRole('list', { name: 'Relationships' });
    await relationships.waitFor({ timeout: 60_000 });
    const inferred = (await relationships.getByRole('listitem').allTextContents()).map((t) =>
      t.replace(/\s+/g, ' '),
    );
    assert(
      inferred.some((t) => t.includes('rentals.bike_id') && t.includes('bikes.bike_id')),
      `rentals.bike_id → bikes.bike_id should be inferred, got: ${inferred.join('; ')}`,
    );
    assert(
      !inferred.some((t) => t.includes('rentals.start_stn')),
      `start_stn names no key; the inference should miss it (else this scenario tests nothing): ${inferred.join('; ')}`,
    );
    await relationships.scrollIntoViewIfNeeded();
    await shotsAt(page, shot, '2-model-inferred');

    const add = page.getByRole('group', { name: 'Add a relationship' });
    await add.getByLabel('From table').selectOption('rentals');
    await add.getByLabel('Column').first().selectOption('start_stn');
    await add.getByLabel('To table').selectOption('stations');
    await add.getByLabel('Column').last().selectOption('stn_id');
    await add.getByRole('button', { name: 'Add' }).click();
    await relationships
      .getByRole('listitem')
      .filter({ hasText: 'rentals.start_stn' })
      .getByText('added')
      .waitFor();
    await page.getByRole('button', { name: 'Save model' }).click();
    await page.getByText(/Saved · version \d+/).waitFor({ timeout: 30_000 });
    await shotsAt(page, shot, '3-model-saved');
    // It stays after a reload, as the user's own relationship.
    await page.goto(sourceUrl);
    const kept = page
      .getByRole('list', { name: 'Relationships' })
      .getByRole('listitem')
      .filter({ hasText: 'rentals.start_stn' });
    await kept.waitFor({ timeout: 30_000 });
    assert(
      (await kept.textContent())!.includes('stations.stn_id'),
      'the saved relationship should join stations.stn_id',
    );

    // A canvas: SQL on the new source, columns inserted from the schema drawer.
    await page.getByRole('navigation', { name: 'Project' }).getByRole('link', { name: 'Home' }).click();
    await page.waitForURL(/\/p\/[^/]+$/);
    await createCanvas(page, 'Blank', 'Station fares');
    await addBlock(page, 'SQL');
    const sqlBlock = page.locator('[data-block-type="SQL"]').first();
    await sqlBlock.waitFor();
    await sqlBlock.getByLabel('Data source').selectOption({ label: 'Bike share' });
    const editor = sqlBlock.locator('.cm-content');
    await editor.click();
    await page.keyboard.press('Control+a');
    await page.keyboard.press('Delete');
    await page.keyboard.press('Control+Shift+E');
    const drawer = page.locator('aside.schema-drawer');
    await drawer
      .getByRole('treeitem')
      .first()
      .waitFor({ timeout: 30_000 })
      .catch(() => {
        throw new Error('the schema drawer shows no table of Bike share (its tree stays hidden)');
      });
    // Laid out inside the drawer, not pushed out of it (where playwright still calls it visible).
    const [tree, panel] = await Promise.all([
      drawer.getByRole('tree', { name: 'Tables' }).boundingBox(),
      drawer.boundingBox(),
    ]);
    assert(
      tree && panel && tree.width > 120 && tree.x + tree.width <= panel.x + panel.width + 1,
      `the schema drawer's tree should lie inside the drawer: tree ${JSON.stringify(tree)}, drawer ${JSON.stringify(panel)}`,
    );
    const search = drawer.getByRole('combobox', { name: 'Search tables and columns' });
    const typeAtEnd = async (text: string) => {
      await editor.focus();
      await page.keyboard.press('Control+End');
      // The editor closes brackets: `sum(` left a `)` after the column inserted into it.
      const closed = text.startsWith(')') && (await editor.innerText()).trimEnd().endsWith(')');
      await page.keyboard.type(closed ? text.slice(1) : text);
    };
    const insertColumn = async (table: string, column: string) => {
      await search.fill(column);
      await drawer
        .locator('.schema-column', { hasText: column })
        .filter({ has: page.locator('.schema-name', { hasText: new RegExp(`^${column}$`) }) })
        .first()
        .waitFor();
      const candidates = drawer
        .locator('.schema-column')
        .filter({ has: page.locator('.schema-name', { hasText: new RegExp(`^${column}$`) }) });
      // A column name two tables share (bike_id): pick the row under the wanted table.
      const titles = await candidates.evaluateAll((els) => els.map((el) => el.getAttribute('title') ?? ''));
      const index = titles.findIndex((t) => t.includes(`${table}.${column}`));
      assert(index >= 0, `the drawer should offer ${table}.${column}, offered: ${titles.join('; ')}`);
      await candidates.nth(index).click();
    };
    await typeAtEnd('SELECT ');
    await insertColumn('stations', 'stn_nm');
    await shotsAt(page, shot, '4-schema-drawer');
    await typeAtEnd(' AS station, count(*) AS rides, sum(');
    await insertColumn('rentals', 'fare_amt');
    await typeAtEnd(') AS fares FROM rentals JOIN stations ON ');
    await insertColumn('rentals', 'start_stn');
    await typeAtEnd(' = ');
    await insertColumn('stations', 'stn_id');
    await typeAtEnd(' GROUP BY 1 ORDER BY 1');
    const sql = (await editor.innerText()).replace(/\s+/g, ' ').trim();
    const expected =
      'SELECT stations.stn_nm AS station, count(*) AS rides, sum(rentals.fare_amt) AS fares FROM rentals JOIN stations ON rentals.start_stn = stations.stn_id GROUP BY 1 ORDER BY 1';
    assert(sql === expected, `the SQL written with the drawer should read\n  ${expected}\n  got\n  ${sql}`);
    await search.press('Escape');
    await editor.focus();
    await page.keyboard.press('Control+Shift+E');
    await drawer.waitFor({ state: 'detached' });
    await editor.focus();
    await page.keyboard.press('Control+Enter');
    const rowCount = sqlBlock.getByTestId('row-count');
    await rowCount.waitFor({ timeout: 60_000 });
    const count = Number((await rowCount.textContent())!.replace(/\D/g, ''));
    assert(
      count === rentals.fares.size,
      `one row per start station with rides (${rentals.fares.size}), got ${count}: ${sql}`,
    );
    const firstRow = (await sqlBlock.locator('.result-row').first().textContent()) ?? '';
    const harbour = (rentals.fares.get('Harbour Gate')! / 100).toFixed(2);
    assert(
      firstRow.includes('Harbour Gate') && firstRow.includes(harbour),
      `Harbour Gate's fares sum to ${harbour}: ${firstRow}`,
    );

    // Chart it.
    await addBlock(page, 'Chart');
    const chart = page.locator('[data-block-type="CHART"]').first();
    await chart.locator('svg.chart .mark').first().waitFor({ timeout: 30_000 });
    const marks = await chart.locator('svg.chart .mark').count();
    // Two measures (rides, fares): a bar for each, per station.
    assert(
      marks === count * 2,
      `the chart should draw ${count * 2} bars (rides and fares per station), found ${marks}`,
    );
    const axis = (await chart.locator('svg.chart').textContent()) ?? '';
    for (const station of rentals.fares.keys())
      assert(axis.includes(station), `the chart's axis should name ${station}`);
    await shotsAt(page, shot, '5-joined-and-charted');

    // Export the result as XLSX.
    const downloading = page.waitForEvent('download', { timeout: 30_000 });
    await sqlBlock.getByRole('button', { name: /^Export/ }).click();
    await page.getByRole('menuitem', { name: /XLSX/ }).click();
    const download = await downloading;
    const failure = await download.failure();
    assert(!failure, `the XLSX download failed: ${failure}`);
    const bytes = await readFile((await download.path())!);
    assert(bytes.length > 100, `the XLSX file should not be empty (${bytes.length} bytes)`);
    assert(
      bytes.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04])),
      `an XLSX file is a zip (PK\\x03\\x04), got ${bytes.subarray(0, 4).toString('hex')}`,
    );
    assert(
      /\.xlsx$/i.test(download.suggestedFilename()),
      `the download should be named .xlsx, got ${download.suggestedFilename()}`,
    );
    assert(errors.length === 0, `the page threw: ${errors.join('; ')}`);
  },
};
