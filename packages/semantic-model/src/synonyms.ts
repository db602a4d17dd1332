import { UPPERCASE_WORDS, expandAbbreviation } from './abbreviations.ts';
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
  charge: ['fee', 'cost'],
  fee: ['charge'],
  sex: ['gender'],
  gender: ['sex'],
  duration: ['length', 'time'],
  smoker: ['tobacco user'],
});

/** Qualifiers and units that say what kind of value a column holds, not what it is about. */
const GENERIC_WORDS = new Set([
  'amount',
  'code',
  'name',
  'number',
  'id',
  'key',
  'value',
  'total',
  'date',
  'count',
  'flag',
  'type',
  'description',
  'label',
  'timestamp',
  'time',
  'at',
  'on',
  'of',
  'in',
  'per',
  'by',
  'cm',
  'mm',
  'm',
  'km',
  'kg',
  'kilograms',
  'g',
  'lb',
  'lbs',
  'oz',
  'ml',
  'l',
  'minutes',
  'seconds',
  'hours',
  'days',
  'ms',
  'percent',
  'c',
  'f',
  'pct',
]);
/** Words that qualify the subject after them (first name, max price): never a subject themselves. */
const MODIFIERS = new Set([
  'first',
  'last',
  'middle',
  'full',
  'short',
  'long',
  'new',
  'old',
  'current',
  'previous',
  'net',
  'gross',
  'minimum',
  'maximum',
  'average',
  'is',
  'has',
]);
/** Calendar words whose WordNet synonyms only mislead ("year" → "twelvemonth"). */
const CALENDAR_WORDS = new Set([
  'year',
  'quarter',
  'month',
  'week',
  'day',
  'hour',
  'minute',
  'second',
  'weekday',
]);
const BOOLEAN_PREFIXES = new Set(['is', 'has', 'can', 'was', 'should']);
const MAX_SYNONYMS = 8;

function headIndex(words: string[]): number {
  for (let i = words.length - 1; i >= 0; i--) if (!GENERIC_WORDS.has(words[i] ?? '')) return i;
  return words.length - 1;
}

/**
 * The curated business synonyms when there are some, else WordNet's that do not just repeat the
 * word; none for calendar words, acronyms ("OS" is not osmium) and modifiers.
 */
function wordSynonyms(word: string): string[] {
  const curated = BUSINESS_SYNONYMS[word];
  if (curated) return [...curated];
  if (CALENDAR_WORDS.has(word) || UPPERCASE_WORDS.has(word) || MODIFIERS.has(word) || word.length < 3)
    return [];
  return synonymsFor(word).filter((synonym) => !synonym.split(' ').includes(word));
}

/** WordNet's synonyms of a whole phrase it knows ("first name" → "given name", "forename"). */
function phraseSynonyms(words: string[]): string[] {
  return words.length > 1 && words.length <= 3 ? synonymsFor(words.join(' ')) : [];
}

/**
 * Words people use for a column: its expanded name ("customer name"), its raw words when they hold
 * abbreviations ("cust nm"), what it is about without qualifiers ("wage" for wage_amt), and that
 * subject with its synonyms swapped in ("pay", "client name") for measures and dimensions.
 */
export function columnSynonyms(name: string, label: string, role: ColumnRole): string[] {
  const raw = splitIdentifier(name);
  const expanded = expandedWords(name);
  // "is_member" is about membership: the flag word is not part of what it is about.
  const words = expanded.length > 1 && BOOLEAN_PREFIXES.has(expanded[0] ?? '') ? expanded.slice(1) : expanded;
  const head = headIndex(words);
  const subject = words.slice(0, head + 1);
  const found = [expanded.join(' ')];
  if (raw.some((word) => expandAbbreviation(word) !== null)) found.push(raw.join(' '));
  if (subject.length < expanded.length && role !== 'TIME' && !MODIFIERS.has(words[head] ?? ''))
    found.push(subject.join(' '));
  if (role === 'MEASURE' || role === 'DIMENSION') {
    found.push(...phraseSynonyms(words));
    for (const synonym of wordSynonyms(words[head] ?? '')) {
      found.push([...subject.slice(0, -1), synonym].join(' '));
      if (subject.length < words.length)
        found.push([...words.slice(0, head), synonym, ...words.slice(head + 1)].join(' '));
    }
  }
  const excluded = new Set([name.toLowerCase(), label.toLowerCase(), '']);
  return [...new Set(found)].filter((synonym) => !excluded.has(synonym)).slice(0, MAX_SYNONYMS);
}
