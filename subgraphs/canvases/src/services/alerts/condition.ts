import { aggregateMetric, formatMetric, metricAggregateOf, type BlockJson } from '@tessera/canvas-model';
import { AppError } from '@tessera/errors';
import type { QueryRunJson } from '../../clients/queries-client.ts';

export const ALERT_OPS = ['>', '>=', '<', '<=', '=', '!='] as const;
export type AlertOpText = (typeof ALERT_OPS)[number];

export function holds(value: number, op: string, threshold: number): boolean {
  switch (op) {
    case '>':
      return value > threshold;
    case '>=':
      return value >= threshold;
    case '<':
      return value < threshold;
    case '<=':
      return value <= threshold;
    case '=':
      return value === threshold;
    case '!=':
      return value !== threshold;
    default:
      return false;
  }
}

/**
 * One line for emails, Slack, webhooks and the deliveries history: the value and the threshold in
 * the METRIC block's number format (`format`: its content's), as the canvas shows them.
 */
export function describeCondition(
  title: string,
  value: number,
  op: string,
  threshold: number,
  format?: unknown,
): string {
  return `${title} is ${formatMetric(value, format)} (${op} ${formatMetric(threshold, format)})`;
}

/** A METRIC block of the canvas; BAD_USER_INPUT for another kind. */
export function metricBlock(blocks: BlockJson[], blockId: string): BlockJson {
  const block = blocks.find((b) => b.id === blockId);
  if (!block) throw AppError.badInput('blockId', 'This block is not on the canvas');
  if (block.type !== 'METRIC') throw AppError.badInput('blockId', 'Alerts watch a METRIC block');
  return block;
}

const asNumber = (cell: unknown): number | null => {
  const n =
    typeof cell === 'number'
      ? cell
      : typeof cell === 'string' || typeof cell === 'bigint'
        ? Number(cell)
        : NaN;
  return Number.isFinite(n) ? n : null;
};

/**
 * The number a METRIC block shows: `run` runs the SQL block it reads as the canvas runs it (FILTER
 * defaults; a chained block through the chain runner), then the block's field is folded with its
 * aggregate (canvas-model R32). Null when there is no number.
 */
export async function readMetric(
  blocks: BlockJson[],
  blockId: string,
  run: (metricBlockId: string) => Promise<QueryRunJson>,
): Promise<number | null> {
  const block = metricBlock(blocks, blockId);
  const result = await run(block.id);
  if (result.error) throw new Error(`The metric's SQL failed: ${result.error.message}`);
  const field = typeof block.content.field === 'string' ? block.content.field : undefined;
  let index = field ? result.columns.findIndex((c) => c.name === field) : -1;
  if (index < 0) index = result.rows[0]?.findIndex((cell) => asNumber(cell) !== null) ?? -1;
  if (index < 0) return null;
  return aggregateMetric(
    result.rows.map((row) => asNumber(row[index])),
    metricAggregateOf(block.content),
  );
}
