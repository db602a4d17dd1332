import { blockKind, type BlockJson } from '@tessera/canvas-model';
import { ErrorBoundary } from '../../../ui/error-boundary';
import { ChartBlock } from './chart-block-code';
import { FilterBlock } from './filter-block';
import { MetricBlock } from './metric-block';
import { SqlBlock } from './sql-block';
import { TableBlock } from './table-block';
import { TextBlock } from './text-block';

export function blockTitle(block: BlockJson): string {
  const c = block.content;
  if (typeof c.title === 'string' && c.title.trim()) return c.title;
  if (typeof c.name === 'string' && c.name.trim()) return c.name;
  if (block.type === 'FILTER' && typeof c.label === 'string' && c.label) return c.label;
  return blockKind(block.type).title;
}

/** One block's content, isolated: a failing block shows its error and never blanks the canvas. */
export function BlockBody({ block }: { block: BlockJson }) {
  return (
    <ErrorBoundary label="This block" resetKey={JSON.stringify(block.content)}>
      <BlockContent block={block} />
    </ErrorBoundary>
  );
}

function BlockContent({ block }: { block: BlockJson }) {
  switch (block.type) {
    case 'SQL':
      return <SqlBlock block={block} />;
    case 'CHART':
      return <ChartBlock block={block} />;
    case 'TABLE':
      return <TableBlock block={block} />;
    case 'METRIC':
      return <MetricBlock block={block} />;
    case 'TEXT':
      return <TextBlock block={block} />;
    case 'FILTER':
      return <FilterBlock block={block} />;
    default:
      throw new Error(`Unknown block type ${String((block as { type: unknown }).type)}`);
  }
}
