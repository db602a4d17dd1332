/** Value domains of the Acme Commerce dataset (see shared/demo-dataset.md), with the weights the generator draws from. */

export interface Weighted<T> {
  value: T;
  weight: number;
}

export const REGION_BY_COUNTRY: Readonly<Record<string, string>> = {
  'United States': 'North America',
  Canada: 'North America',
  Germany: 'Europe',
  France: 'Europe',
  'United Kingdom': 'Europe',
  Spain: 'Europe',
  Japan: 'Asia Pacific',
  Australia: 'Asia Pacific',
  India: 'Asia Pacific',
  Mexico: 'Latin America',
  Brazil: 'Latin America',
  Argentina: 'Latin America',
};

// Distinct weights keep rankings ("fewest customers", "top N") free of ties at every scale.
export const COUNTRIES: Weighted<string>[] = [
  { value: 'United States', weight: 23 },
  { value: 'Germany', weight: 11 },
  { value: 'United Kingdom', weight: 10 },
  { value: 'Canada', weight: 8.5 },
  { value: 'France', weight: 7.5 },
  { value: 'Japan', weight: 7 },
  { value: 'India', weight: 6.5 },
  { value: 'Australia', weight: 6 },
  { value: 'Brazil', weight: 5.5 },
  { value: 'Spain', weight: 5 },
  { value: 'Mexico', weight: 4.5 },
  { value: 'Argentina', weight: 3.5 },
];

export const SEGMENTS: Weighted<string>[] = [
  { value: 'consumer', weight: 70 },
  { value: 'small_business', weight: 22 },
  { value: 'enterprise', weight: 8 },
];

export const CATEGORIES = ['Electronics', 'Home', 'Outdoors', 'Books', 'Apparel', 'Toys'] as const;

export const ORDER_STATUSES: Weighted<string>[] = [
  { value: 'completed', weight: 88 },
  { value: 'refunded', weight: 7 },
  { value: 'cancelled', weight: 5 },
];

export const ORDER_CHANNELS: Weighted<string>[] = [
  { value: 'web', weight: 55 },
  { value: 'mobile', weight: 33 },
  { value: 'partner', weight: 12 },
];

// Mean 2.01 lines per order: ~201,000 lines at the default scale, and scale 50 clears 10 million.
export const LINES_PER_ORDER: Weighted<number>[] = [
  { value: 1, weight: 32 },
  { value: 2, weight: 35 },
  { value: 3, weight: 33 },
];

export const QUANTITIES: Weighted<number>[] = [
  { value: 1, weight: 40 },
  { value: 2, weight: 25 },
  { value: 3, weight: 15 },
  { value: 4, weight: 12 },
  { value: 5, weight: 8 },
];

export const DISCOUNTS: Weighted<string>[] = [
  { value: '0.00', weight: 60 },
  { value: '0.05', weight: 20 },
  { value: '0.10', weight: 12 },
  { value: '0.20', weight: 8 },
];

/** Average daily spend per marketing channel before trend, weekday and noise factors. */
export const MARKETING_CHANNELS: Weighted<string>[] = [
  { value: 'search', weight: 1800 },
  { value: 'social', weight: 1200 },
  { value: 'email', weight: 300 },
  { value: 'affiliate', weight: 650 },
];

export const SIGNUP_START = '2023-01-01';
export const SIGNUP_END = '2025-12-31';
export const ORDER_START = '2024-01-01';
export const ORDER_END = '2025-12-31';

export const BASE_COUNTS = { customers: 5_000, products: 200, orders: 100_000 } as const;

/** The closed value sets of the text columns, shaped like a value index ({ table, column, values }). */
export const DEMO_VALUE_DOMAINS: readonly { table: string; column: string; values: string[] }[] = [
  { table: 'customers', column: 'country', values: COUNTRIES.map((c) => c.value) },
  { table: 'customers', column: 'region', values: [...new Set(Object.values(REGION_BY_COUNTRY))] },
  { table: 'customers', column: 'segment', values: SEGMENTS.map((s) => s.value) },
  { table: 'products', column: 'category', values: [...CATEGORIES] },
  { table: 'orders', column: 'status', values: ORDER_STATUSES.map((s) => s.value) },
  { table: 'orders', column: 'channel', values: ORDER_CHANNELS.map((c) => c.value) },
  { table: 'marketing_spend', column: 'channel', values: MARKETING_CHANNELS.map((c) => c.value) },
];
