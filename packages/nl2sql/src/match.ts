import type { ColumnInfo, ValueEntry } from './schema/model.ts';
import type { Concept, Phrase } from './schema/vocabulary.ts';
import { WEIGHT } from './schema/vocabulary.ts';
import { STOPWORDS } from './lexicon.ts';
import { abbreviates } from './text/abbreviates.ts';
import { stem } from './text/stem.ts';
import type { Token } from './text/tokenize.ts';

const ADJECTIVE_ENDING = /(an|ian|ese|ish|ean|ine|i)$/;
const NOUN_ENDING = /(ation|ion|ment)$/;

export interface Candidate {
  concept: Concept;
  weight: number;
  /** Read by inference (a synonym, an abbreviation, a code, a derived word) rather than a name or value as written. */
  inferred?: boolean;
}

export interface Chunk {
  start: number;
  /** Exclusive. */
  end: number;
  candidates: Candidate[];
  /** Number and quoted tokens carry their value instead of candidates. */
  number?: number;
  literal?: string;
}

export interface Matcher {
  match(tokens: Token[], skip: Set<number>): Chunk[];
}

/**
 * How many tokens from `start` spell the phrase, allowing one compound split either way
 * ("logged in" ~ "login", "login" ~ "log in"), or 0 when they do not.
 */
function matchLength(
  phrase: Phrase,
  tokens: Token[],
  start: number,
  skip: Set<number>,
): { length: number; exact: boolean } {
  let w = 0;
  let t = start;
  let exact = true;
  const words = phrase.words;
  while (w < words.length) {
    const token = tokens[t];
    if (!token || skip.has(t) || token.kind === 'number' || token.kind === 'isoDate')
      return { length: 0, exact: false };
    const word = words[w] ?? '';
    const next = tokens[t + 1];
    if (token.stem === word || token.norm === word) {
      if (phrase.exact && token.norm !== phrase.exact[w]) exact = false;
      w++;
      t++;
    } else if (next && !skip.has(t + 1) && token.stem + next.stem === word) {
      exact = false;
      w++;
      t += 2;
    } else if (w + 1 < words.length && word + (words[w + 1] ?? '') === token.stem) {
      exact = false;
      w += 2;
      t++;
    } else {
      return { length: 0, exact: false };
    }
  }
  return { length: t - start, exact };
}

const conceptKey = (c: Concept): string => {
  switch (c.kind) {
    case 'metric':
      return `m:${c.metric.name}`;
    case 'table':
      return `t:${c.table}`;
    case 'column':
      return `c:${c.column.table}.${c.column.name}`;
    case 'value':
      return `v:${c.column.table}.${c.column.name}=${c.value}`;
    case 'marker':
      return `k:${JSON.stringify(c.marker)}`;
  }
};

/** A short upper-case code such as CMP, DECL, ADV (not a word people write). */
const CODE = /^[A-Z][A-Z0-9]{2,4}$/;

/**
 * Coded values read from the words they abbreviate, one reading per column and only when one
 * code of that column fits best ("completed" → status CMP; "refunded" fits RFD in one column
 * and RFND in another: two readings, resolved by what else the question names).
 */
function codedValues(vocabulary: Phrase[]): (token: Token) => Candidate[] {
  const byColumn = new Map<string, { concept: Concept & { kind: 'value' }; code: string }[]>();
  for (const phrase of vocabulary) {
    const concept = phrase.concept;
    if (concept.kind !== 'value' || !CODE.test(concept.value)) continue;
    const key = `${concept.column.table}.${concept.column.name}`;
    byColumn.set(key, [...(byColumn.get(key) ?? []), { concept, code: concept.value }]);
  }
  return (token) => {
    if (token.kind !== 'word' || token.norm.length < 4) return [];
    const found: (Candidate & { score: number })[] = [];
    for (const codes of byColumn.values()) {
      const scored = codes
        .map((c) => ({
          ...c,
          score: Math.max(abbreviates(c.code, token.norm), abbreviates(c.code, token.stem)),
        }))
        .filter((c) => c.score > 0);
      const best = Math.max(0, ...scored.map((c) => c.score));
      const top = scored.filter((c) => c.score === best);
      if (top.length === 1 && top[0])
        found.push({
          concept: { ...top[0].concept, exact: false },
          weight: WEIGHT.valueCoded,
          score: best,
          inferred: true,
        });
    }
    // A code the word starts with (CAPT for "captured") beats one whose letters it merely contains (CARD).
    const best = Math.max(0, ...found.map((c) => c.score));
    return found
      .filter((c) => c.score === best)
      .map(({ concept, weight }) => ({ concept, weight, inferred: true }));
  };
}

