// FILTER block: a viewer's choice that becomes a SQL parameter [R21]. Its value is `content.default`
// (shared by the editors); options are listed in `options` or read from a column of a SQL block's
// result (`optionsFrom`) — never a built-in list [R17].
import { z } from 'zod';
import type { BlockJson } from '../document/types.ts';
import {
  lazySchema,
  once,
  PARAMETER_NAME,
  blockIdSchema,
  fieldNameSchema,
  oneOf,
  primitiveSchema,
  titleSchema,
  type BlockKind,
  type Dependency,
} from './shared.ts';

export const FILTER_KINDS = ['select', 'multiSelect', 'dateRange', 'numberRange'] as const;
export type FilterKind = (typeof FILTER_KINDS)[number];

const isoDate = once(() =>
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/, 'must be an ISO date (YYYY-MM-DD)'),
);

/** The value a FILTER of each kind takes (default, viewer choice, value locked by a share link). */
export const FILTER_VALUE: Record<FilterKind, z.ZodType> = {
  select: lazySchema(() =>
    z.union([primitiveSchema(), z.null()], { error: 'must be a string, number, boolean or null' }),
  ),
  multiSelect: lazySchema(() => z.array(primitiveSchema(), { error: 'must be a list of values' }).max(1000)),
  dateRange: lazySchema(() =>
    z
      .object({ from: isoDate(), to: isoDate() }, { error: 'must be { from, to } ISO dates' })
      .refine((r) => r.from <= r.to, { message: 'from must not be after to', path: ['from'] }),
  ),
  numberRange: lazySchema(() =>
    z
      .object({ min: z.number(), max: z.number() }, { error: 'must be { min, max } numbers' })
      .refine((r) => r.min <= r.max, { message: 'min must not be greater than max', path: ['min'] }),
  ),
};

export const filterContent = lazySchema(() =>
  z
    .looseObject({
      title: titleSchema(),
      parameter: z
        .string({ error: 'is required' })
        .regex(PARAMETER_NAME, 'must be an identifier (letters, digits, _), used in SQL as {{name}}'),
      kind: z.enum(FILTER_KINDS, { error: oneOf(FILTER_KINDS) }),
      label: z.string().max(200).optional(),
      options: z.array(primitiveSchema()).max(10_000).optional(),
      optionsFrom: z
        .looseObject(
          { sourceBlockId: blockIdSchema(), column: fieldNameSchema() },
          { error: 'must be { sourceBlockId, column }' },
        )
        .optional(),
      default: z.unknown().optional(),
      targets: z.array(blockIdSchema()).max(500).optional(),
    })
    .superRefine((filter, ctx) => {
      if (filter.default === undefined) return;
      const result = FILTER_VALUE[filter.kind].safeParse(filter.default);
      for (const issue of result.error?.issues ?? []) {
        ctx.addIssue({
          code: 'custom',
          path: ['default', ...issue.path.map(String)],
          message: `${issue.message} for a ${filter.kind} filter`,
        });
      }
    }),
);

/** A FILTER block as the parameter logic reads it. */
export interface FilterBlock {
  id: string;
  parameter: string;
  kind: FilterKind;
  label?: string;
  options: (string | number | boolean)[];
  optionsFrom: { sourceBlockId: string; column: string } | null;
  default: unknown;
  /** SQL blocks it applies to; empty = every SQL block of the canvas [R21]. */
  targets: string[];
}

function isFilterKind(value: unknown): value is FilterKind {
  return (FILTER_KINDS as readonly string[]).includes(value as string);
}

/** A FILTER block's settings, or null when it is not a usable filter (no parameter, unknown kind) [R21]. */
export function readFilter(block: Pick<BlockJson, 'id' | 'type' | 'content'>): FilterBlock | null {
  const c = block.content;
  if (
    block.type !== 'FILTER' ||
    typeof c.parameter !== 'string' ||
    !PARAMETER_NAME.test(c.parameter) ||
    !isFilterKind(c.kind)
  )
    return null;
  const from = c.optionsFrom as { sourceBlockId?: unknown; column?: unknown } | undefined;
  return {
    id: block.id,
    parameter: c.parameter,
    kind: c.kind,
    ...(typeof c.label === 'string' ? { label: c.label } : {}),
    options: Array.isArray(c.options)
      ? (c.options as unknown[]).filter((o): o is string | number | boolean =>
          ['string', 'number', 'boolean'].includes(typeof o),
        )
      : [],
    optionsFrom:
      from && typeof from.sourceBlockId === 'string' && typeof from.column === 'string'
        ? { sourceBlockId: from.sourceBlockId, column: from.column }
        : null,
    default: c.default,
    targets: Array.isArray(c.targets)
      ? (c.targets as unknown[]).filter((t): t is string => typeof t === 'string')
      : [],
  };
}

/** The SQL parameter names a filter of a kind provides: p, or p_from/p_to, or p_min/p_max [R21]. */
export function filterParameterNames(parameter: string, kind: FilterKind): string[] {
  if (kind === 'dateRange') return [`${parameter}_from`, `${parameter}_to`];
  if (kind === 'numberRange') return [`${parameter}_min`, `${parameter}_max`];
  return [parameter];
}

/** A parameter name no FILTER of the canvas uses yet: filter_1, filter_2, … [R17]. */
export function freeParameterName(blocks: readonly BlockJson[], base = 'filter'): string {
  const used = new Set(blocks.map((b) => b.content.parameter));
  let n = 1;
  while (used.has(`${base}_${n}`)) n++;
  return `${base}_${n}`;
}

export const filterKind: BlockKind = {
  type: 'FILTER',
  title: 'Filter',
  schema: filterContent,
  defaultSize: { w: 4, h: 2 },
  textFields: [],
  newContent: ({ blocks }) => ({
    label: 'Filter',
    parameter: freeParameterName(blocks),
    kind: 'select',
    options: [],
    targets: [],
  }),
  reads(content) {
    const from = content.optionsFrom as { sourceBlockId?: unknown } | undefined;
    return typeof from?.sourceBlockId === 'string' ? [{ kind: 'result', blockId: from.sourceBlockId }] : [];
  },
  writes(block) {
    const filter = readFilter({ ...block, type: 'FILTER' });
    return filter
      ? filterParameterNames(filter.parameter, filter.kind).map((name): Dependency => ({
          kind: 'parameter',
          name,
        }))
      : [];
  },
};
