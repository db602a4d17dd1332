import { expandAbbreviation } from './abbreviations.ts';
import { expandedWords, splitIdentifier } from './labels.ts';
import type { ColumnRole } from './types.ts';
import { synonymsFor } from './wordnet.ts';

/**
 * Business words WordNet does not pair (its first senses of "order" and "revenue" are not commercial).
 * Read by the column synonyms before WordNet's.
 */
export const BUSINESS_SYNONYMS: Readonly<Record<string, readonly string[]>> = Object.freeze({
  customer: ['client', 'buyer', 'shopper'],
  client: ['customer'],
  order: ['purchase'],
  purchase: ['order'],
  revenue: ['sales', 'income', 'money', 'turnover'],
  sales: ['revenue', 'turnover'],
  quantity: ['units', 'volume'],
  price: ['cost'],
  employee: ['staff', 'worker'],
  product: ['item', 'article'],
  item: ['product'],
  store: ['shop', 'outlet', 'branch'],
  region: ['area', 'territory'],
  salary: ['pay', 'wage'],
  wage: ['pay', 'salary'],
  discount: ['rebate', 'markdown'],
  supplier: ['vendor'],
  vendor: ['supplier'],
  profit: ['margin', 'earnings'],
  cost: ['expense'],
  city: ['town'],
  country: ['nation'],
});

/** Qualifiers that say what kind of value a column holds, not what it is about. */
const GENERIC_WORDS = new Set([
  'amount', 'code', 'name', 'number', 'id', 'key', 'value', 'total', 'date', 'count', 'flag', 'type', 'description',
  'label', 'timestamp', 'time', 'at', 'on', 'of', 'eur', 'usd', 'gbp', 'in', 'per', 'by',
]);
const MAX_SYNONYMS = 8;

function headIndex(words: string[]): number {
  for (let i = words.length - 1; i >= 0; i--) if (!GENERIC_WORDS.has(words[i] ?? '')) return i;
  return words.length - 1;
}

/** Calendar words whose WordNet synonyms only mislead ("year" → "twelvemonth"). */
const CALENDAR_WORDS = new Set(['year', 'quarter', 'month', 'week', 'day', 'hour', 'minute', 'second', 'weekday']);

/** The curated business synonyms when there are some, else WordNet's that do not just repeat the word. */
function wordSynonyms(word: string): string[] {
  const curated = BUSINESS_SYNONYMS[word];
  if (curated) return [...curated];
  if (CALENDAR_WORDS.has(word)) return [];
  return synonymsFor(word).filter((synonym) => !synonym.split(' ').includes(word));
}

/**
 * Words people use for a column: its expanded name ("customer name"), its raw words when they hold
 * abbreviations ("cust nm"), what it is about without qualifiers ("wage" for wage_amt), and that
 * subject with its synonyms swapped in ("pay", "client name") for measures and dimensions.
 */
export function columnSynonyms(name: string, label: string, role: ColumnRole): string[] {
  const raw = splitIdentifier(name);
  const words = expandedWords(name);
  const head = headIndex(words);
  const subject = words.slice(0, head + 1);
  const found = [words.join(' ')];
  if (raw.some((word) => expandAbbreviation(word) !== null)) found.push(raw.join(' '));
  if (subject.length < words.length && role !== 'TIME') found.push(subject.join(' '));
  if (role === 'MEASURE' || role === 'DIMENSION') {
    for (const synonym of wordSynonyms(words[head] ?? '')) {
      found.push([...subject.slice(0, -1), synonym].join(' '));
      if (subject.length < words.length) found.push([...words.slice(0, head), synonym, ...words.slice(head + 1)].join(' '));
    }
  }
  const excluded = new Set([name.toLowerCase(), label.toLowerCase(), '']);
  return [...new Set(found)].filter((synonym) => !excluded.has(synonym)).slice(0, MAX_SYNONYMS);
}
