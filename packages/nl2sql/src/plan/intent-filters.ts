import type { Chunk } from '../match.ts';
import type { Comparison } from '../lexicon.ts';
import type { Token } from '../text/tokenize.ts';
import {
  columnChoice,
  isConcept,
  markerOf,
  measureFrom,
  numberOf,
  tableOf,
  topConcept,
  wordsOf,
} from './chunks.ts';
import type { Intent } from './intent-types.ts';

/** Values ("Oslo", "fiction genre"), comparisons ("over 100"), quoted literals and negations. */
export function readFilters(chunks: Chunk[], tokens: Token[], intent: Intent, used: Set<number>): void {
  const free = (i: number): boolean => !used.has(i) && i >= 0 && i < chunks.length;
  for (let i = 0; i < chunks.length; i++) {
    const chunk = chunks[i];
    if (!chunk || !free(i)) continue;
    if (chunk.literal !== undefined) {
      const prev = chunks[i - 1];
      const nearColumn =
        prev && free(i - 1) ? columnChoice(prev, tokens, (c) => c.kind === 'text') : undefined;
      const nearTable = prev && !nearColumn ? tableOf(prev) : undefined;
      const near = nearColumn ?? (nearTable ? { table: nearTable } : undefined);
      if (nearColumn) {
        used.add(i - 1);
        intent.contextTables.push(...new Set(nearColumn.options.map((o) => o.column.table)));
      }
      intent.filters.push({ kind: 'literal', text: chunk.literal, near });
      used.add(i);
      continue;
    }
    const marker = markerOf(chunk);
    if (marker?.type === 'comparison') {
      readComparison(chunks, tokens, intent, used, i, marker.op);
      continue;
    }
    if (topConcept(chunk)?.kind !== 'value') continue;
    const options = chunk.candidates.flatMap((c) =>
      c.concept.kind === 'value'
        ? [{ column: c.concept.column, weight: c.weight, values: [c.concept.value] }]
        : [],
    );
    let negated = false;
    for (const k of [i - 1, i - 2]) {
      if (free(k) && markerOf(chunks[k])?.type === 'negation') {
        negated = true;
        used.add(k);
        break;
      }
      if (!free(k) || markerOf(chunks[k])) break;
    }
    used.add(i);
    let narrowed = options;
    for (const k of [i + 1, i - 1]) {
      const neighbour = chunks[k];
      if (!neighbour || !free(k)) continue;
      const confirm = options.filter((o) =>
        neighbour.candidates.some((c) => c.concept.kind === 'column' && c.concept.column === o.column),
      );
      if (confirm.length > 0) {
        narrowed = confirm;
        used.add(k);
        break;
      }
    }
    const previous = intent.filters.at(-1);
    const joined = markerOf(chunks[i - 1])?.type === 'and' && previous?.kind === 'value' && !negated;
    if (joined && previous.kind === 'value') {
      const merged = previous.options.flatMap((p) =>
        narrowed
          .filter((o) => o.column === p.column)
          .map((o) => ({ ...p, values: [...p.values, ...o.values] })),
      );
      if (merged.length > 0) {
        previous.options = merged;
        previous.words += ` and ${wordsOf(chunk, tokens)}`;
        used.add(i - 1);
        continue;
      }
    }
    intent.filters.push({ kind: 'value', options: narrowed, negated, words: wordsOf(chunk, tokens) });
    const after = chunks[i + 1];
    const qualified = after && free(i + 1) ? tableOf(after) : undefined;
    if (qualified && narrowed.some((o) => o.column.table === qualified)) {
      intent.contextTables.push(qualified);
      used.add(i + 1);
      intent.notes.push(`qualifier:${i + 1}`);
    }
  }
}

function readComparison(
  chunks: Chunk[],
  tokens: Token[],
  intent: Intent,
  used: Set<number>,
  i: number,
  op: Comparison,
): void {
  const value = numberOf(chunks[i + 1]);
  if (value === undefined) return;
  used.add(i);
  used.add(i + 1);
  const words = tokens
    .slice(chunks[i]?.start ?? 0, chunks[i + 1]?.end ?? 0)
    .map((t) => t.raw)
    .join(' ');
  const prev = chunks[i - 1];
  const after = chunks[i + 2];
  const prevColumn =
    prev && !used.has(i - 1) ? columnChoice(prev, tokens, (c) => c.kind === 'number' && !c.isKey) : undefined;
  if (prevColumn) {
    used.add(i - 1);
    intent.filters.push({
      kind: 'compare',
      target: { kind: 'column', column: prevColumn },
      op,
      value,
      words,
    });
    return;
  }
  if (after && !used.has(i + 2) && isConcept(after)) {
    const measure = measureFrom(after, tokens);
    if (measure && topConcept(after)?.kind !== 'value') {
      used.add(i + 2);
      intent.measures.push(measure);
      intent.filters.push({
        kind: 'compare',
        target: { kind: 'measure', index: intent.measures.length - 1 },
        op,
        value,
        words,
      });
      return;
    }
  }
  const entity = prev ? tableOf(prev) : undefined;
  intent.filters.push({
    kind: 'compare',
    target: entity ? { kind: 'entity', table: entity } : { kind: 'measure' },
    op,
    value,
    words,
  });
}
