import { randomUUID } from 'node:crypto';
import type { BlockJson } from '@tessera/canvas-model';
import { AppError } from '@tessera/errors';

export interface CanvasTemplate {
  id: string;
  name: string;
  description: string;
}

export const TEMPLATES: CanvasTemplate[] = [
  { id: 'blank', name: 'Blank', description: 'An empty canvas.' },
  {
    id: 'sales-overview',
    name: 'Sales overview',
    description:
      'Revenue by month and by category, revenue and average order value, with a region filter, on the Acme Commerce demo source.',
  },
];

/** "blank", "Blank", "Sales overview", "sales_overview" → the template id, or null when unknown. */
export function templateId(name: string | null | undefined): string | null {
  const id = (name ?? 'blank')
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
  return TEMPLATES.some((t) => t.id === id) ? id : null;
}

export const REGIONS = ['North America', 'Europe', 'Asia Pacific', 'Latin America'] as const;

// The region filter's "All" choice keeps every row: `({{region}} = 'All' OR c.region = {{region}})`.
const REGION_CONDITION = `({{region}} = 'All' OR c.region = {{region}})`;

const REVENUE_BY_MONTH = `SELECT date_trunc('month', o.order_date) AS month,
       SUM(o.total_amount) AS revenue,
       COUNT(*) AS orders
FROM orders o
JOIN customers c ON c.customer_id = o.customer_id
WHERE o.status = 'completed'
  AND ${REGION_CONDITION}
GROUP BY 1
ORDER BY 1`;

const TOTALS = `SELECT SUM(o.total_amount) AS revenue,
       COUNT(*) AS orders,
       AVG(o.total_amount) AS average_order_value
FROM orders o
JOIN customers c ON c.customer_id = o.customer_id
WHERE o.status = 'completed'
  AND ${REGION_CONDITION}`;

const REVENUE_BY_CATEGORY = `SELECT p.category,
       SUM(oi.quantity * oi.unit_price * (1 - oi.discount)) AS revenue
FROM order_items oi
JOIN orders o ON o.order_id = oi.order_id
JOIN products p ON p.product_id = oi.product_id
JOIN customers c ON c.customer_id = o.customer_id
WHERE o.status = 'completed'
  AND ${REGION_CONDITION}
GROUP BY 1
ORDER BY 2 DESC`;

/** The "Sales overview" blocks on a project's demo source (fresh block ids each time). */
function salesOverview(demoSourceId: string): BlockJson[] {
  const id = {
    filter: randomUUID(),
    text: randomUUID(),
    monthly: randomUUID(),
    trend: randomUUID(),
    totals: randomUUID(),
    revenue: randomUUID(),
    aov: randomUUID(),
    categories: randomUUID(),
    categoryChart: randomUUID(),
  };
  return [
    {
      id: id.filter,
      type: 'FILTER',
      position: { x: 0, y: 0, w: 3, h: 2 },
      content: {
        parameter: 'region',
        kind: 'select',
        label: 'Region',
        options: ['All', ...REGIONS],
        default: 'All',
        targets: [],
      },
    },
    {
      id: id.text,
      type: 'TEXT',
      position: { x: 3, y: 0, w: 9, h: 2 },
      content: {
        markdown:
          '## Sales overview\n' +
          `Completed orders of **Acme Commerce** brought in **{{${id.totals}.revenue}}** ` +
          `over {{${id.totals}.orders}} orders. Pick a region to focus every block below.`,
      },
    },
    {
      id: id.revenue,
      type: 'METRIC',
      position: { x: 0, y: 2, w: 3, h: 2 },
      content: { title: 'Revenue', sourceBlockId: id.totals, field: 'revenue', format: 'currency' },
    },
    {
      id: id.aov,
      type: 'METRIC',
      position: { x: 3, y: 2, w: 3, h: 2 },
      content: {
        title: 'Average order value',
        sourceBlockId: id.totals,
        field: 'average_order_value',
        format: 'currency',
      },
    },
    {
      id: id.totals,
      type: 'SQL',
      position: { x: 6, y: 2, w: 6, h: 2 },
      content: { title: 'Totals', dataSourceId: demoSourceId, sql: TOTALS },
    },
    {
      id: id.trend,
      type: 'CHART',
      position: { x: 0, y: 4, w: 8, h: 5 },
      content: {
        title: 'Revenue by month',
        sourceBlockId: id.monthly,
        chartType: 'line',
        encodings: { x: { field: 'month', type: 'temporal' }, y: { field: 'revenue', type: 'quantitative' } },
        aggregation: 'none',
      },
    },
    {
      id: id.monthly,
      type: 'SQL',
      position: { x: 8, y: 4, w: 4, h: 5 },
      content: { title: 'Revenue by month', dataSourceId: demoSourceId, sql: REVENUE_BY_MONTH },
    },
    {
      id: id.categoryChart,
      type: 'CHART',
      position: { x: 0, y: 9, w: 8, h: 5 },
      content: {
        title: 'Revenue by category',
        sourceBlockId: id.categories,
        chartType: 'bar',
        encodings: {
          x: { field: 'category', type: 'nominal' },
          y: { field: 'revenue', type: 'quantitative' },
        },
        aggregation: 'none',
      },
    },
    {
      id: id.categories,
      type: 'SQL',
      position: { x: 8, y: 9, w: 4, h: 5 },
      content: { title: 'Revenue by category', dataSourceId: demoSourceId, sql: REVENUE_BY_CATEGORY },
    },
  ];
}

/** The blocks a template starts with. */
export async function templateBlocks(
  id: string,
  deps: { projectId: string; demoSourceFor: (projectId: string) => Promise<string> },
): Promise<BlockJson[]> {
  switch (id) {
    case 'blank':
      return [];
    case 'sales-overview':
      return salesOverview(await deps.demoSourceFor(deps.projectId));
    default:
      throw AppError.badInput('template', `Unknown template "${id}"`);
  }
}
