import type { Chunk } from '../match.ts';
import type { Token } from '../text/tokenize.ts';
import {
  dimensionFrom,
  isConcept,
  isSingular,
  markerOf,
  numberOf,
  tableOf,
  topConcept,
  wordsOf,
} from './chunks.ts';
import type { Intent } from './intent-types.ts';

/** "top 5 members", "which branch", "the cheapest book", "highest first". */
export function findRanking(
  chunks: Chunk[],
  tokens: Token[],
  intent: Intent,
  claim: (...i: number[]) => void,
): void {
  for (let i = 0; i < chunks.length; i++) {
    const marker = markerOf(chunks[i]);
    if (marker?.type === 'attributeRank' && !intent.attributeRank) {
      const before = numberOf(chunks[i - 1]);
      const after = numberOf(chunks[i + 1]);
      const limit = before ?? after;
      intent.attributeRank = {
        attribute: marker.attribute,
        direction: marker.direction,
        limit: limit !== undefined && Number.isInteger(limit) && limit > 0 ? limit : undefined,
      };
      // With a measure, "the biggest" ranks by it ("which branch has the biggest fee total").
      intent.rank ??= { direction: marker.direction, limit: intent.attributeRank.limit };
      claim(i);
      if (before !== undefined) claim(i - 1);
      const next = after !== undefined ? i + 2 : i + 1;
      if (after !== undefined) claim(i + 1);
      const subject = chunks[next];
      if (isConcept(subject) && tableOf(subject) && topConcept(subject)?.kind !== 'value') {
        intent.subject = {
          kind: 'entity',
          table: tableOf(subject) as string,
          words: wordsOf(subject, tokens),
          singular: isSingular(subject, tokens),
        };
        claim(next);
      }
    }
    if (marker?.type !== 'rank' || intent.rank) continue;
    claim(i);
    let limit = numberOf(chunks[i + 1]);
    let next = i + 1;
    if (limit !== undefined) {
      claim(i + 1);
      next = i + 2;
    } else if (numberOf(chunks[i - 1]) !== undefined && chunks[i - 1]?.end === chunks[i]?.start) {
      limit = numberOf(chunks[i - 1]);
      claim(i - 1);
    }
    if (limit !== undefined && (!Number.isInteger(limit) || limit <= 0)) limit = undefined;
    if (limit === undefined && tokens[chunks[i]?.end ?? 0]?.norm === 'first') {
      // "highest first" sorts; it does not pick a top N.
      intent.sort = marker.direction;
      continue;
    }
    intent.rank = { direction: marker.direction, limit };
    const word = tokens[chunks[i]?.start ?? 0]?.norm;
    const subject = chunks[next];
    if (
      (limit !== undefined || word === 'top' || word === 'bottom') &&
      isConcept(subject) &&
      topConcept(subject)?.kind !== 'value'
    ) {
      const dimension = dimensionFrom(subject, tokens);
      if (dimension) {
        intent.subject = { ...dimension, singular: isSingular(subject, tokens) && limit === undefined };
        claim(next);
      }
    }
  }
  if (intent.subject) return;
  for (let i = 0; i < chunks.length; i++) {
    if (markerOf(chunks[i])?.type !== 'which') continue;
    claim(i);
    // "which 3 countries have the most ...": the number is the ranking's limit.
    const count = numberOf(chunks[i + 1]);
    const at = count !== undefined && Number.isInteger(count) && count > 0 ? i + 2 : i + 1;
    const subject = chunks[at];
    if (
      isConcept(subject) &&
      subject.candidates.some((c) => c.concept.kind === 'table' || c.concept.kind === 'column') &&
      topConcept(subject)?.kind !== 'value'
    ) {
      const dimension = dimensionFrom(subject, tokens);
      if (dimension) {
        intent.subject = { ...dimension, singular: isSingular(subject, tokens) && at === i + 1 };
        claim(at);
        if (at === i + 2) {
          claim(i + 1);
          if (intent.rank && intent.rank.limit === undefined) intent.rank.limit = count;
        }
      }
    }
    break;
  }
}
