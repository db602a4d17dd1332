// The 30-block canvas every benchmark room starts from (same bytes everywhere: no duplicates).
import * as Y from 'yjs';
import { addBlock, setCanvasName, type NewBlock } from '@tessera/canvas-model';

export const TYPING_BLOCK = 'sql-0';

function fixtureBlocks(): NewBlock[] {
  const blocks: NewBlock[] = [];
  const at = (i: number) => ({ x: (i % 3) * 4, y: Math.floor(i / 3) * 3, w: 4, h: 3 });
  let i = 0;
  for (let k = 0; k < 10; k++, i++) {
    blocks.push({
      id: `sql-${k}`,
      type: 'SQL',
      position: at(i),
      content: {
        sql: `select customer_id, sum(total) as revenue\nfrom orders o join customers c using (customer_id)\nwhere o.created_at >= date '2024-01-01' and c.country = 'FR'\ngroup by 1 order by 2 desc limit ${10 + k}`,
        dataSourceId: 'demo',
      },
    });
  }
  for (let k = 0; k < 10; k++, i++) {
    blocks.push({
      id: `chart-${k}`,
      type: 'CHART',
      position: at(i),
      content: {
        title: `Revenue ${k}`,
        sourceBlockId: `sql-${k}`,
        chart: { type: 'bar', x: 'customer_id', y: ['revenue'] },
      },
    });
  }
  for (let k = 0; k < 5; k++, i++) {
    blocks.push({
      id: `text-${k}`,
      type: 'TEXT',
      position: at(i),
      content: {
        markdown: `## Notes ${k}\n\nRevenue is computed from paid orders only. Refunds are excluded; see the finance glossary for the definition used in board reports.`,
      },
    });
  }
  for (let k = 0; k < 3; k++, i++)
    blocks.push({
      id: `metric-${k}`,
      type: 'METRIC',
      position: at(i),
      content: { title: `KPI ${k}`, sourceBlockId: `sql-${k}`, field: 'revenue' },
    });
  for (let k = 0; k < 2; k++, i++)
    blocks.push({
      id: `filter-${k}`,
      type: 'FILTER',
      position: at(i),
      content: { filter: { column: 'country', operator: 'in', values: ['FR', 'DE'] } },
    });
  return blocks;
}

let cached: Uint8Array | null = null;

/**
 * The fixture as one Yjs update. Built in a doc with a fixed client id, so every process computes
 * the same bytes: clients and servers that each apply it hold the same items, never duplicates.
 */
export function fixtureState(): Uint8Array {
  if (cached) return cached;
  const doc = new Y.Doc();
  doc.clientID = 1;
  setCanvasName(doc, 'Benchmark canvas');
  for (const block of fixtureBlocks()) addBlock(doc, block);
  cached = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return cached;
}
