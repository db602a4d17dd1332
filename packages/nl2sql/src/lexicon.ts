/** General English vocabulary of analytical questions. Nothing here knows any schema. */

export type Aggregate = 'count' | 'sum' | 'avg' | 'min' | 'max' | 'countDistinct';

/** Phrases (space-separated lower-case words) that name an aggregate. Longest match wins. */
export const AGGREGATE_PHRASES: Record<string, Aggregate> = {
  'how many': 'count',
  'number of': 'count',
  'count of': 'count',
  count: 'count',
  'how much': 'sum',
  total: 'sum',
  sum: 'sum',
  'sum of': 'sum',
  overall: 'sum',
  average: 'avg',
  avg: 'avg',
  mean: 'avg',
  typical: 'avg',
  minimum: 'min',
  min: 'min',
  maximum: 'max',
  max: 'max',
  distinct: 'countDistinct',
  unique: 'countDistinct',
  different: 'countDistinct',
};

/** Words that introduce a grouping ("loans by branch", "hires per week", "for each department"). */
export const GROUP_MARKERS = [
  'by',
  'per',
  'for each',
  'each',
  'for every',
  'every',
  'across',
  'broken down by',
  'grouped by',
  'split by',
  'breakdown by',
];

export type Direction = 'asc' | 'desc';

/** Ranking words; `implicitLimit` is the row count when no N is given. */
export const RANK_WORDS: Record<string, Direction> = {
  top: 'desc',
  bottom: 'asc',
  highest: 'desc',
  greatest: 'desc',
  best: 'desc',
  most: 'desc',
  lowest: 'asc',
  worst: 'asc',
  least: 'asc',
  fewest: 'asc',
  busiest: 'desc',
  strongest: 'desc',
  weakest: 'asc',
  slowest: 'asc',
  'most popular': 'desc',
  'least popular': 'asc',
};

/** Superlative adjectives that rank rows by a kind of attribute ("cheapest" → a price, ascending). */
export const ATTRIBUTE_SUPERLATIVES: Record<string, { attribute: AttributeKind; direction: Direction }> = {
  cheapest: { attribute: 'price', direction: 'asc' },
  'least expensive': { attribute: 'price', direction: 'asc' },
  'most expensive': { attribute: 'price', direction: 'desc' },
  priciest: { attribute: 'price', direction: 'desc' },
  dearest: { attribute: 'price', direction: 'desc' },
  newest: { attribute: 'date', direction: 'desc' },
  latest: { attribute: 'date', direction: 'desc' },
  'most recent': { attribute: 'date', direction: 'desc' },
  oldest: { attribute: 'date', direction: 'asc' },
  biggest: { attribute: 'amount', direction: 'desc' },
  largest: { attribute: 'amount', direction: 'desc' },
  smallest: { attribute: 'amount', direction: 'asc' },
  earliest: { attribute: 'date', direction: 'asc' },
};

export type AttributeKind = 'price' | 'date' | 'amount';

/** Column-name words that identify an attribute kind. */
export const ATTRIBUTE_WORDS: Record<AttributeKind, string[]> = {
  price: ['price', 'cost', 'fee', 'rate'],
  date: ['date', 'time', 'timestamp', 'created', 'at', 'day'],
  amount: ['amount', 'total', 'value', 'revenue', 'size', 'quantity'],
};

export type Comparison = '>' | '>=' | '<' | '<=' | '=' | '<>';

export const COMPARISON_PHRASES: Record<string, Comparison> = {
  'more than': '>',
  'greater than': '>',
  'larger than': '>',
  'higher than': '>',
  over: '>',
  above: '>',
  exceeding: '>',
  'at least': '>=',
  'no less than': '>=',
  'less than': '<',
  'fewer than': '<',
  'lower than': '<',
  'smaller than': '<',
  under: '<',
  below: '<',
  'at most': '<=',
  'no more than': '<=',
  'up to': '<=',
  exactly: '=',
  'equal to': '=',
  'other than': '<>',
};

/** Words that negate the value that follows ("not overdue", "excluding fiction"). */
export const NEGATIONS = ['not', 'excluding', 'except', 'without', 'non', 'exclude', 'other than'];

/** Words that ask for a listing rather than a count ("list members in Oslo"). */
export const LIST_WORDS = [
  'list',
  'show all',
  'list all',
  'all',
  'which',
  'details',
  'detail',
  'names',
  'rows',
  'records',
];

/** Share / proportion words ("share of loans by branch", "percentage of loans that were overdue"). */
export const SHARE_WORDS = [
  'share',
  'percentage',
  'percent',
  'proportion',
  'fraction',
  'ratio',
  'rate',
  'pct',
];

/** Function words: never a value of the data, whatever the value index says. */
export const STOPWORDS = new Set(
  `the a an of in on at to for from with by and or not no is are was were be it its this that these those
   what which who how all any some each every per as than then`.split(/\s+/),
);

/** Words with no analytical content. Unmatched words outside this list lower the confidence. */
export const FILLER_WORDS = new Set(
  `what which who whom whose how is are was were be been being do does did done doing have has had having
   i me my we us our ours you your it its they them their this that these those there here
   of in on at to for from with within into onto about as and or than then so such also just only
   please show tell give get got find see display return report compute calculate list want need
   can could would should will shall may might must let lets
   sell make place order buy bring generate earn pay
   value amount figure figures number numbers data info information result results
   some any all every each whole entire overall currently current ever
   up down out off over under again
   when where why while during
   much many lot lots more less
   chart graph plot table view breakdown trend trends split first ascending descending compare comparison versus vs`
    .split(/\s+/)
    .filter(Boolean),
);

export const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  fifty: 50,
  hundred: 100,
};
