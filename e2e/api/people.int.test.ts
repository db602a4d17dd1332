import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp, uniqueEmail, type SignedUpUser } from '../support/accounts.ts';
import { TEST_SECRETS } from '@tessera/testing';
import { errorCode, startStack, type GraphQLResult, type Stack } from '../support/stack.ts';

// People (issue T3): invitation links land in the inviting organization; roles; one canvas shared
// with an outsider and nothing around it; the signed-embed secret.

const INVITE = 'mutation($i: InviteMemberInput!) { inviteMember(input: $i) { status role email inviteUrl } }';
const ACCEPT = 'mutation($t: String!) { acceptInvitation(token: $t) { status role organization { id } } }';
const SET_ROLE = 'mutation($i: SetMemberRoleInput!) { setMemberRole(input: $i) { role user { id } } }';
const REQUEST =
  'mutation($i: SignUpInput!) { requestSignUp(input: $i) { session { accessToken user { memberships { role organization { id } } } } } }';
const ME = '{ me { memberships { role organization { id } } } }';
const CREATE_CANVAS =
  'mutation($i: CreateCanvasInput!) { createCanvas(input: $i) { id blocks { id type } } }';
const SECRET = 'mutation($o: ID!) { createEmbeddingSecret(organizationId: $o) }';
const SHARE = 'mutation($i: ShareCanvasInput!) { shareCanvas(input: $i) }';

let stack: Stack;
let owner: SignedUpUser;
let internalOrigin: string;
beforeAll(async () => {
  stack = await startStack();
  owner = await signUp(stack, 'owner');
  internalOrigin = new URL(stack.accountsUrl).origin;
}, 180_000);
afterAll(async () => {
  await stack?.stop();
});

const tokenOf = (inviteUrl: string) => inviteUrl.split('/invite/')[1]!;

/** The gateway caches principals until accounts' change event arrives: retry briefly. */
async function eventually<T>(
  fn: () => Promise<GraphQLResult<T>>,
  done: (r: GraphQLResult<T>) => boolean,
): Promise<GraphQLResult<T>> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const result = await fn();
    if (done(result) || Date.now() > deadline) return result;
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
}

