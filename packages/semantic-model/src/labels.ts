import { UPPERCASE_WORDS, expandAbbreviation } from './abbreviations.ts';

const MAX_IDENTIFIER_LENGTH = 256;

/**
 * The words of an identifier, lowercase: camelCase, PascalCase, snake_case, kebab-case, spaces, dots
 * and digit runs ("custID" → cust, id; "HTTPServer2" → http, server, 2; "rgn_cd" → rgn, cd).
 */
export function splitIdentifier(identifier: string): string[] {
  // Names come from files too: bound the work on a pathological header.
  return identifier
    .slice(0, MAX_IDENTIFIER_LENGTH)
    .replace(/([\p{Ll}\p{Lo}])(\p{Lu})/gu, '$1 $2')
    .replace(/(\p{Lu}+)(\p{Lu}\p{Ll})/gu, '$1 $2')
    .replace(/(\p{L}{2,})(\p{N})/gu, '$1 $2')
    .replace(/(\p{N})(\p{L}{2,})/gu, '$1 $2')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0)
    .map((word) => word.toLowerCase());
}

/** The words of an identifier with abbreviations expanded ("cust_nm" → customer, name). */
export function expandedWords(identifier: string): string[] {
  return expandWords(splitIdentifier(identifier));
}

function expandWords(words: string[]): string[] {
  return words.flatMap((word) => (expandAbbreviation(word) ?? word).split(' '));
}

function displayWord(word: string): string {
  return UPPERCASE_WORDS.has(word) ? word.toUpperCase() : word;
}

function sentenceCase(words: string[]): string {
  const text = words.map(displayWord).join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Readable label of an identifier: unitPrc → "Unit price", rgn_cd → "Region code", custID → "Customer ID". */
export function labelFor(identifier: string): string {
  const words = expandedWords(identifier);
  return words.length === 0 ? identifier : sentenceCase(words);
}

const UNCOUNTABLE = new Set([
  'data',
  'information',
  'inventory',
  'staff',
  'personnel',
  'equipment',
  'stock',
  'revenue',
  'sales',
  'news',
  'feedback',
  'traffic',
  'weather',
  'metadata',
  'analytics',
  'history',
  'money',
  'series',
  'species',
  'usage',
]);
/** Prefixes warehouse schemas put on table names, which say nothing to a reader. */
const TABLE_PREFIXES = new Set(['tbl', 'tb', 't', 'dim', 'fact', 'fct', 'stg', 'raw', 'src', 'vw', 'v']);

export function pluralize(word: string): string {
  if (UNCOUNTABLE.has(word) || /\d$/.test(word) || UPPERCASE_WORDS.has(word)) return word;
  if (/(ss|sh|ch|x|z)$/.test(word)) return `${word}es`;
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  if (/s$/.test(word)) return word;
  return `${word}s`;
}

export function singularize(word: string): string {
  if (UNCOUNTABLE.has(word) || word.length <= 3) return word;
  if (/ies$/.test(word)) return `${word.slice(0, -3)}y`;
  if (/(ss|sh|ch|x|z)es$/.test(word)) return word.slice(0, -2);
  if (/ss$/.test(word) || /(us|is)$/.test(word)) return word;
  if (/s$/.test(word)) return word.slice(0, -1);
  return word;
}

/** The words a table's name stands for, singular, without warehouse prefixes ("dim_customers" → customer). */
export function tableWords(tableName: string): string[] {
  const raw = splitIdentifier(tableName);
  const meaningful = expandWords(raw.length > 1 && TABLE_PREFIXES.has(raw[0] ?? '') ? raw.slice(1) : raw);
  return meaningful.map((word, index) => (index === meaningful.length - 1 ? singularize(word) : word));
}

/** Label of a table, in the plural a reader expects ("cust" → "Customers", "order_item" → "Order items"). */
export function tableLabelFor(tableName: string): string {
  const words = tableWords(tableName);
  if (words.length === 0) return tableName;
  const last = words.length - 1;
  return sentenceCase(words.map((word, index) => (index === last ? pluralize(word) : word)));
}
