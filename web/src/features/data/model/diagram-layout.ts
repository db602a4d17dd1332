// Where the relationship diagram draws its boxes and lines (pure, so it is tested without a DOM).
import type { EditableRelationship } from './model-edits';

export const BOX_WIDTH = 190;
export const HEADER = 28;
export const ROW = 22;
const GAP_X = 90;
const GAP_Y = 36;
const PAD = 12;

export interface DiagramBox {
  table: string;
  x: number;
  y: number;
  height: number;
  columns: string[];
}

export interface DiagramLink {
  key: string;
  path: string;
  inferred: boolean;
  title: string;
}

/** Only tables in a relationship, only their joined columns; up to `perRow` boxes a row. */
export function diagramLayout(
  relationships: EditableRelationship[],
  perRow = 3,
): { boxes: DiagramBox[]; links: DiagramLink[]; width: number; height: number } {
  const columnsOf = new Map<string, string[]>();
  const note = (table: string, column: string) => {
    const list = columnsOf.get(table) ?? [];
    if (!list.includes(column)) list.push(column);
    columnsOf.set(table, list);
  };
  for (const r of relationships) {
    note(r.fromTable, r.fromColumn);
    note(r.toTable, r.toColumn);
  }
  const tables = [...columnsOf.keys()];
  const boxes: DiagramBox[] = [];
  let y = PAD;
  for (let start = 0; start < tables.length; start += perRow) {
    const row = tables.slice(start, start + perRow);
    let tallest = 0;
    row.forEach((table, i) => {
      const columns = columnsOf.get(table)!;
      const height = HEADER + columns.length * ROW + 6;
      tallest = Math.max(tallest, height);
      boxes.push({ table, x: PAD + i * (BOX_WIDTH + GAP_X), y, height, columns });
    });
    y += tallest + GAP_Y;
  }
  const at = (table: string, column: string) => {
    const box = boxes.find((b) => b.table === table)!;
    return { box, y: box.y + HEADER + box.columns.indexOf(column) * ROW + ROW / 2 };
  };
  const links = relationships.map((r) => {
    const from = at(r.fromTable, r.fromColumn);
    const to = at(r.toTable, r.toColumn);
    let d: string;
    if (from.box === to.box) {
      const x = from.box.x + BOX_WIDTH;
      d = `M ${x} ${from.y} C ${x + 40} ${from.y}, ${x + 40} ${to.y}, ${x} ${to.y}`;
    } else {
      const rightward =
        to.box.x >= from.box.x + BOX_WIDTH || (to.box.x === from.box.x ? false : to.box.x > from.box.x);
      const sameColumn = to.box.x === from.box.x;
      const x1 = sameColumn || rightward ? from.box.x + BOX_WIDTH : from.box.x;
      const x2 = sameColumn ? to.box.x + BOX_WIDTH : rightward ? to.box.x : to.box.x + BOX_WIDTH;
      const bend = sameColumn ? 50 : Math.max(40, Math.abs(x2 - x1) / 2);
      const c1 = sameColumn || rightward ? x1 + bend : x1 - bend;
      const c2 = sameColumn ? x2 + bend : rightward ? x2 - bend : x2 + bend;
      d = `M ${x1} ${from.y} C ${c1} ${from.y}, ${c2} ${to.y}, ${x2} ${to.y}`;
    }
    return {
      key: `${r.fromTable}.${r.fromColumn}->${r.toTable}.${r.toColumn}`,
      path: d,
      inferred: r.inferred,
      title: `${r.fromTable}.${r.fromColumn} → ${r.toTable}.${r.toColumn}${r.inferred ? ' (inferred)' : ''}`,
    };
  });
  const width = boxes.reduce((w, b) => Math.max(w, b.x + BOX_WIDTH + 60), 0);
  const height = boxes.reduce((h, b) => Math.max(h, b.y + b.height + PAD), 0);
  return { boxes, links, width, height };
}