const DERIVATION = /^(ment|ion|ation|ition|al|ure|e)$/;

/**
 * Abbreviated words of table and column names that no question spells (`lvl`, `mins`, `enr`):
 * a question word they abbreviate ("level", "minutes", "enrolled") stands for them when exactly
 * one such part fits best.
 */
function abbreviatedParts(vocabulary: Phrase[]): (token: Token) => string | undefined {
  const names = new Set<string>();
  for (const phrase of vocabulary) {
    // The column's own words, abbreviations the lexicon knows already spelled out (`cat` is category, not "catalog").
    if (phrase.concept.kind === 'column')
      for (const w of phrase.concept.column.words) if (w.length >= 3) names.add(w);
  }
  /** "shipped" (ship) for shipment, "completion" for complete: one word derived from the other. */
  const derived = (a: string, b: string): boolean =>
    a.length >= 4 && b.startsWith(a) && DERIVATION.test(b.slice(a.length));
  return (token) => {
    if (token.kind !== 'word' || token.norm.length < 4 || names.has(token.stem)) return undefined;
    let best = 0;
    let found: string[] = [];
    for (const name of names) {
      const short =
        name.length <= 5 ? Math.max(abbreviates(name, token.norm), abbreviates(name, token.stem)) : 0;
      const score = derived(token.stem, name) || derived(name, token.stem) ? 3 : short;
      if (score > best) [best, found] = [score, [name]];
      else if (score === best && score > 0) found.push(name);
    }
    return found.length === 1 ? found[0] : undefined;
  };
}

const NO = new Set(['n', 'no', 'false', 'f', '0']);
const YES = new Set(['y', 'yes', 'true', 't', '1']);

/** "unpaid" → paid_flag = 'N': a negated word naming a yes/no column reads as its "no" value. */
function flagNegations(vocabulary: Phrase[], values: ValueEntry[]): (token: Token) => Candidate[] {
  const columns = new Map<string, ColumnInfo>();
  for (const phrase of vocabulary)
    if (phrase.concept.kind === 'column')
      columns.set(`${phrase.concept.column.table}.${phrase.concept.column.name}`, phrase.concept.column);
  const negations: [string, Concept & { kind: 'value' }][] = [];
  for (const entry of values) {
    const column = columns.get(`${entry.table}.${entry.column}`);
    const no = entry.values.find((v) => NO.has(v.toLowerCase()));
    if (
      column &&
      no !== undefined &&
      entry.values.every((v) => NO.has(v.toLowerCase()) || YES.has(v.toLowerCase()))
    ) {
      negations.push([`${entry.table}.${entry.column}`, { kind: 'value', column, value: no, exact: false }]);
    }
  }
  return (token) => {
    const rest = /^(un|non-?)([a-z]{3,})$/.exec(token.norm)?.[2];
    if (!rest) return [];
    const base = stem(rest);
    return negations
      .filter(([, concept]) => concept.column.words.includes(base))
      .map(([, concept]) => ({
        concept: { ...concept, exact: false },
        weight: WEIGHT.valueCoded,
        inferred: true,
      }));
  };
}

