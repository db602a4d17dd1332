import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uniqueEmail } from '../support/accounts.ts';
import { errorCode, postGraphQL, startStack, type Stack } from '../support/stack.ts';

const REQUEST =
  'mutation($input: SignUpInput!) { requestSignUp(input: $input) { email session { accessToken } } }';
const SIGN_UP = 'mutation($input: SignUpInput!) { signUp(input: $input) { accessToken } }';
const COMPLETE =
  'mutation($t: String!) { completeSignUp(token: $t) { accessToken refreshToken user { id email memberships { role } } } }';
const LOG_IN = 'mutation($input: LogInInput!) { logIn(input: $input) { accessToken } }';
const ME = '{ me { email } }';

interface Received {
  to: string;
  text: string;
}

/** A real SMTP sink: every message the accounts service sends over SMTP lands here. */
const received: Received[] = [];
const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS', 'AUTH'],
  onData(stream, session, callback) {
    let data = '';
    stream.on('data', (chunk: Buffer) => (data += chunk.toString('utf8')));
    stream.on('end', () => {
      // Undo quoted-printable soft breaks and escapes so links can be read back.
      const text = data
        .replace(/=\r?\n/g, '')
        .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
      received.push({ to: session.envelope.rcptTo.map((r) => r.address).join(','), text });
      callback();
    });
  },
});

const input = (email: string, password = 'long-enough-pw') => ({
  input: { email, password, name: 'Grace', organizationName: 'Hopper Inc' },
});

async function mailFor(email: string, count = 1): Promise<Received[]> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const mails = received.filter((m) => m.to.toLowerCase() === email.toLowerCase());
    if (mails.length >= count) return mails;
    if (Date.now() > deadline) throw new Error(`no mail for ${email}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

let stack: Stack;
beforeAll(async () => {
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  const port = (smtp.server.address() as AddressInfo).port;
  stack = await startStack(
    {
      SIGN_UP_MODE: 'verify',
      SMTP_URL: `smtp://127.0.0.1:${port}`,
      PUBLIC_URL: 'http://bi.example.test',
      LOGIN_MAX_FAILURES_PER_ACCOUNT_ALL_IPS: '15',
    },
    { gateway: { TRUST_PROXY: 'true' } },
  );
}, 180_000);
afterAll(async () => {
  await stack.stop();
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
});

describe('sign-up by email verification (SIGN_UP_MODE=verify)', () => {
  it('answers a new and an existing email identically, and says which it was by email only', async () => {
    const existing = uniqueEmail('existing');
    const first = await stack.gql<{ requestSignUp: { email: string; session: null } }>(
      REQUEST,
      input(existing),
    );
    const [verification] = await mailFor(existing);
    const token = /\/signup\/complete\?token=([\w-]+)/.exec(verification!.text)![1]!;
    expect((await stack.gql(COMPLETE, { t: token })).errors).toBeUndefined();

    const fresh = uniqueEmail('fresh');
    const forNew = await stack.gql(REQUEST, input(fresh));
    const forExisting = await stack.gql(REQUEST, input(existing.toUpperCase()));
    const shape = (r: typeof forNew, email: string) =>
      JSON.stringify({ status: r.status, data: r.data, errors: r.errors }).replaceAll(email, '<email>');
    expect(shape(forNew, fresh)).toBe(shape(forExisting, existing.toUpperCase()));
    expect(first.data?.requestSignUp).toEqual({ email: existing, session: null });

    const [toNew] = await mailFor(fresh);
    expect(toNew!.text).toMatch(/http:\/\/bi\.example\.test\/signup\/complete\?token=/);
    const reminders = await mailFor(existing, 2);
    expect(reminders[1]!.text).toMatch(/already has one/);
    expect(reminders[1]!.text).not.toMatch(/token=/);

    // The deprecated signUp answers the same too: CHECK_EMAIL for both, no field, nothing about existence.
    const oldNew = await stack.gql(SIGN_UP, input(uniqueEmail('old')));
    const oldExisting = await stack.gql(SIGN_UP, input(existing));
    expect(oldNew.errors).toEqual(oldExisting.errors);
    expect(oldNew.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'CHECK_EMAIL' });
    expect(oldNew.errors?.[0]?.extensions?.field).toBeUndefined();
  });

  it('the emailed link creates the account and signs in, once', async () => {
    const email = uniqueEmail('link');
    await stack.gql(REQUEST, input(email, 'my-secret-pass'));
    const [mail] = await mailFor(email);
    const token = /token=([\w-]+)/.exec(mail!.text)![1]!;
    expect(
      (await stack.gql(LOG_IN, { input: { email, password: 'my-secret-pass' } })).errors?.[0]?.extensions
        ?.code,
    ).toBe('UNAUTHENTICATED');

    const done = await stack.gql<{
      completeSignUp: { accessToken: string; user: { email: string; memberships: { role: string }[] } };
    }>(COMPLETE, { t: token });
    expect(done.data?.completeSignUp.user).toMatchObject({ email, memberships: [{ role: 'OWNER' }] });
    const me = await stack.gql<{ me: { email: string } }>(ME, {}, done.data!.completeSignUp.accessToken);
    expect(me.data?.me.email).toBe(email);
    expect(
      (await stack.gql(LOG_IN, { input: { email, password: 'my-secret-pass' } })).errors,
    ).toBeUndefined();

    const again = await stack.gql(COMPLETE, { t: token });
    expect(errorCode(again)).toBe('BAD_USER_INPUT');
    expect(again.errors?.[0]?.message).toMatch(/invalid or has expired/);
    expect(errorCode(await stack.gql(COMPLETE, { t: 'x'.repeat(43) }))).toBe('BAD_USER_INPUT');
  });
});

