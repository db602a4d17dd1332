import { CODE_LISTS, type CodeList } from './code-lists.ts';
import { expandedWords } from './labels.ts';
import type { ColumnProfile, ValueLabel } from './types.ts';

const CODE_WORDS = new Set(['code', 'abbreviation', 'iso', 'symbol', 'short', 'flag', 'key']);
const NAME_WORDS = new Set(['name', 'label', 'description', 'title', 'full', 'long', 'text', 'caption']);
const MAX_CODE_LENGTH = 8;
/** Share of a code column's values that must find their name before any is seeded. */
const MIN_MATCHED_SHARE = 0.6;

function codes(column: ColumnProfile): string[] {
  return [...new Set((column.topValues ?? []).map((value) => value.trim()).filter((value) => value !== ''))];
}

/** Values short enough to be codes: no spaces, at most eight characters. */
export function looksCoded(column: ColumnProfile): boolean {
  const values = codes(column);
  return values.length > 0 && values.every((value) => value.length <= MAX_CODE_LENGTH && !/\s/.test(value));
}

function hinted(list: CodeList, words: string[]): boolean {
  return list.hints.some((hint) => words.includes(hint));
}

/**
 * Labels from a built-in code list (Y/N, M/F, FT/PT, US states, ISO countries), when every value of
 * the column is in exactly one list that fits, or in several but the column's name names one.
 */
export function builtInValueLabels(column: ColumnProfile): ValueLabel[] {
  const values = codes(column);
  if (values.length === 0 || !looksCoded(column)) return [];
  const words = expandedWords(column.name);
  const fitting = CODE_LISTS.filter((list) => values.every((value) => list.label(value) !== null));
  const named = fitting.filter((list) => hinted(list, words));
  const chosen =
    named.length === 1 ? named[0] : named.length === 0 && fitting.length === 1 ? fitting[0] : undefined;
  if (!chosen) return [];
  // Two-value lists (Y/N, M/F) are only trusted with both values or a name that says so.
  if (values.length === 1 && chosen.hints.length > 0 && !hinted(chosen, words)) return [];
  return values.map((value) => ({ value, label: chosen.label(value) as string }));
}

function initials(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((word) => word.length > 0)
    .map((word) => word.charAt(0))
    .join('');
}

function matchesCode(code: string, name: string): boolean {
  const upperCode = code.toUpperCase();
  const upperName = name.toUpperCase();
  return upperName.startsWith(upperCode) || (upperCode.length >= 2 && initials(upperName) === upperCode);
}

/**
 * Pairs codes with the names they abbreviate (PAR → Paris, NY → New York): each code must match
 * exactly one name and each name exactly one code; nothing is seeded unless most codes match.
 */
export function prefixValueLabels(codeValues: string[], nameValues: string[]): ValueLabel[] {
  const names = [...new Set(nameValues.map((value) => value.trim()).filter((value) => value !== ''))];
  const uniqueCodes = [...new Set(codeValues.map((value) => value.trim()).filter((value) => value !== ''))];
  if (uniqueCodes.length === 0 || names.length === 0) return [];
  const candidates = new Map(
    uniqueCodes.map((code) => [code, names.filter((name) => matchesCode(code, name))]),
  );
  const claims = new Map<string, number>();
  for (const matched of candidates.values())
    for (const name of matched) claims.set(name, (claims.get(name) ?? 0) + 1);
  const labels: ValueLabel[] = [];
  for (const [code, matched] of candidates) {
    const [name] = matched;
    if (
      matched.length === 1 &&
      name !== undefined &&
      claims.get(name) === 1 &&
      name.toUpperCase() !== code.toUpperCase()
    ) {
      labels.push({ value: code, label: name });
    }
  }
  return labels.length >= Math.max(1, Math.ceil(uniqueCodes.length * MIN_MATCHED_SHARE)) ? labels : [];
}

/** The subject of a code or name column, without its code/name word: city_cd, city_nm → "city". */
export function columnStem(name: string, kindWords: ReadonlySet<string>): string | null {
  const words = expandedWords(name);
  const last = words[words.length - 1] ?? '';
  if (!kindWords.has(last)) return null;
  return words.slice(0, -1).join(' ');
}

export const codeStem = (name: string): string | null => columnStem(name, CODE_WORDS);
export const nameStem = (name: string): string | null => columnStem(name, NAME_WORDS);

/** The name column of a table that labels codes about `stem` ("" matches a bare `name`). */
export function nameColumnFor(
  columns: ColumnProfile[],
  stem: string,
  tableStem: string,
): ColumnProfile | undefined {
  const named = columns.filter((column) => nameStem(column.name) !== null);
  return (
    named.find((column) => nameStem(column.name) === stem) ??
    named.find((column) => nameStem(column.name) === '' && (stem === '' || stem === tableStem)) ??
    named.find((column) => nameStem(column.name) === tableStem && stem === '')
  );
}
