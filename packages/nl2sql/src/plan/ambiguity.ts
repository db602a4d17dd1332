import type { Chunk } from '../match.ts';
import type { Concept } from '../schema/vocabulary.ts';
import type { Token } from '../text/tokenize.ts';

export interface Penalty {
  factor: number;
  reason: string;
}

const AGENT_LINKS = new Set(['from', 'in', 'with', 'who', 'that']);

const tableOfConcept = (c: Concept | undefined): string | undefined =>
  c?.kind === 'table' ? c.table : c?.kind === 'column' || c?.kind === 'value' ? c.column.table : undefined;

/**
 * Word orders with two readings the planner cannot tell apart; the answer takes one, so its
 * confidence says so: "by learners from India" (a grouping, or who did it), "course completions"
 * (a noun naming one table before a word grounded in another: which one is counted).
 */
export function ambiguousReadings(tokens: Token[], chunks: Chunk[]): Penalty[] {
  const penalties: Penalty[] = [];
  for (let i = 0; i + 1 < chunks.length; i++) {
    const chunk = chunks[i] as Chunk;
    const next = chunks[i + 1] as Chunk;
    const top = chunk.candidates[0]?.concept;
    const marker = top?.kind === 'marker' ? top.marker : undefined;
    if (marker?.type === 'group' && next.candidates[0]?.concept.kind === 'table') {
      const table = tableOfConcept(next.candidates[0]?.concept);
      const link = tokens[next.end];
      const after = chunks.find((c) => c.start === next.end + 1);
      const value = after?.candidates[0]?.concept;
      if (link && AGENT_LINKS.has(link.norm) && value?.kind === 'value' && value.column.table === table) {
        penalties.push({
          factor: 0.75,
          reason: `"${tokens[chunk.start]?.raw} ${tokens
            .slice(next.start, after?.end)
            .map((t) => t.raw)
            .join(' ')}" may say who did it rather than how to group`,
        });
      }
    }
    if (top?.kind === 'table' && next.start === chunk.end) {
      const other = next.candidates[0]?.concept;
      const otherTable = tableOfConcept(other);
      if (
        (other?.kind === 'value' || other?.kind === 'column') &&
        otherTable &&
        otherTable !== top.table &&
        next.end - next.start === 1 &&
        /s$/.test(tokens[next.start]?.norm ?? '')
      ) {
        penalties.push({
          factor: 0.75,
          reason: `"${tokens
            .slice(chunk.start, next.end)
            .map((t) => t.raw)
            .join(' ')}": the plural may be what to count`,
        });
      }
    }
  }
  return penalties;
}
