// 2. Two users on one canvas: typing in a SQL block appears for the other, a move reaches the
//    other, each sees the other's presence.
import { twoEditorsOnOneCanvas } from './support/collab.ts';
import type { Scenario } from './support/scenario.ts';
import { addBlock } from './support/blocks.ts';

export const scenario: Scenario = {
  id: 'live-collaboration',
  title: 'two users: typing, moving and presence reach each other live',
  requires: ['mutation.createCanvas', 'mutation.inviteMember'],
  async run({ platform, browser, shot, track }) {
    // Alice invites Bob as an editor; Bob signs up with the invited email and opens the canvas.
    const pair = await twoEditorsOnOneCanvas(
      { platform, browser, track },
      { owner: 'Alice', guest: 'Bob', template: 'Blank', canvasName: 'Pairing' },
    );
    if ('skip' in pair) return pair;
    const { owner: alice, guest: bob } = pair;

    // Presence: each sees the other.
    await alice.getByTestId('presence').getByRole('img', { name: /Bob/ }).waitFor({ timeout: 15_000 });
    await bob.getByTestId('presence').getByRole('img', { name: /Alice/ }).waitFor({ timeout: 15_000 });

    // Alice adds a SQL block and types; Bob sees the characters appear.
    await addBlock(alice, 'SQL');
    const aliceEditor = alice.locator('[data-block-type="SQL"] .cm-content');
    await aliceEditor.click();
    const text = 'SELECT 42 AS answer';
    await alice.keyboard.type(text, { delay: 20 });
    const bobEditor = bob.locator('[data-block-type="SQL"] .cm-content');
    await bobEditor.filter({ hasText: text }).waitFor({ timeout: 10_000 });
    await shot(alice, '1-alice-typed');
    await shot(bob, '2-bob-sees-text');

    // Alice moves the block with the keyboard; Bob sees it move.
    const block = alice.locator('[data-block-type="SQL"]');
    const before = Number(await bob.locator('[data-block-type="SQL"]').getAttribute('data-x'));
    await block.focus();
    await alice.keyboard.press('ArrowRight');
    await alice.keyboard.press('ArrowRight');
    await bob.locator(`[data-block-type="SQL"][data-x="${before + 2}"]`).waitFor({ timeout: 10_000 });
    // Bob sees Alice's selection outline on the block.
    await bob
      .locator('[data-block-type="SQL"] [data-testid="remote-selection"]')
      .filter({ hasText: 'Alice' })
      .waitFor({ timeout: 10_000 });
    await shot(bob, '3-bob-sees-move-and-presence');

    // It survives a reload.
    await bob.reload();
    await bob
      .locator(`[data-block-type="SQL"][data-x="${before + 2}"] .cm-content`)
      .filter({ hasText: text })
      .waitFor({ timeout: 15_000 });
    await shot(bob, '4-after-reload');
  },
};
