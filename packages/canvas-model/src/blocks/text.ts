// TEXT block: collaborative markdown with live {{bindings}} [R18].
import { z } from 'zod';
import { MAX_BLOCK_TEXT_CHARS } from '../document/limits.ts';
import { bindingsIn } from '../bindings.ts';
import { lazySchema, TEXT_LIMIT, titleSchema, type BlockKind, type Dependency } from './shared.ts';

export const textContent = lazySchema(() =>
  z.looseObject({
    title: titleSchema(),
    markdown: z.string({ error: 'must be a string' }).max(MAX_BLOCK_TEXT_CHARS, TEXT_LIMIT),
  }),
);

export const textKind: BlockKind = {
  type: 'TEXT',
  title: 'Text',
  schema: textContent,
  defaultSize: { w: 6, h: 3 },
  textFields: ['markdown'],
  newContent: () => ({ markdown: '' }),
  reads(content) {
    const markdown = typeof content.markdown === 'string' ? content.markdown : '';
    return bindingsIn(markdown).flatMap((b): Dependency[] => {
      if (b.kind === 'parameter') return [{ kind: 'parameter', name: b.name }];
      return b.kind === 'block' ? [{ kind: 'result', blockId: b.ref }] : [];
    });
  },
  writes: () => [],
};
