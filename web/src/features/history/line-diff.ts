// A line diff (longest common subsequence) for SQL and text in the version history. Inputs are
// capped (a block's SQL is at most a few hundred lines): beyond MAX_LINES per side the middle is
// compared as whole replaced lines.
export type DiffLine = { kind: 'same' | 'added' | 'removed'; text: string };

export const MAX_LINES = 2000;

export function lineDiff(before: string, after: string): DiffLine[] {
  const a = before.split('\n');
  const b = after.split('\n');
  // Common head and tail first: most edits touch a few lines.
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const head = a.slice(0, start).map((text) => ({ kind: 'same' as const, text }));
  const tail = a.slice(endA).map((text) => ({ kind: 'same' as const, text }));
  const midA = a.slice(start, endA);
  const midB = b.slice(start, endB);
  if (midA.length > MAX_LINES || midB.length > MAX_LINES)
    return [
      ...head,
      ...midA.map((text) => ({ kind: 'removed' as const, text })),
      ...midB.map((text) => ({ kind: 'added' as const, text })),
      ...tail,
    ];
  // lcs[i][j]: the longest common subsequence of midA[i..] and midB[j..].
  const rows = midA.length;
  const cols = midB.length;
  const lcs = Array.from({ length: rows + 1 }, () => new Uint16Array(cols + 1));
  for (let i = rows - 1; i >= 0; i--)
    for (let j = cols - 1; j >= 0; j--)
      lcs[i]![j] = midA[i] === midB[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  const middle: DiffLine[] = [];
  let i = 0;
  let j = 0;
  while (i < rows && j < cols) {
    if (midA[i] === midB[j]) {
      middle.push({ kind: 'same', text: midA[i]! });
      i++;
      j++;
    } else if (lcs[i + 1]![j]! >= lcs[i]![j + 1]!) middle.push({ kind: 'removed', text: midA[i++]! });
    else middle.push({ kind: 'added', text: midB[j++]! });
  }
  while (i < rows) middle.push({ kind: 'removed', text: midA[i++]! });
  while (j < cols) middle.push({ kind: 'added', text: midB[j++]! });
  return [...head, ...middle, ...tail];
}
