import { describe, expect, it } from 'vitest';
import { BOX_WIDTH, diagramLayout, HEADER, ROW } from './diagram-layout';

const rel = (fromTable: string, fromColumn: string, toTable: string, toColumn: string, inferred = false) => ({
  fromTable,
  fromColumn,
  toTable,
  toColumn,
  inferred,
});

describe('diagramLayout', () => {
  it('draws only the tables and columns that take part in a relationship', () => {
    const layout = diagramLayout([
      rel('orders', 'customer_id', 'customers', 'id', true),
      rel('orders', 'product_id', 'products', 'id'),
    ]);
    expect(layout.boxes.map((b) => [b.table, b.columns])).toEqual([
      ['orders', ['customer_id', 'product_id']],
      ['customers', ['id']],
      ['products', ['id']],
    ]);
    expect(layout.links.map((l) => l.inferred)).toEqual([true, false]);
  });

  it('starts a line at the from column and ends it at the to column', () => {
    const { boxes, links } = diagramLayout([rel('orders', 'customer_id', 'customers', 'id')]);
    const [orders, customers] = boxes;
    expect(links[0]!.path.startsWith(`M ${orders!.x + BOX_WIDTH} ${orders!.y + HEADER + ROW / 2}`)).toBe(
      true,
    );
    expect(links[0]!.path.endsWith(`${customers!.x} ${customers!.y + HEADER + ROW / 2}`)).toBe(true);
  });

  it('wraps boxes onto new rows and is empty without relationships', () => {
    const many = diagramLayout([rel('a', 'x', 'b', 'x'), rel('c', 'x', 'd', 'x')], 3);
    expect(new Set(many.boxes.map((b) => b.y)).size).toBe(2);
    expect(diagramLayout([])).toEqual({ boxes: [], links: [], width: 0, height: 0 });
  });
});