describe('invitations', () => {
  it('a new person signs up through inviteUrl and lands in the inviting organization (no new one)', async () => {
    const email = uniqueEmail('invitee');
    const invited = await stack.gql<{ inviteMember: { status: string; inviteUrl: string } }>(
      INVITE,
      { i: { organizationId: owner.organizationId, email, role: 'EDITOR' } },
      owner.accessToken,
    );
    expect(invited.data?.inviteMember).toMatchObject({ status: 'PENDING' });
    const inviteUrl = invited.data!.inviteMember.inviteUrl;
    expect(inviteUrl).toMatch(/\/invite\/[0-9a-f-]{36}\.[A-Za-z0-9_-]{43}$/);

    const signed = await stack.gql<{
      requestSignUp: { session: { user: { memberships: { role: string; organization: { id: string } }[] } } };
    }>(REQUEST, {
      i: { email, password: 'long-enough-pw', name: 'Ada', invitationToken: tokenOf(inviteUrl) },
    });
    expect(signed.errors).toBeUndefined();
    expect(signed.data!.requestSignUp.session.user.memberships).toEqual([
      { role: 'EDITOR', organization: { id: owner.organizationId } },
    ]);

    // Single use: the link does not work twice, for anyone.
    const again = await stack.gql(REQUEST, {
      i: {
        email: uniqueEmail('late'),
        password: 'long-enough-pw',
        name: 'Late',
        invitationToken: tokenOf(inviteUrl),
      },
    });
    expect(errorCode(again)).toBe('BAD_USER_INPUT');
  });

  it('a signed-in person accepts the link and joins; a revoked or tampered link is refused', async () => {
    const other = await signUp(stack, 'other');
    const invited = await stack.gql<{ inviteMember: { inviteUrl: string } }>(
      INVITE,
      { i: { organizationId: owner.organizationId, email: uniqueEmail('fresh'), role: 'VIEWER' } },
      owner.accessToken,
    );
    const token = tokenOf(invited.data!.inviteMember.inviteUrl);
    const tampered = await stack.gql(ACCEPT, { t: `${token.slice(0, -2)}AA` }, other.accessToken);
    expect(errorCode(tampered)).toBe('BAD_USER_INPUT');
    const accepted = await stack.gql<{ acceptInvitation: { role: string; organization: { id: string } } }>(
      ACCEPT,
      { t: token },
      other.accessToken,
    );
    expect(accepted.data?.acceptInvitation).toMatchObject({
      role: 'VIEWER',
      organization: { id: owner.organizationId },
    });
    const me = await eventually(
      () => stack.gql<{ me: { memberships: { organization: { id: string } }[] } }>(ME, {}, other.accessToken),
      (r) => r.data?.me.memberships.length === 2,
    );
    expect(me.data!.me.memberships.map((m) => m.organization.id).sort()).toEqual(
      [other.organizationId, owner.organizationId].sort(),
    );

    const email = uniqueEmail('revoked');
    const revokedInvite = await stack.gql<{ inviteMember: { inviteUrl: string } }>(
      INVITE,
      { i: { organizationId: owner.organizationId, email, role: 'VIEWER' } },
      owner.accessToken,
    );
    expect(
      (
        await stack.gql(
          'mutation($o: ID!, $e: String!) { revokeInvitation(organizationId: $o, email: $e) }',
          { o: owner.organizationId, e: email },
          owner.accessToken,
        )
      ).data,
    ).toEqual({ revokeInvitation: true });
    expect(
      errorCode(
        await stack.gql(
          ACCEPT,
          { t: tokenOf(revokedInvite.data!.inviteMember.inviteUrl) },
          other.accessToken,
        ),
      ),
    ).toBe('BAD_USER_INPUT');
  });

  it('another organization’s admin cannot invite into, or revoke from, this one (NOT_FOUND)', async () => {
    const stranger = await signUp(stack, 'stranger');
    expect(
      errorCode(
        await stack.gql(
          INVITE,
          { i: { organizationId: owner.organizationId, email: uniqueEmail('x'), role: 'VIEWER' } },
          stranger.accessToken,
        ),
      ),
    ).toBe('NOT_FOUND');
    expect(
      errorCode(
        await stack.gql(
          'mutation($o: ID!, $e: String!) { revokeInvitation(organizationId: $o, email: $e) }',
          { o: owner.organizationId, e: 'a@example.com' },
          stranger.accessToken,
        ),
      ),
    ).toBe('NOT_FOUND');
  });
});

describe('setMemberRole', () => {
  it('ADMIN+ only, never above one’s own role, never demoting the last OWNER, NOT_FOUND across tenants', async () => {
    const member = await signUp(stack, 'member');
    await stack.gql(
      INVITE,
      { i: { organizationId: owner.organizationId, email: member.email, role: 'VIEWER' } },
      owner.accessToken,
    );
    const raised = await stack.gql<{ setMemberRole: { role: string } }>(
      SET_ROLE,
      { i: { organizationId: owner.organizationId, userId: member.userId, role: 'ADMIN' } },
      owner.accessToken,
    );
    expect(raised.data?.setMemberRole.role).toBe('ADMIN');
    const asAdmin = await eventually(
      () =>
        stack.gql(
          SET_ROLE,
          { i: { organizationId: owner.organizationId, userId: member.userId, role: 'OWNER' } },
          member.accessToken,
        ),
      (r) => errorCode(r) !== 'NOT_FOUND',
    );
    expect(errorCode(asAdmin)).toBe('FORBIDDEN');
    expect(
      errorCode(
        await stack.gql(
          SET_ROLE,
          { i: { organizationId: owner.organizationId, userId: owner.userId, role: 'EDITOR' } },
          member.accessToken,
        ),
      ),
    ).toBe('FORBIDDEN');
    expect(
      errorCode(
        await stack.gql(
          SET_ROLE,
          { i: { organizationId: owner.organizationId, userId: owner.userId, role: 'ADMIN' } },
          owner.accessToken,
        ),
      ),
    ).toBe('BAD_USER_INPUT');
    const stranger = await signUp(stack, 'stranger2');
    expect(
      errorCode(
        await stack.gql(
          SET_ROLE,
          { i: { organizationId: owner.organizationId, userId: member.userId, role: 'VIEWER' } },
          stranger.accessToken,
        ),
      ),
    ).toBe('NOT_FOUND');
  });
});

