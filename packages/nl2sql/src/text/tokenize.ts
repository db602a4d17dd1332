import { stem } from './stem.ts';

export type TokenKind = 'word' | 'number' | 'quoted' | 'isoDate';

export interface Token {
  /** The text as written (quotes removed for quoted strings). */
  raw: string;
  /** Lower case. */
  norm: string;
  stem: string;
  kind: TokenKind;
  /** Numeric value of number tokens ("$1,200" → 1200, "5k" → 5000, "15th" → 15). */
  value?: number;
  /** Ordinal suffix present ("15th", "1st"). */
  ordinal?: boolean;
  index: number;
}

const TOKEN_PATTERN = new RegExp(
  [
    String.raw`"(?<dq>[^"]{1,200})"`,
    String.raw`(?<![\p{L}\p{N}])'(?<sq>[^']{1,200})'(?![\p{L}\p{N}])`,
    String.raw`(?<iso>\d{4}-\d{2}(?:-\d{2})?)`,
    String.raw`(?<slash>\d{1,2}/\d{1,2}/\d{4})`,
    String.raw`(?<num>[$€£]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:%|k\b|m\b|st\b|nd\b|rd\b|th\b)?)`,
    String.raw`(?<word>[\p{L}][\p{L}\p{N}_]*(?:'[\p{L}]+)?)`,
  ].join('|'),
  'gu',
);

const ARTICLES = new Set(['the', 'a', 'an']);

function parseNumber(text: string): { value: number; ordinal: boolean } {
  const lower = text.toLowerCase();
  const ordinal = /(st|nd|rd|th)$/.test(lower);
  let body = lower
    .replace(/^[$€£]/, '')
    .replace(/(st|nd|rd|th)$/, '')
    .replaceAll(',', '');
  let factor = 1;
  if (body.endsWith('%')) {
    body = body.slice(0, -1);
    factor = 0.01;
  } else if (body.endsWith('k')) {
    body = body.slice(0, -1);
    factor = 1_000;
  } else if (body.endsWith('m')) {
    body = body.slice(0, -1);
    factor = 1_000_000;
  }
  return { value: Number(body) * factor, ordinal };
}

/** Splits a question into words, numbers, ISO dates and quoted strings; drops punctuation and articles. */
export function tokenize(question: string): Token[] {
  const tokens: Token[] = [];
  for (const match of question.normalize('NFKC').matchAll(TOKEN_PATTERN)) {
    const g = match.groups ?? {};
    const push = (token: Omit<Token, 'index'>): void => {
      tokens.push({ ...token, index: tokens.length });
    };
    if (g.dq !== undefined || g.sq !== undefined) {
      const raw = (g.dq ?? g.sq ?? '').trim();
      if (raw) push({ raw, norm: raw.toLowerCase(), stem: raw.toLowerCase(), kind: 'quoted' });
    } else if (g.iso !== undefined || g.slash !== undefined) {
      const raw = g.iso ?? g.slash ?? '';
      push({ raw, norm: raw, stem: raw, kind: 'isoDate' });
    } else if (g.num !== undefined) {
      const { value, ordinal } = parseNumber(g.num);
      if (Number.isFinite(value))
        push({
          raw: g.num,
          norm: g.num.toLowerCase(),
          stem: g.num.toLowerCase(),
          kind: 'number',
          value,
          ordinal,
        });
    } else if (g.word !== undefined) {
      const norm = g.word.toLowerCase().replace(/'s$/, '');
      if (ARTICLES.has(norm)) continue;
      push({ raw: g.word, norm, stem: stem(norm), kind: 'word' });
    }
  }
  return tokens;
}

/** Stems of a schema name or phrase: "loan_items" → ["loan", "item"], "unitPrice" → ["unit", "price"]. */
export function nameStems(name: string): string[] {
  return name
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w && !ARTICLES.has(w))
    .map(stem);
}
