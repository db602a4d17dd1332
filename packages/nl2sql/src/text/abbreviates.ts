/**
 * How well `code` abbreviates `word`: 2 when the word starts with it ("declined" → DECL,
 * "advanced" → ADV), 1 when its letters appear in order from the first ("completed" → CMP,
 * "dropped" → DRP), else 0.
 */
export function abbreviates(code: string, word: string): number {
  const c = code.toLowerCase();
  if (word.length <= c.length || word[0] !== c[0]) return 0;
  if (word.startsWith(c)) return 2;
  let at = 0;
  for (const ch of word) if (ch === c[at]) at++;
  return at === c.length ? 1 : 0;
}