describe('a canvas shared with an outsider', () => {
  it('opens that canvas only: its project and the organization’s other canvases stay NOT_FOUND; its blocks run', async () => {
    const outsider = await signUp(stack, 'outsider');
    const create = (name: string) =>
      stack.gql<{ createCanvas: { id: string; blocks: { id: string; type: string }[] } }>(
        CREATE_CANVAS,
        { i: { projectId: owner.projectId, name, template: 'sales-overview' } },
        owner.accessToken,
      );
    const canvas = (await create('Shared with a partner')).data!.createCanvas;
    const other = (await create('Internal')).data!.createCanvas;
    const shared = await stack.gql(
      SHARE,
      { i: { canvasId: canvas.id, email: outsider.email, role: 'VIEWER' } },
      owner.accessToken,
    );
    expect(shared.errors).toBeUndefined();
    expect(shared.data).toEqual({ shareCanvas: true });

    const opened = await eventually(
      () =>
        stack.gql<{ canvas: { id: string } | null }>(
          'query($id: ID!) { canvas(id: $id) { id name } }',
          { id: canvas.id },
          outsider.accessToken,
        ),
      (r) => Boolean(r.data?.canvas),
    );
    expect(opened.data?.canvas?.id).toBe(canvas.id);
    expect(
      errorCode(
        await stack.gql(
          'query($id: ID!) { project(id: $id) { id } }',
          { id: owner.projectId },
          outsider.accessToken,
        ),
      ),
    ).toBe('NOT_FOUND');
    const otherCanvas = await stack.gql<{ canvas: unknown }>(
      'query($id: ID!) { canvas(id: $id) { id } }',
      { id: other.id },
      outsider.accessToken,
    );
    expect(otherCanvas.data?.canvas ?? null).toBeNull();
    if (otherCanvas.errors) expect(errorCode(otherCanvas)).toBe('NOT_FOUND');
    const sqlBlock = canvas.blocks.find((b) => b.type === 'SQL')!;
    const run = await stack.gql<{ runCanvasBlock: { status: string } }>(
      'query($c: ID!, $b: ID!) { runCanvasBlock(canvasId: $c, blockId: $b) }',
      { c: canvas.id, b: sqlBlock.id },
      outsider.accessToken,
    );
    expect(run.data?.runCanvasBlock).toMatchObject({ status: 'SUCCEEDED' });
    // A VIEWER grant does not write.
    const rename = await stack.gql(
      'mutation($id: ID!) { renameCanvas(id: $id, name: "x") { id } }',
      { id: canvas.id },
      outsider.accessToken,
    );
    expect(errorCode(rename)).toBe('FORBIDDEN');
    // …nor hands the canvas on.
    expect(
      errorCode(
        await stack.gql(
          SHARE,
          { i: { canvasId: canvas.id, email: uniqueEmail('onward'), role: 'VIEWER' } },
          outsider.accessToken,
        ),
      ),
    ).toBe('FORBIDDEN');

    const people = await stack.gql<{
      canvasPeople: { grants: { email: string; role: string }[]; members: { email: string }[] };
    }>(
      'query($o: ID!, $c: ID!) { canvasPeople(organizationId: $o, canvasId: $c) { members { email role } grants { email role } } }',
      { o: owner.organizationId, c: canvas.id },
      owner.accessToken,
    );
    expect(people.data?.canvasPeople.grants).toEqual([{ email: outsider.email, role: 'VIEWER' }]);
    expect(
      errorCode(
        await stack.gql(
          'query($o: ID!, $c: ID!) { canvasPeople(organizationId: $o, canvasId: $c) { grants { email } } }',
          { o: owner.organizationId, c: canvas.id },
          outsider.accessToken,
        ),
      ),
    ).toBe('NOT_FOUND');

    const unshared = await stack.gql(
      'mutation($i: UnshareCanvasInput!) { unshareCanvas(input: $i) }',
      { i: { organizationId: owner.organizationId, canvasId: canvas.id, email: outsider.email } },
      owner.accessToken,
    );
    expect(unshared.data).toEqual({ unshareCanvas: true });
    const closed = await eventually(
      () =>
        stack.gql<{ canvas: unknown }>(
          'query($id: ID!) { canvas(id: $id) { id } }',
          { id: canvas.id },
          outsider.accessToken,
        ),
      (r) => !r.data?.canvas,
    );
    expect(closed.data?.canvas ?? null).toBeNull();
  });
  it('shareCanvas: an EDITOR grant edits but never re-shares (NOT_FOUND); only VIEWER or EDITOR; a stranger gets NOT_FOUND', async () => {
    const partner = await signUp(stack, 'partner');
    const canvas = (
      await stack.gql<{ createCanvas: { id: string } }>(
        CREATE_CANVAS,
        { i: { projectId: owner.projectId, name: 'Edited with a partner', template: 'blank' } },
        owner.accessToken,
      )
    ).data!.createCanvas;
    expect(
      (
        await stack.gql(
          SHARE,
          { i: { canvasId: canvas.id, email: partner.email, role: 'EDITOR' } },
          owner.accessToken,
        )
      ).data,
    ).toEqual({ shareCanvas: true });
    const renamed = await eventually(
      () =>
        stack.gql<{ renameCanvas: { id: string } }>(
          'mutation($id: ID!) { renameCanvas(id: $id, name: "Renamed by the partner") { id } }',
          { id: canvas.id },
          partner.accessToken,
        ),
      (r) => Boolean(r.data?.renameCanvas),
    );
    expect(renamed.data?.renameCanvas.id).toBe(canvas.id);
    expect(
      errorCode(
        await stack.gql(
          SHARE,
          { i: { canvasId: canvas.id, email: uniqueEmail('onward'), role: 'VIEWER' } },
          partner.accessToken,
        ),
      ),
    ).toBe('NOT_FOUND');
    expect(
      errorCode(
        await stack.gql(
          SHARE,
          { i: { canvasId: canvas.id, email: uniqueEmail('owner'), role: 'OWNER' } },
          owner.accessToken,
        ),
      ),
    ).toBe('BAD_USER_INPUT');
    const stranger = await signUp(stack, 'stranger4');
    expect(
      errorCode(
        await stack.gql(
          SHARE,
          { i: { canvasId: canvas.id, email: stranger.email, role: 'VIEWER' } },
          stranger.accessToken,
        ),
      ),
    ).toBe('NOT_FOUND');
  });
});