describe('sign-up mail cannot be used to flood an inbox', () => {
  it('sends at most 5 sign-up mails per address per hour, new or existing, and answers the same past that', async () => {
    const fresh = uniqueEmail('flood-new');
    for (let i = 0; i < 7; i++)
      expect((await stack.gql(REQUEST, input(fresh))).data).toEqual({
        requestSignUp: { email: fresh, session: null },
      });
    // Each answer comes after the SMTP server accepted its message: the count is final here.
    expect(received.filter((m) => m.to === fresh)).toHaveLength(5);

    const existing = uniqueEmail('flood-existing');
    await stack.gql(REQUEST, input(existing));
    await stack.gql(COMPLETE, { t: /token=([\w-]+)/.exec((await mailFor(existing))[0]!.text)![1]! });
    for (let i = 0; i < 7; i++)
      expect((await stack.gql(REQUEST, input(existing))).data).toEqual({
        requestSignUp: { email: existing, session: null },
      });
    expect(received.filter((m) => m.to === existing && /already has one/.test(m.text))).toHaveLength(5);
  });
});

describe('sign-in throttling cannot lock the owner out', () => {
  it('throttles the attacking IP on that account, not the owner signing in from another IP', async () => {
    const email = uniqueEmail('victim');
    await stack.gql(REQUEST, input(email, 'victim-password'));
    const token = /token=([\w-]+)/.exec((await mailFor(email))[0]!.text)![1]!;
    await stack.gql(COMPLETE, { t: token });
    const from = (ip: string, password: string) =>
      postGraphQL(stack.gatewayUrl, LOG_IN, { input: { email, password } }, undefined, {
        'x-forwarded-for': ip,
      });

    for (let i = 0; i < 10; i++)
      expect(errorCode(await from('203.0.113.7', `guess-${i}-password`))).toBe('UNAUTHENTICATED');
    expect(errorCode(await from('203.0.113.7', 'victim-password'))).toBe('RATE_LIMITED');

    const owner = await from('198.51.100.20', 'victim-password');
    expect(owner.errors).toBeUndefined();
  });

  it('a spray from many IPs meets the slower account-wide ceiling, which spares IPs the owner signed in from', async () => {
    const email = uniqueEmail('sprayed');
    await stack.gql(REQUEST, input(email, 'sprayed-password'));
    await stack.gql(COMPLETE, { t: /token=([\w-]+)/.exec((await mailFor(email))[0]!.text)![1]! });
    const from = (ip: string, password: string) =>
      postGraphQL(stack.gatewayUrl, LOG_IN, { input: { email, password } }, undefined, {
        'x-forwarded-for': ip,
      });
    expect((await from('198.51.100.30', 'sprayed-password')).errors).toBeUndefined(); // the owner's usual IP

    for (let i = 0; i < 15; i++)
      expect(errorCode(await from(`203.0.113.${100 + i}`, `spray-${i}-password`))).toBe('UNAUTHENTICATED');
    expect(errorCode(await from('203.0.113.200', 'sprayed-password'))).toBe('RATE_LIMITED'); // a new IP, even with the password
    expect((await from('198.51.100.30', 'sprayed-password')).errors).toBeUndefined(); // the owner is not locked out
  });
});
