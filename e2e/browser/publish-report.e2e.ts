// 6. Publish before you share (T3): an editor publishes the Sales overview with one chart (and its
//    SQL block) left out; the link, opened logged out, is a report (no editor chrome, no SQL, no
//    unpublished block); a viewer's filter choice re-runs their view only; a host page on another
//    origin embeds the publication with a signed JWT whose params lock the region filter.
import { createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { accessToken, gql } from './support/api.ts';
import { createCanvas, newContext, newUser, signUp, watchErrors, type TestUser } from './support/browser.ts';
import { assert, type Scenario } from './support/scenario.ts';

const HIDDEN = 'Revenue by category';

export const scenario: Scenario = {
  id: 'publish-report',
  title:
    'publish with a block hidden, the link is a report, a viewer filters, a signed embed on another origin',
  requires: [
    'mutation.publishCanvas',
    'query.sharedCanvas',
    'query.runSharedBlock',
    'mutation.createShareLink',
    'mutation.createEmbeddingSecret',
    'mutation.logIn',
  ],
  async run({ platform, browser, shot, track }) {
    const errors: string[] = [];
    const user = newUser('Petra');
    const owner = await (await newContext(browser)).newPage();
    track(owner, 'owner');
    watchErrors(owner, 'owner', errors);
    await signUp(owner, platform.baseUrl, user);
    const canvasId = await createCanvas(owner, 'Sales overview', 'Published report');
    await owner.locator('[data-block-type="CHART"]').first().waitFor({ timeout: 30_000 });
    await owner
      .getByTestId('publish-status')
      .filter({ hasText: 'Not published' })
      .waitFor({ timeout: 30_000 });

    // Publish without the category chart and its SQL block, SQL not shown.
    await owner
      .getByRole('toolbar', { name: 'Canvas' })
      .getByRole('button', { name: 'Publish', exact: true })
      .click();
    const dialog = owner.getByRole('dialog');
    await dialog.getByRole('checkbox', { name: `${HIDDEN} Chart` }).uncheck();
    await dialog.getByRole('checkbox', { name: `${HIDDEN} SQL` }).uncheck();
    assert(
      !(await dialog.getByRole('checkbox', { name: /Show SQL to viewers/ }).isChecked()),
      'code is hidden by default',
    );
    await dialog.getByLabel(/Note for editors/).fill('First version for the sales team');
    await shot(owner, '1-publish-dialog');
    await dialog.getByRole('button', { name: 'Publish', exact: true }).click();
    await dialog.getByText(/Version 1 is live/).waitFor({ timeout: 30_000 });
    await dialog.getByRole('button', { name: 'Create a share link' }).click();
    const href = await dialog.getByTestId('published-link').getAttribute('href');
    assert(href && /\/embed\/[^/?]+$/.test(href), `the result links to the published report, got ${href}`);
    await dialog.getByRole('button', { name: 'Done' }).click();
    await owner
      .getByTestId('publish-status')
      .filter({ hasText: /Published/ })
      .waitFor({ timeout: 70_000 });
    await shot(owner, '2-published-chip');

    // Logged out: a report, not an editor.
    const viewer = await (await newContext(browser)).newPage();
    track(viewer, 'viewer');
    watchErrors(viewer, 'viewer', errors);
    await viewer.goto(`${platform.baseUrl}${new URL(href).pathname}`);
    await viewer.getByTestId('report').waitFor({ timeout: 30_000 });
    await viewer.locator('[data-block-type="CHART"] svg.chart .mark').first().waitFor({ timeout: 60_000 });
    const revenue = viewer
      .locator('[data-block-type="METRIC"]', { hasText: 'Revenue' })
      .getByTestId('metric-value')
      .locator('strong');
    await revenue.waitFor({ timeout: 60_000 });
    const allRegions = (await revenue.textContent())!;
    const text = await viewer.locator('body').innerText();
    assert(!text.includes(HIDDEN), 'the unpublished chart and SQL block are not in the report');
    assert(
      !/\bSELECT\b/i.test(text) && (await viewer.getByText('Show SQL').count()) === 0,
      'no SQL text without showCode',
    );
    for (const [selector, what] of [
      ['.canvas-toolbar', 'editor toolbar'],
      ['.topbar', 'app chrome'],
      ['.cm-content', 'code editor'],
      ['.block-resize', 'resize handles'],
    ] as const) {
      assert((await viewer.locator(selector).count()) === 0, `no ${what} in the report`);
    }
    assert(
      (await viewer.getByRole('heading', { name: 'Published report' }).count()) === 1,
      'the report is titled with the canvas name',
    );
    await shot(viewer, '3-report-logged-out');

    // A viewer's filter: their view re-runs, the published default stays for everyone else.
    await viewer.getByLabel('Region').selectOption('Europe');
    await revenue.filter({ hasNotText: allRegions }).waitFor({ timeout: 60_000 });
    await shot(viewer, '4-viewer-filtered');
    const other = await (await newContext(browser)).newPage();
    track(other, 'other-viewer');
    await other.goto(`${platform.baseUrl}${new URL(href).pathname}`);
    await other.getByTestId('report').waitFor({ timeout: 30_000 });
    assert(
      (await other.getByLabel('Region').inputValue()) === 'All',
      'a viewer choice is never written back',
    );

    // A signed embed on another origin, its region locked by the JWT's params.
    const secret = await embeddingSecret(platform.baseUrl, user);
    const jwt = signEmbed(secret, {
      canvas: canvasId,
      params: { region: 'Asia Pacific' },
      exp: Math.floor(Date.now() / 1000) + 600,
    });
    const host = await hostPage(`${platform.baseUrl}/embed/${jwt}`);
    try {
      const partner = await (await newContext(browser)).newPage();
      track(partner, 'host');
      watchErrors(partner, 'host', errors);
      await partner.goto(host.url);
      assert(
        new URL(host.url).origin !== new URL(platform.baseUrl).origin,
        'the host page is on another origin',
      );
      const frame = partner.frameLocator('iframe[title="Sales dashboard"]');
      await frame.getByTestId('report').waitFor({ timeout: 30_000 });
      await frame.locator('[data-block-type="CHART"] svg.chart .mark').first().waitFor({ timeout: 60_000 });
      const region = frame.getByLabel('Region');
      assert((await region.inputValue()) === 'Asia Pacific', 'the JWT params set the region');
      assert(await region.isDisabled(), 'the locked region cannot be changed by the viewer');
      await frame.getByText('locked').first().waitFor();
      await shot(partner, '5-signed-embed-on-host');

      // A token signed with another key opens nothing.
      const forged = signEmbed('not-the-organization-secret', {
        canvas: canvasId,
        params: {},
        exp: Math.floor(Date.now() / 1000) + 600,
      });
      await partner.goto(`${platform.baseUrl}/embed/${forged}`);
      await partner.getByText('This link is not valid.').waitFor({ timeout: 30_000 });
      assert((await partner.getByTestId('report').count()) === 0, 'a forged embed shows no report');
    } finally {
      await host.close();
    }
    assert(errors.length === 0, `page errors: ${errors.join('; ')}`);
  },
};

/** The organization's embedding secret, created through the API as the owner. */
async function embeddingSecret(baseUrl: string, user: TestUser): Promise<string> {
  const token = await accessToken(baseUrl, user);
  const { me } = await gql<{ me: { memberships: { organization: { id: string } }[] } }>(
    baseUrl,
    '{ me { memberships { organization { id } } } }',
    {},
    token,
  );
  const organizationId = me.memberships[0]!.organization.id;
  const { createEmbeddingSecret } = await gql<{ createEmbeddingSecret: string }>(
    baseUrl,
    'mutation($id: ID!) { createEmbeddingSecret(organizationId: $id) }',
    { id: organizationId },
    token,
  );
  return createEmbeddingSecret;
}

/** An HS256 JWT as a partner's backend signs it. */
export function signEmbed(secret: string, claims: Record<string, unknown>): string {
  const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const unsigned = `${part({ alg: 'HS256', typ: 'JWT' })}.${part(claims)}`;
  return `${unsigned}.${createHmac('sha256', secret).update(unsigned).digest('base64url')}`;
}

/** A partner's page on its own origin (127.0.0.1 on another port) that frames the embed. */
async function hostPage(embedSrc: string): Promise<{ url: string; close: () => Promise<void> }> {
  const html = `<!doctype html><html><head><title>Partner portal</title></head><body style="font-family:sans-serif;margin:24px">
<h1>Partner portal</h1><p>Sales for your region, from Tessera:</p>
<iframe src="${embedSrc}" title="Sales dashboard" style="width:100%;aspect-ratio:16/10;border:1px solid #ccc"></iframe></body></html>`;
  const server: Server = createServer((_, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
