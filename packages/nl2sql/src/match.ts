import type { Concept, Phrase } from './schema/vocabulary.ts';
import { WEIGHT } from './schema/vocabulary.ts';
import type { Token } from './text/tokenize.ts';

const ADJECTIVE_ENDING = /(an|ian|ese|ish|ean|ine|i)$/;
const NOUN_ENDING = /(ation|ion|ment)$/;

export interface Candidate {
  concept: Concept;
  weight: number;
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
function matchLength(phrase: Phrase, tokens: Token[], start: number, skip: Set<number>): { length: number; exact: boolean } {
  let w = 0;
  let t = start;
  let exact = true;
  const words = phrase.words;
  while (w < words.length) {
    const token = tokens[t];
    if (!token || skip.has(t) || token.kind === 'number' || token.kind === 'isoDate') return { length: 0, exact: false };
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

export function createMatcher(vocabulary: Phrase[]): Matcher {
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
      const adjectival = adjective && value.length >= 4 && common >= Math.max(4, value.length - 1) && common >= token.norm.length - 4;
      const nominal = !!nounBase && nounBase.length >= 4 && nounBase === phrase.words[0];
      return (adjectival || nominal) && phrase.concept.kind === 'value' ? [{ concept: { ...phrase.concept, exact: false }, weight: WEIGHT.valueDerived }] : [];
    });
  };

  const candidatesAt = (tokens: Token[], i: number, skip: Set<number>): { length: number; candidates: Candidate[] } => {
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
        if ((best.get(id)?.weight ?? -1) < weight) best.set(id, { concept, weight });
      }
    }
    if (longest === 0) {
      const adjectives = derivedValues(token);
      if (adjectives.length > 0) return { length: 1, candidates: adjectives };
    }
    return { length: longest, candidates: [...best.values()].sort((a, b) => b.weight - a.weight) };
  };

  return {
    match(tokens, skip) {
      const chunks: Chunk[] = [];
      for (let i = 0; i < tokens.length; ) {
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
        const { length, candidates } = candidatesAt(tokens, i, skip);
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