export function createMatcher(vocabulary: Phrase[], values: ValueEntry[] = []): Matcher {
  const byFirst = new Map<string, Phrase[]>();
  const index = (key: string, phrase: Phrase): void => {
    const list = byFirst.get(key);
    if (list) list.push(phrase);
    else byFirst.set(key, [phrase]);
  };
  for (const phrase of vocabulary) {
    const [first, second] = phrase.words;
    if (!first) continue;
    index(first, phrase);
    if (second) index(first + second, phrase);
  }

  const singleWordValues = vocabulary.filter((p) => p.concept.kind === 'value' && p.exact?.length === 1);

  /**
   * Words derived from a one-word value: adjectives ("Swedish" → Sweden, "Norwegian" → Norway)
   * and nouns ("deletion" → deleted, "completion" → completed).
   */
  const derivedValues = (token: Token): Candidate[] => {
    if (token.kind !== 'word' || token.norm.length < 5) return [];
    const noun = NOUN_ENDING.exec(token.norm);
    const nounBase = noun ? token.norm.slice(0, noun.index).replace(/([^aeiou])\1$/, '$1') : undefined;
    const adjective = ADJECTIVE_ENDING.test(token.norm);
    if (!adjective && !nounBase) return [];
    return singleWordValues.flatMap((phrase) => {
      const value = phrase.exact?.[0] ?? '';
      let common = 0;
      while (common < value.length && value[common] === token.norm[common]) common++;
      const adjectival =
        adjective &&
        value.length >= 4 &&
        common >= Math.max(4, value.length - 1) &&
        common >= token.norm.length - 4;
      const nominal = !!nounBase && nounBase.length >= 4 && nounBase === phrase.words[0];
      return (adjectival || nominal) && phrase.concept.kind === 'value'
        ? [{ concept: { ...phrase.concept, exact: false }, weight: WEIGHT.valueDerived, inferred: true }]
        : [];
    });
  };

  const codes = codedValues(vocabulary);
  const negatedFlags = flagNegations(vocabulary, values);
  const parts = abbreviatedParts(vocabulary);
  // Words only general markers use ("rating" stems like "rate") may still stand for a name part.
  const known = new Set(
    vocabulary.filter((p) => p.concept.kind !== 'marker').flatMap((p) => [...p.words, ...(p.exact ?? [])]),
  );

  const candidatesAt = (
    tokens: Token[],
    i: number,
    skip: Set<number>,
  ): { length: number; candidates: Candidate[] } => {
    const token = tokens[i];
    if (!token) return { length: 0, candidates: [] };
    const keys = new Set([token.stem, token.norm]);
    const next = tokens[i + 1];
    if (next) keys.add(token.stem + next.stem);
    const best = new Map<string, Candidate>();
    let longest = 0;
    for (const key of keys) {
      for (const phrase of byFirst.get(key) ?? []) {
        const { length, exact } = matchLength(phrase, tokens, i, skip);
        if (length === 0 || length < longest) continue;
        if (length > longest) {
          longest = length;
          best.clear();
        }
        let weight = phrase.weight;
        let concept = phrase.concept;
        if (concept.kind === 'value' && !exact) {
          weight = WEIGHT.valueStem;
          concept = { ...concept, exact: false };
        }
        const id = conceptKey(concept);
        if ((best.get(id)?.weight ?? -1) < weight)
          best.set(id, { concept, weight, ...(phrase.inferred ? { inferred: true } : {}) });
      }
    }
    if (longest === 0) {
      const adjectives = derivedValues(token);
      if (adjectives.length > 0) return { length: 1, candidates: adjectives };
      const coded = codes(token);
      if (coded.length > 0) return { length: 1, candidates: coded };
      const negated = negatedFlags(token);
      if (negated.length > 0) return { length: 1, candidates: negated };
    }
    return { length: longest, candidates: [...best.values()].sort((a, b) => b.weight - a.weight) };
  };

  return {
    match(tokens, skip) {
      const chunks: Chunk[] = [];
      const spelled = tokens.map((t) => {
        if (t.kind !== 'word' || known.has(t.stem) || known.has(t.norm) || STOPWORDS.has(t.norm)) return t;
        const part = parts(t);
        return part ? { ...t, stem: part, norm: part } : t;
      });
      for (let i = 0; i < tokens.length;) {
        const token = tokens[i];
        if (!token || skip.has(i)) {
          i++;
          continue;
        }
        if (token.kind === 'number') {
          chunks.push({ start: i, end: i + 1, candidates: [], number: token.value });
          i++;
          continue;
        }
        if (token.kind === 'quoted') {
          chunks.push({ start: i, end: i + 1, candidates: [], literal: token.raw });
          i++;
          continue;
        }
        let { length, candidates } = candidatesAt(spelled, i, skip);
        if (spelled[i] !== token) {
          candidates = candidates.map((c) => ({ ...c, inferred: true }));
          // An abbreviated name part read from a question word; a coded value may read it too:
          // "completed" reads first as a coded status, "completions" first as the cmp_dt column.
          const coded = codes(token);
          if (length <= 1 && coded.length > 0) {
            const columns = candidates.map((c) => ({ ...c, weight: c.weight * 0.9 }));
            candidates = /(ed|ing)$/.test(token.norm) ? [...coded, ...columns] : [...columns, ...coded];
            length = 1;
          }
        }
        if (length > 0) {
          chunks.push({ start: i, end: i + length, candidates });
          i += length;
        } else {
          i++;
        }
      }
      return chunks;
    },
  };
}
