// A small, safe markdown subset for TEXT blocks (no HTML passthrough): headings, paragraphs,
// lists, **bold**, *italic*, `code`, [links](https://…), and live bindings {{name.column}} /
// {{parameter}} resolved against the canvas's results and filter values.

export type Inline =
  | { kind: 'text'; text: string }
  | { kind: 'strong' | 'em'; children: Inline[] }
  | { kind: 'code'; text: string }
  | { kind: 'link'; href: string; children: Inline[] }
  | { kind: 'binding'; expression: string };

export type Block =
  | { kind: 'heading'; level: 1 | 2 | 3; children: Inline[] }
  | { kind: 'paragraph'; children: Inline[] }
  | { kind: 'list'; ordered: boolean; items: Inline[][] };

const INLINE =
  /(\{\{\s*[\w.-]+\s*\}\})|(`[^`]+`)|(\*\*[^*]+\*\*)|(\*[^*]+\*|_[^_]+_)|(\[[^\]]+\]\([^)\s]+\))/;

export function parseInline(text: string): Inline[] {
  const out: Inline[] = [];
  let rest = text;
  while (rest) {
    const m = INLINE.exec(rest);
    if (!m) {
      out.push({ kind: 'text', text: rest });
      break;
    }
    if (m.index > 0) out.push({ kind: 'text', text: rest.slice(0, m.index) });
    const token = m[0];
    if (m[1]) out.push({ kind: 'binding', expression: token.slice(2, -2).trim() });
    else if (m[2]) out.push({ kind: 'code', text: token.slice(1, -1) });
    else if (m[3]) out.push({ kind: 'strong', children: parseInline(token.slice(2, -2)) });
    else if (m[4]) out.push({ kind: 'em', children: parseInline(token.slice(1, -1)) });
    else {
      const close = token.indexOf('](');
      const href = token.slice(close + 2, -1);
      const safe = /^(https?:|mailto:|\/)/i.test(href) ? href : '#';
      out.push({ kind: 'link', href: safe, children: parseInline(token.slice(1, close)) });
    }
    rest = rest.slice(m.index + token.length);
  }
  return out;
}

export function parseMarkdown(source: string): Block[] {
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  let list: { ordered: boolean; items: Inline[][] } | null = null;
  const flush = () => {
    if (paragraph.length) blocks.push({ kind: 'paragraph', children: parseInline(paragraph.join(' ')) });
    paragraph = [];
    if (list) blocks.push({ kind: 'list', ...list });
    list = null;
  };
  for (const raw of source.split('\n')) {
    const line = raw.trimEnd();
    const heading = /^(#{1,3})\s+(.*)$/.exec(line);
    const bullet = /^\s*[-*]\s+(.*)$/.exec(line);
    const numbered = /^\s*\d+[.)]\s+(.*)$/.exec(line);
    if (heading) {
      flush();
      blocks.push({
        kind: 'heading',
        level: heading[1]!.length as 1 | 2 | 3,
        children: parseInline(heading[2]!),
      });
    } else if (bullet || numbered) {
      if (paragraph.length) {
        blocks.push({ kind: 'paragraph', children: parseInline(paragraph.join(' ')) });
        paragraph = [];
      }
      const ordered = Boolean(numbered);
      if (list && list.ordered !== ordered) flush();
      list ??= { ordered, items: [] };
      list.items.push(parseInline((bullet ?? numbered)![1]!));
    } else if (line.trim() === '') flush();
    else {
      if (list) flush();
      paragraph.push(line.trim());
    }
  }
  flush();
  return blocks;
}
