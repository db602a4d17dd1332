import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_SECRETS } from '@tessera/testing';
import { ok, startHarness, user, type Harness } from './testing/harness.ts';

// POST /internal/mail: the comments service's mention emails go through the platform's mail path;
// without SMTP_URL they land in the organization's outbox (Settings → Outbox, mailOutbox).
let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.stop();
});

const OUTBOX =
  'query($o: ID!) { mailOutbox(organizationId: $o) { to subject text attachments { filename } } }';

function post(body: unknown, secret = TEST_SECRETS.INTERNAL_SECRET) {
  return fetch(`${new URL(h.url).origin}/internal/mail`, {
    method: 'POST',
    headers: { 'x-internal-secret': secret, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

describe('internal mail route', () => {
  it('writes a mention email to the organization outbox with an absolute link; a retry is a no-op', async () => {
    const organizationId = randomUUID();
    const message = {
      messageId: randomUUID(),
      organizationId,
      to: 'bob@example.com',
      subject: 'Alice mentioned you on “Review”',
      text: 'Alice mentioned you on “Review”:\n\nLook @Bob',
      link: '/canvas/c1?comments=b1#block-b1',
    };
    expect((await post(message)).status).toBe(202);
    expect((await post(message)).status).toBe(202);
    const { mailOutbox } = ok(
      await h.gql<{ mailOutbox: { to: string; subject: string; text: string }[] }>(
        user([[organizationId, 'EDITOR']]),
        OUTBOX,
        { o: organizationId },
      ),
    );
    expect(mailOutbox).toEqual([
      {
        to: 'bob@example.com',
        subject: message.subject,
        text: expect.stringMatching(
          /Look @Bob\n\nOpen it in Tessera: https?:\/\/[^\s]+\/canvas\/c1\?comments=b1#block-b1$/,
        ),
        attachments: [],
      },
    ]);
  });

  it('refuses callers without the internal secret and malformed requests', async () => {
    const good = {
      messageId: randomUUID(),
      organizationId: randomUUID(),
      to: 'a@example.com',
      subject: 's',
      text: 't',
    };
    expect((await post(good, 'wrong')).status).toBe(401);
    for (const bad of [
      { ...good, to: 'not-an-email' },
      { ...good, messageId: 'x' },
      { ...good, subject: '' },
      { ...good, link: 'https://evil.example/' },
      { ...good, text: 'x'.repeat(20_001) },
    ])
      expect((await post(bad)).status).toBe(400);
  });
});
