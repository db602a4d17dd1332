import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Identity } from '@tessera/auth';
import { createEventBus, type EventBus } from '@tessera/events';
import { TOPICS } from './services/events.ts';
import {
  ADD_COMMENT,
  errorCodes,
  makeUser,
  startHarness,
  type Harness,
  type TestUser,
} from './testing/harness.ts';

interface NotificationView {
  id: string;
  kind: string;
  read: boolean;
  actor: { id: string };
  comment: { id: string; body: string };
  canvas: { id: string };
}

const NOTIFICATIONS = `query($unreadOnly: Boolean) { notifications(unreadOnly: $unreadOnly) {
  edges { node { id kind read actor { id } comment { id body } canvas { id } } } totalCount unreadCount } }`;

let h: Harness;
let listener: EventBus;
let org: string;
let canvas: string;
let alice: TestUser;
let bob: TestUser;
let carol: TestUser;
let dave: TestUser;
let mallory: TestUser; // not a member of org

beforeAll(async () => {
  h = await startHarness();
  // A second bus on the same database: what the gateway would run, in another process.
  listener = createEventBus({ databaseUrl: h.databaseUrl });
  org = randomUUID();
  canvas = h.directories.addCanvas(org);
  alice = makeUser(h.directories, 'Alice', [[org, 'OWNER']]);
  bob = makeUser(h.directories, 'Bob', [[org, 'VIEWER']]);
  carol = makeUser(h.directories, 'Carol', [[org, 'EDITOR']]);
  dave = makeUser(h.directories, 'Dave', [[org, 'VIEWER']]);
  mallory = makeUser(h.directories, 'Mallory', [[randomUUID(), 'OWNER']]);
});
afterAll(async () => {
  await listener.close();
  await h.stop();
});

const mention = (user: TestUser) => `@[${user.name}](${user.userId})`;

async function add(who: TestUser, body: string): Promise<{ id: string; mentions: { id: string }[] }> {
  const result = await h.gql<{ addComment: { id: string; mentions: { id: string }[] } }>(
    who.identity,
    ADD_COMMENT,
    { input: { canvasId: canvas, body } },
  );
  expect(result.errors).toBeUndefined();
  return result.data!.addComment;
}

async function notificationsOf(identity: Identity, unreadOnly = false) {
  const result = await h.gql<{
    notifications: { edges: { node: NotificationView }[]; totalCount: number; unreadCount: number };
  }>(identity, NOTIFICATIONS, {
    unreadOnly,
  });
  expect(result.errors).toBeUndefined();
  return result.data!.notifications;
}

describe('mentions', () => {
  it('notify mentioned members only: not non-members, unknown ids, or the author', async () => {
    const body = `${mention(bob)} and @${carol.email.toUpperCase()} please check; cc ${mention(mallory)} @[Ghost](${randomUUID()}) ${mention(alice)}`;
    const comment = await add(alice, body);
    expect(comment.mentions.map((m) => m.id).sort()).toEqual([bob.userId, carol.userId].sort());

    for (const member of [bob, carol]) {
      const { edges } = await notificationsOf(member.identity);
      expect(edges.map((e) => e.node)).toEqual([
        {
          id: expect.any(String),
          kind: 'MENTION',
          read: false,
          actor: { id: alice.userId },
          comment: { id: comment.id, body },
          canvas: { id: canvas },
        },
      ]);
    }
    expect((await notificationsOf(alice.identity)).totalCount).toBe(0);
    expect((await notificationsOf(dave.identity)).totalCount).toBe(0);
    // The recipient's list hides other organizations anyway: check what was actually stored.
    const owner = new pg.Client({ connectionString: h.databaseUrl });
    await owner.connect();
    const { rows } = await owner.query<{ user_id: string }>(
      'SELECT user_id FROM comments.notifications WHERE comment_id = $1',
      [comment.id],
    );
    await owner.end();
    expect(rows.map((r) => r.user_id).sort()).toEqual([bob.userId, carol.userId].sort());
  });

  it('an edit notifies only the members it newly mentions', async () => {
    const comment = await add(alice, `ping ${mention(bob)}`);
    const bobBefore = (await notificationsOf(bob.identity)).totalCount;
    const edited = await h.gql<{ editComment: { mentions: { id: string }[] } }>(
      alice.identity,
      'mutation($id: ID!, $body: String!) { editComment(id: $id, body: $body) { mentions { id } } }',
      { id: comment.id, body: `ping ${mention(bob)} and ${mention(dave)}` },
    );
    expect(edited.data!.editComment.mentions.map((m) => m.id).sort()).toEqual(
      [bob.userId, dave.userId].sort(),
    );
    expect((await notificationsOf(bob.identity)).totalCount).toBe(bobBefore);
    expect((await notificationsOf(dave.identity)).edges.map((e) => e.node.comment.id)).toEqual([comment.id]);
  });
});

