// Random concurrent canvas edits for the convergence tests.
import * as Y from 'yjs';
import {
  addBlock,
  blockText,
  blocksOf,
  moveBlock,
  projectBlocks,
  removeBlock,
  updateBlock,
} from '@tessera/canvas-model';

/** Mulberry32: reproducible randomness from a seed. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const SHARED = 'shared';
export const SCRATCH = 'scratch';

export function seedCanvas(): unknown[] {
  return [
    { id: SHARED, type: 'SQL', position: { x: 0, y: 0, w: 6, h: 4 }, content: { sql: 'select ' } },
    { id: SCRATCH, type: 'SQL', position: { x: 6, y: 0, w: 6, h: 4 }, content: { sql: 'scratch' } },
  ];
}

/**
 * One random edit by client `who`: typing a unique token into the shared SQL (insert-only, so
 * every token must survive exactly once), typing and deleting in a scratch SQL, adding, moving,
 * deleting blocks, and writing plain content keys. Returns the token typed, if any.
 */
export function randomEdit(doc: Y.Doc, who: string, step: number, random: () => number): string | null {
  const roll = random();
  const ids = [...blocksOf(doc).keys()].filter((id) => id !== SHARED && id !== SCRATCH);
  const pick = () => ids[Math.floor(random() * ids.length)];
  if (roll < 0.35) {
    const text = blockText(doc, SHARED, 'sql')!;
    const token = `<${who}.${step}>`;
    // At a token boundary, so that tokens stay whole and can be counted.
    const current = text.toString();
    const boundaries = [0, current.length];
    for (let i = current.indexOf('>'); i >= 0; i = current.indexOf('>', i + 1)) boundaries.push(i + 1);
    text.insert(boundaries[Math.floor(random() * boundaries.length)]!, token);
    return token;
  }
  if (roll < 0.5) {
    const text = blockText(doc, SCRATCH, 'sql')!;
    if (random() < 0.5 && text.length > 3)
      text.delete(Math.floor(random() * (text.length - 3)), 1 + Math.floor(random() * 3));
    else text.insert(Math.floor(random() * (text.length + 1)), who);
    return null;
  }
  if (roll < 0.68 || ids.length === 0) {
    addBlock(doc, {
      id: `${who}-${step}`,
      type: 'TEXT',
      position: { x: step % 12, y: 4 + step, w: 2, h: 2 },
      content: { markdown: `by ${who}` },
    });
    return null;
  }
  const id = pick()!;
  if (roll < 0.84)
    moveBlock(doc, id, { x: Math.floor(random() * 20), y: Math.floor(random() * 40), w: 2, h: 2 });
  else if (roll < 0.92) updateBlock(doc, id, { content: { title: `${who}-${step}` } });
  else removeBlock(doc, id);
  return null;
}

/** A comparable fingerprint of a document: the projection and the state vector. */
export function fingerprint(doc: Y.Doc): string {
  return JSON.stringify(projectBlocks(doc)) + Buffer.from(Y.encodeStateVector(doc)).toString('base64');
}

export function countOf(haystack: string, needle: string): number {
  let count = 0;
  for (let i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + needle.length)) count++;
  return count;
}
