// SQL block: a statement on a data source; its result is what CHART, TABLE, METRIC and TEXT read.
import { z } from 'zod';
import { MAX_BLOCK_TEXT_CHARS } from '../document/limits.ts';
import { placeholdersIn } from '../placeholders.ts';
import { lazySchema, PARAMETER_NAME, TEXT_LIMIT, titleSchema, type BlockKind } from './shared.ts';

export const sqlContent = lazySchema(() =>
  z.looseObject({
    title: titleSchema(),
    // Optional in the schema: a block that reads only other blocks needs none (R36, validation.ts).
    dataSourceId: z
      .string({ error: 'is required (the data source the SQL runs on)' })
      .min(1, 'is required')
      .max(128)
      .optional(),
    sql: z.string({ error: 'must be a string' }).max(MAX_BLOCK_TEXT_CHARS, TEXT_LIMIT),
    parameters: z
      .record(z.string().regex(PARAMETER_NAME, 'parameter names are identifiers'), z.unknown(), {
        error: 'must be an object of {{name}} → default value',
      })
      .optional(),
    maxRows: z.number().int().min(1).max(100_000).optional(),
  }),
);

export const sqlKind: BlockKind = {
  type: 'SQL',
  title: 'SQL',
  schema: sqlContent,
  defaultSize: { w: 6, h: 8 },
  textFields: ['sql'],
  newContent({ blocks, dataSources }) {
    const n = blocks.filter((b) => b.type === 'SQL').length + 1;
    return { title: `Query ${n}`, sql: '', ...(dataSources[0] ? { dataSourceId: dataSources[0].id } : {}) };
  },
  reads: (content) =>
    placeholdersIn(typeof content.sql === 'string' ? content.sql : '').map((name) => ({
      kind: 'parameter',
      name,
    })),
  writes: (block) => [{ kind: 'result', blockId: block.id }],
};