describe('notifications', () => {
  it('are read and marked read by their recipient only', async () => {
    await add(alice, `${mention(carol)} one more`);
    const unread = await notificationsOf(carol.identity, true);
    expect(unread.unreadCount).toBe(2);
    const target = unread.edges[0]!.node.id;

    const READ = 'mutation($id: ID!) { markNotificationRead(id: $id) { id read } }';
    expect(errorCodes(await h.gql(bob.identity, READ, { id: target }))).toEqual(['NOT_FOUND']);
    expect(
      errorCodes(
        await h.gql(bob.identity, 'query($id: ID!) { notification(id: $id) { id } }', { id: target }),
      ),
    ).toEqual(['NOT_FOUND']);
    const marked = await h.gql<{ markNotificationRead: { read: boolean } }>(carol.identity, READ, {
      id: target,
    });
    expect(marked.data!.markNotificationRead.read).toBe(true);
    expect((await notificationsOf(carol.identity)).unreadCount).toBe(1);

    const all = await h.gql<{ markAllNotificationsRead: number }>(
      carol.identity,
      'mutation { markAllNotificationsRead }',
    );
    expect(all.data!.markAllNotificationsRead).toBe(1);
    expect((await notificationsOf(carol.identity, true)).totalCount).toBe(0);
  });

  it('from an organization the user has left are no longer listed', async () => {
    const left: Identity = {
      ...bob.identity,
      principal: { kind: 'user', userId: bob.userId, sessionId: 's', memberships: [] },
    };
    expect((await notificationsOf(bob.identity)).totalCount).toBeGreaterThan(0);
    expect((await notificationsOf(left)).totalCount).toBe(0);
  });
});

describe('events on the bus', () => {
  it('publishes commentAdded, notificationAdded and commentUpdated after the write commits', async () => {
    const received: { topic: string; payload: unknown }[] = [];
    const on = (topic: string) => listener.subscribe(topic, (payload) => received.push({ topic, payload }));
    const unsubscribe = [
      await on(TOPICS.commentAdded(canvas)),
      await on(TOPICS.notificationAdded(dave.userId)),
      await on(TOPICS.commentUpdated(canvas)),
    ];

    const comment = await add(bob, `${mention(dave)} see this`);
    await expect.poll(() => received.length, { timeout: 5_000 }).toBe(2);
    const notification = (await notificationsOf(dave.identity)).edges[0]!.node;
    expect(received).toContainEqual({
      topic: `commentAdded:${canvas}`,
      payload: { id: comment.id, canvasId: canvas, organizationId: org },
    });
    expect(received).toContainEqual({
      topic: `notificationAdded:${dave.userId}`,
      payload: { id: notification.id, userId: dave.userId, organizationId: org },
    });
    // What the gateway does with an event: re-read it as the subscriber.
    const asDave = await h.gql<{ comment: { id: string } }>(
      dave.identity,
      'query($id: ID!) { comment(id: $id) { id } }',
      { id: comment.id },
    );
    expect(asDave.data!.comment.id).toBe(comment.id);

    await h.gql(alice.identity, 'mutation($id: ID!) { resolveComment(id: $id) { id } }', { id: comment.id });
    await expect.poll(() => received.length, { timeout: 5_000 }).toBe(3);
    expect(received[2]).toEqual({
      topic: `commentUpdated:${canvas}`,
      payload: { id: comment.id, canvasId: canvas, organizationId: org, change: 'RESOLVED' },
    });
    for (const stop of unsubscribe) await stop();
  });

  it('publishes nothing when the write is refused', async () => {
    const received: unknown[] = [];
    const stop = await listener.subscribe(TOPICS.commentAdded(canvas), (payload) => received.push(payload));
    expect(
      errorCodes(
        await h.gql(mallory.identity, ADD_COMMENT, { input: { canvasId: canvas, body: 'intruder' } }),
      ),
    ).toEqual(['NOT_FOUND']);
    const marker = await add(alice, 'marker');
    await expect.poll(() => received.length, { timeout: 5_000 }).toBe(1);
    expect(received).toEqual([{ id: marker.id, canvasId: canvas, organizationId: org }]);
    await stop();
  });
});
