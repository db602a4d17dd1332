/**
 * A small retail schema in three naming styles' worth of columns: stores, products and the sales
 * that reference both. Engine suites load the same rows; `csv` gives them as files.
 */
export const STORES = [
  [1, 'Harbour Street', 'PAR', '2019-04-01'],
  [2, 'Old Mill', 'LON', '2020-09-15'],
  [3, 'North Gate', 'PAR', '2021-02-20'],
] as const;

export const PRODUCTS = [
  [10, 'Linen shirt', 39.5],
  [11, 'Wool scarf', 24],
  [12, 'Canvas bag', 18.25],
] as const;

/** sale_id, store_id, prod_id, sale_date, qty, amount */
export const SALES: [number, number, number, string, number, number][] = Array.from(
  { length: 24 },
  (_, i) => {
    const product = PRODUCTS[i % 3]!;
    const qty = 1 + (i % 4);
    return [
      100 + i,
      STORES[i % 3]![0],
      product[0],
      `2024-03-${String(1 + i).padStart(2, '0')}`,
      qty,
      Math.round(qty * product[2] * 100) / 100,
    ];
  },
);

export const LATEST_SALE = '2024-03-24';

export function csv() {
  return {
    stores: ['store_id,store_name,city_cd,opened_on', ...STORES.map((r) => r.join(','))].join('\n') + '\n',
    products: ['prod_id,prod_nm,unit_prc', ...PRODUCTS.map((r) => r.join(','))].join('\n') + '\n',
    sales:
      ['sale_id,store_id,prod_id,sale_date,qty,amount', ...SALES.map((r) => r.join(','))].join('\n') + '\n',
  };
}

const literal = (value: string | number) => (typeof value === 'number' ? String(value) : `'${value}'`);
export const insertValues = (rows: readonly (readonly (string | number)[])[]) =>
  rows.map((r) => `(${r.map(literal).join(', ')})`).join(', ');