describe('embedding secret', () => {
  it('ADMIN+ gets a 32-byte secret once; calling again rotates it; canvases reads the current one; NOT_FOUND across tenants', async () => {
    const first = await stack.gql<{ createEmbeddingSecret: string }>(
      SECRET,
      { o: owner.organizationId },
      owner.accessToken,
    );
    const secret = first.data!.createEmbeddingSecret;
    expect(Buffer.from(secret, 'base64url')).toHaveLength(32);
    const read = async () =>
      (await fetch(`${internalOrigin}/internal/embedding-secret/${owner.organizationId}`, {
        headers: { 'x-internal-secret': TEST_SECRETS.INTERNAL_SECRET },
      }).then((r) => r.json())) as { secret: string };
    expect((await read()).secret).toBe(secret);
    const rotated = (
      await stack.gql<{ createEmbeddingSecret: string }>(
        SECRET,
        { o: owner.organizationId },
        owner.accessToken,
      )
    ).data!.createEmbeddingSecret;
    expect(rotated).not.toBe(secret);
    expect((await read()).secret).toBe(rotated);
    expect((await fetch(`${internalOrigin}/internal/embedding-secret/${owner.organizationId}`)).status).toBe(
      401,
    );
    const stranger = await signUp(stack, 'stranger3');
    expect(errorCode(await stack.gql(SECRET, { o: owner.organizationId }, stranger.accessToken))).toBe(
      'NOT_FOUND',
    );
  });
});
