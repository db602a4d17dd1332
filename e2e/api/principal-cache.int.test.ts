import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp, type SignedUpUser } from '../support/accounts.ts';
import { errorCode, startStack, type Stack } from '../support/stack.ts';

// The gateway reuses a bearer token's principal for PRINCIPAL_CACHE_TTL_MS (5 s by default) where
// an event bus carries accounts' access changes. Here the replica's TTL is a minute, so only the
// event (or, on the gateway that ran the mutation, the local invalidation) can explain access
// ending within the 15 s the polls below allow (how fast it ends is a latency claim for bench/).
const ORG = 'query($id: ID!) { organization(id: $id) { id } }';

let stack: Stack;
let replica: Awaited<ReturnType<Stack['startReplica']>>;
let owner: SignedUpUser;
beforeAll(async () => {
  stack = await startStack({}, { gateway: { PRINCIPAL_CACHE_TTL_MS: '60000' } });
  replica = await stack.startReplica({ PRINCIPAL_CACHE_TTL_MS: '60000' });
  owner = await signUp(stack, 'cache-owner');
}, 180_000);
afterAll(() => stack.stop());

/** Polls until the request is refused with `code`, throwing after `timeoutMs` (well within the minute-long TTL). */
async function refusedWithin(
  request: () => ReturnType<Stack['gql']>,
  code: string,
  timeoutMs = 15_000,
): Promise<number> {
  const started = performance.now();
  for (;;) {
    const answer = await request();
    if (errorCode(answer) === code) return performance.now() - started;
    if (performance.now() - started > timeoutMs)
      throw new Error(
        `still answered after ${timeoutMs} ms: ${JSON.stringify(answer.data ?? answer.errors)}`,
      );
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('principal cache and revocations', () => {
  it('a revoked API key stops working on both gateways at once', async () => {
    const created = await stack.gql<{ createApiKey: { secret: string; apiKey: { id: string } } }>(
      'mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret apiKey { id } } }',
      { input: { organizationId: owner.organizationId, name: 'cached', scopes: ['READ'] } },
      owner.accessToken,
    );
    const { secret, apiKey } = created.data!.createApiKey;
    // Both gateways have the key's principal cached.
    for (const gql of [stack.gql, replica.gql])
      expect((await gql(ORG, { id: owner.organizationId }, secret)).data).toEqual({
        organization: { id: owner.organizationId },
      });

    expect(
      (await stack.gql('mutation($id: ID!) { revokeApiKey(id: $id) }', { id: apiKey.id }, owner.accessToken))
        .data,
    ).toEqual({ revokeApiKey: true });
    // The gateway that ran the mutation: the very next request.
    expect(errorCode(await stack.gql(ORG, { id: owner.organizationId }, secret))).toBe('UNAUTHENTICATED');
    // The replica: on accounts' event.
    await refusedWithin(() => replica.gql(ORG, { id: owner.organizationId }, secret), 'UNAUTHENTICATED');
  });

  it('a removed member and a logged-out session lose access on the replica at once', async () => {
    const member = await signUp(stack, 'cache-member');
    const invited = await stack.gql(
      'mutation($input: InviteMemberInput!) { inviteMember(input: $input) { status } }',
      { input: { organizationId: owner.organizationId, email: member.email, role: 'VIEWER' } },
      owner.accessToken,
    );
    expect(invited.data).toEqual({ inviteMember: { status: 'ACTIVE' } });
    // The new membership is seen at once too (the member's principal was not cached with the old memberships).
    expect((await replica.gql(ORG, { id: owner.organizationId }, member.accessToken)).data).toEqual({
      organization: { id: owner.organizationId },
    });

    expect(
      (
        await stack.gql(
          'mutation($o: ID!, $u: ID!) { removeMember(organizationId: $o, userId: $u) }',
          { o: owner.organizationId, u: member.userId },
          owner.accessToken,
        )
      ).data,
    ).toEqual({ removeMember: true });
    await refusedWithin(
      () => replica.gql(ORG, { id: owner.organizationId }, member.accessToken),
      'NOT_FOUND',
    );

    // Logging out on one gateway ends the session on the other.
    expect((await replica.gql(ORG, { id: member.organizationId }, member.accessToken)).data).toEqual({
      organization: { id: member.organizationId },
    });
    expect((await stack.gql('mutation { logOut }', {}, member.accessToken)).data).toEqual({ logOut: true });
    await refusedWithin(
      () => replica.gql(ORG, { id: member.organizationId }, member.accessToken),
      'UNAUTHENTICATED',
    );
  });
});
