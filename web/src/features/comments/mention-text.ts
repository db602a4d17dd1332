// Mentions as the comments service stores them, `@[Display Name](userId)`, and as people see them:
// a chip reading "@Display Name". The input keeps plain text plus the members chosen from the list,
// so no raw token is ever shown; the markup is made only when the comment is sent.

export interface ChosenMention {
  id: string;
  name: string;
}

export type Segment = { kind: 'text'; text: string } | { kind: 'mention'; id: string; name: string };

const TOKEN = /@\[([^\]\n]{1,200})\]\(([^)\s]{1,100})\)/g;

/** A stored body split into text and mentions (for rendering chips). */
export function segments(body: string): Segment[] {
  const out: Segment[] = [];
  let last = 0;
  for (const match of body.matchAll(TOKEN)) {
    if (match.index > last) out.push({ kind: 'text', text: body.slice(last, match.index) });
    out.push({ kind: 'mention', name: match[1]!, id: match[2]! });
    last = match.index + match[0].length;
  }
  if (last < body.length) out.push({ kind: 'text', text: body.slice(last) });
  return out;
}

/** A stored body as the input shows it: "@Name" text and the members it mentions. */
export function toDisplay(body: string): { text: string; chosen: ChosenMention[] } {
  const chosen: ChosenMention[] = [];
  const text = segments(body)
    .map((s) => {
      if (s.kind === 'text') return s.text;
      if (!chosen.some((c) => c.id === s.id)) chosen.push({ id: s.id, name: s.name });
      return `@${s.name}`;
    })
    .join('');
  return { text, chosen };
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Where each chosen member's "@Name" stands in the text (a name edited away is no mention). */
export function mentionRanges(
  text: string,
  chosen: readonly ChosenMention[],
): { start: number; end: number; mention: ChosenMention }[] {
  const ranges: { start: number; end: number; mention: ChosenMention }[] = [];
  // Longer names first, so "@Ada Lovelace" wins over "@Ada".
  for (const mention of [...chosen].sort((a, b) => b.name.length - a.name.length)) {
    const pattern = new RegExp(`@${escape(mention.name)}(?![\\p{L}\\p{N}_])`, 'gu');
    for (const match of text.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (ranges.some((r) => start < r.end && end > r.start)) continue;
      ranges.push({ start, end, mention });
    }
  }
  return ranges.sort((a, b) => a.start - b.start);
}

/** The body to send: each chosen "@Name" becomes `@[Name](id)`. */
export function toMarkup(text: string, chosen: readonly ChosenMention[]): string {
  let out = '';
  let last = 0;
  for (const r of mentionRanges(text, chosen)) {
    out += text.slice(last, r.start) + `@[${r.mention.name}](${r.mention.id})`;
    last = r.end;
  }
  return out + text.slice(last);
}
