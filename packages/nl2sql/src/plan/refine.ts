import { parseTime } from '../time/parse-time.ts';
import { tokenize } from '../text/tokenize.ts';
import type { Token } from '../text/tokenize.ts';

/** Words that open a follow-up ("and last year?", "only Europe", "by month instead"). */
const OPENERS = new Set([
  'and',
  'but',
  'only',
  'now',
  'instead',
  'also',
  'then',
  'same',
  'just',
  'what',
  'how',
]);
const GROUPING = new Set(['by', 'per', 'each', 'every', 'across']);
/** Where a grouping phrase ends: a period, a condition or a new clause begins. */
const CLAUSE = new Set([
  'in',
  'for',
  'from',
  'since',
  'between',
  'during',
  'with',
  'where',
  'that',
  'who',
  'last',
  'this',
  'over',
  'before',
  'after',
  'only',
  'and',
]);
const FOLLOW_UP_MAX_WORDS = 5;

const text = (tokens: Token[]): string =>
  tokens.map((t) => (t.kind === 'quoted' ? `"${t.raw}"` : t.raw)).join(' ');

/** A short message, or one that opens like a reply, refines the conversation's last question rather than asking anew. */
export function isFollowUp(message: string): boolean {
  const tokens = tokenize(message);
  const first = tokens[0]?.norm ?? '';
  const aboutPrevious =
    first === 'what' || first === 'how'
      ? /^(what|how)\s+about\b/i.test(message.trim())
      : OPENERS.has(first) || GROUPING.has(first);
  return (
    tokens.length > 0 &&
    (aboutPrevious ||
      (tokens.length <= FOLLOW_UP_MAX_WORDS && !/\b(how many|what|which|who|show|list)\b/i.test(message)))
  );
}

/**
 * The question a follow-up means: the previous one, with its grouping replaced when the follow-up
 * groups ("by month instead"), its period replaced when the follow-up names one ("and last year?"),
 * and the follow-up's conditions added ("only Europe"). Earlier conditions stay.
 */
export function refineQuestion(previous: string, followUp: string, now: Date = new Date()): string {
  const before = tokenize(previous);
  let after = tokenize(followUp);
  while (after.length > 0 && (OPENERS.has(after[0]?.norm ?? '') || after[0]?.norm === 'about'))
    after = after.slice(1);
  while (after.length > 0 && (after.at(-1)?.norm === 'instead' || after.at(-1)?.norm === 'then'))
    after = after.slice(0, -1);
  if (after.length === 0) return previous;
  const drop = new Set<number>();
  const newTime = parseTime(
    after.map((t, index) => ({ ...t, index })),
    now,
  );
  if (newTime.ranges.length > 0 || newTime.monthsOfYear.length > 0) {
    const oldTime = parseTime(before, now);
    // the old period goes; its grain ("by month") is a grouping and stays unless regrouped
    const inGrouping = (i: number) =>
      GROUPING.has(before[i]?.norm ?? '') || GROUPING.has(before[i - 1]?.norm ?? '');
    for (const i of oldTime.consumed) if (!inGrouping(i)) drop.add(i);
    for (const i of [...drop])
      if (['in', 'during', 'for', 'since', 'over', 'from'].includes(before[i - 1]?.norm ?? ''))
        drop.add(i - 1);
  }
  if (after.some((t) => GROUPING.has(t.norm))) {
    for (let i = 0; i < before.length; i++) {
      if (!GROUPING.has(before[i]?.norm ?? '')) continue;
      drop.add(i);
      for (let k = i + 1; k < before.length && !CLAUSE.has(before[k]?.norm ?? '') && !drop.has(k); k++)
        drop.add(k);
    }
  }
  return `${text(before.filter((_, i) => !drop.has(i)))} ${text(after.map((t, index) => ({ ...t, index })))}`.trim();
}

/**
 * The question a clarification's answer completes: the term that could not be grounded is
 * replaced by the chosen reading ("Which customers churned last year?" + "customers whose segment
 * is enterprise" → "Which customers last year segment enterprise").
 */
export function answerClarification(previous: string, term: string, reply: string): string {
  const kept = tokenize(previous).filter((t) => t.norm !== term.toLowerCase());
  const reading = reply
    .replace(/^\s*.+?\s+with\s+(.+?)\s+whose\s+/i, '$1 ')
    .replace(/^\s*.+?\s+whose\s+/i, '')
    .replace(/\s+is\s+/i, ' ')
    .replace(/\s*\([^)]*\)\s*$/, '');
  return `${text(kept)} ${reading}`.trim();
}
