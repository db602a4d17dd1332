// TABLE block: a SQL block's result as a table.
import { z } from 'zod';
import {
  lazySchema,
  blockIdSchema,
  fieldNameSchema,
  lastSqlBlockId,
  oneOf,
  readsSource,
  titleSchema,
  type BlockKind,
} from './shared.ts';

export const tableContent = lazySchema(() =>
  z.looseObject({
    title: titleSchema(),
    sourceBlockId: blockIdSchema(),
    columns: z
      .array(
        z.union([
          fieldNameSchema(),
          z.looseObject({
            field: fieldNameSchema(),
            label: z.string().max(200).optional(),
            format: z.string().max(100).optional(),
          }),
        ]),
      )
      .max(500)
      .optional(),
    sort: z
      .array(
        z.looseObject({
          field: fieldNameSchema(),
          direction: z.enum(['asc', 'desc'], { error: oneOf(['asc', 'desc']) }),
        }),
      )
      .max(20)
      .optional(),
  }),
);

export const tableKind: BlockKind = {
  type: 'TABLE',
  title: 'Table',
  schema: tableContent,
  defaultSize: { w: 6, h: 7 },
  textFields: [],
  newContent({ blocks }) {
    const source = lastSqlBlockId(blocks);
    return { title: 'Table', ...(source ? { sourceBlockId: source } : {}) };
  },
  reads: readsSource,
  writes: () => [],
};
