import type { Token } from '../text/tokenize.ts';
import {
  addDays,
  addGrain,
  formatDay,
  isValidDate,
  isoDate,
  monthName,
  monthNumber,
  startOf,
} from './dates.ts';
import type { DateRange, Grain } from './dates.ts';

export interface TimeParse {
  /** Conditions on the time column, all of which apply. */
  ranges: DateRange[];
  /** Months named without a year ("in December"): a month-of-year filter. */
  monthsOfYear: number[];
  /** Requested time grain; 'auto' for "over time" / "trend". */
  grain?: Grain | 'auto';
  /** Indices of the tokens that expressed all of the above. */
  consumed: Set<number>;
}

interface Period {
  start: string;
  end: string;
  label: string;
  /** Set when no year was written: the month (and day) still need one. */
  yearless?: { month: number; day?: number };
}

interface Parsed<T> {
  value: T;
  next: number;
}

const GRAIN_ADJECTIVES: Record<string, Grain> = {
  daily: 'day',
  weekly: 'week',
  monthly: 'month',
  quarterly: 'quarter',
  yearly: 'year',
  annual: 'year',
  annually: 'year',
};
const GRAIN_NOUNS: Record<string, Grain> = {
  day: 'day',
  week: 'week',
  month: 'month',
  quarter: 'quarter',
  year: 'year',
};
const GRAIN_LEADS = new Set(['by', 'per', 'each', 'every']);
const RANKED_GRAIN_LEADS = new Set([
  'which',
  'what',
  'best',
  'worst',
  'busiest',
  'slowest',
  'top',
  'highest',
  'lowest',
  'peak',
  'strongest',
  'weakest',
]);
const AUTO_GRAIN = new Set(['trend', 'trends', 'timeline', 'evolution']);
const ORDINALS: Record<string, number> = {
  first: 1,
  '1st': 1,
  second: 2,
  '2nd': 2,
  third: 3,
  '3rd': 3,
  fourth: 4,
  '4th': 4,
  last: 4,
};
const IN_WORDS = new Set(['in', 'during', 'for', 'on', 'of', 'at', 'within', 'throughout']);
const TO_WORDS = new Set(['to', 'through', 'thru', 'until', 'till', 'and']);
const NOT_YEAR_BEFORE = new Set([
  'top',
  'bottom',
  'than',
  'over',
  'above',
  'under',
  'below',
  'least',
  'most',
  'exactly',
  'first',
  'last',
]);

function isYear(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (!t || t.kind !== 'number' || !/^\d{4}$/.test(t.raw) || t.value === undefined) return false;
  const before = tokens[i - 1]?.norm ?? '';
  return t.value >= 1900 && t.value <= 2100 && !NOT_YEAR_BEFORE.has(before);
}

const yearPeriod = (y: number): Period => ({
  start: isoDate(y, 1, 1),
  end: isoDate(y + 1, 1, 1),
  label: String(y),
});
const monthPeriod = (y: number, m: number): Period => ({
  start: isoDate(y, m, 1),
  end: addGrain(isoDate(y, m, 1), 'month', 1),
  label: `${monthName(m)} ${y}`,
});
const dayPeriod = (y: number, m: number, d: number): Period => ({
  start: isoDate(y, m, d),
  end: addDays(isoDate(y, m, d), 1),
  label: formatDay(isoDate(y, m, d)),
});

function dayNumber(t: Token | undefined): number | undefined {
  return t?.kind === 'number' &&
    t.value !== undefined &&
    Number.isInteger(t.value) &&
    t.value >= 1 &&
    t.value <= 31 &&
    !/^\d{4}$/.test(t.raw)
    ? t.value
    : undefined;
}

function parseAbsolute(tokens: Token[], i: number): Parsed<Period> | undefined {
  const t = tokens[i];
  if (!t) return undefined;
  const yearAt = (k: number): number | undefined => (isYear(tokens, k) ? tokens[k]?.value : undefined);

  if (t.kind === 'isoDate') {
    const slash = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t.raw);
    const [y, m, d] = slash
      ? [Number(slash[3]), Number(slash[1]), Number(slash[2])]
      : t.raw.split('-').map(Number);
    if (y === undefined || m === undefined) return undefined;
    if (d === undefined) return m >= 1 && m <= 12 ? { value: monthPeriod(y, m), next: i + 1 } : undefined;
    return isValidDate(y, m, d) ? { value: dayPeriod(y, m, d), next: i + 1 } : undefined;
  }

  const month = t.kind === 'word' ? monthNumber(t.norm) : undefined;
  if (
    month !== undefined &&
    !(t.norm === 'may' && dayNumber(tokens[i + 1]) === undefined && yearAt(i + 1) === undefined)
  ) {
    const day = dayNumber(tokens[i + 1]);
    if (day !== undefined) {
      const k = tokens[i + 2]?.norm === 'of' ? i + 3 : i + 2;
      const y = yearAt(k);
      if (y !== undefined)
        return isValidDate(y, month, day) ? { value: dayPeriod(y, month, day), next: k + 1 } : undefined;
      return {
        value: { start: '', end: '', label: `${monthName(month)} ${day}`, yearless: { month, day } },
        next: i + 2,
      };
    }
    const k = tokens[i + 1]?.norm === 'of' ? i + 2 : i + 1;
    const y = yearAt(k);
    if (y !== undefined) return { value: monthPeriod(y, month), next: k + 1 };
    return { value: { start: '', end: '', label: monthName(month), yearless: { month } }, next: i + 1 };
  }

  const leadingDay = dayNumber(t);
  if (leadingDay !== undefined) {
    const k = tokens[i + 1]?.norm === 'of' ? i + 2 : i + 1;
    const m = tokens[k]?.kind === 'word' ? monthNumber(tokens[k]?.norm ?? '') : undefined;
    const y = yearAt(k + 1);
    if (m !== undefined && y !== undefined && isValidDate(y, m, leadingDay))
      return { value: dayPeriod(y, m, leadingDay), next: k + 2 };
  }

  const quarter = parseQuarterOrHalf(tokens, i);
  if (quarter) return quarter;

  const y = yearAt(i);
  if (y !== undefined) {
    const q = /^q([1-4])$/.exec(tokens[i + 1]?.norm ?? '');
    if (q) return { value: quarterPeriod(y, Number(q[1])), next: i + 2 };
    return { value: yearPeriod(y), next: i + 1 };
  }
  return undefined;
}

function quarterPeriod(y: number, q: number): Period {
  const start = isoDate(y, (q - 1) * 3 + 1, 1);
  return { start, end: addGrain(start, 'quarter', 1), label: `Q${q} ${y}` };
}

function halfPeriod(y: number, h: number): Period {
  const start = isoDate(y, h === 1 ? 1 : 7, 1);
  return { start, end: addGrain(start, 'month', 6), label: `H${h} ${y}` };
}

function parseQuarterOrHalf(tokens: Token[], i: number): Parsed<Period> | undefined {
  const t = tokens[i];
  if (!t) return undefined;
  const yearAfter = (k: number): Parsed<number> | undefined => {
    const at = tokens[k]?.norm === 'of' ? k + 1 : k;
    return isYear(tokens, at) && tokens[at]?.value !== undefined
      ? { value: tokens[at].value, next: at + 1 }
      : undefined;
  };
  const short = /^([qh])([1-4])$/.exec(t.norm);
  if (short) {
    const y = yearAfter(i + 1);
    const n = Number(short[2]);
    if (!y || (short[1] === 'h' && n > 2)) return undefined;
    return { value: short[1] === 'q' ? quarterPeriod(y.value, n) : halfPeriod(y.value, n), next: y.next };
  }
  const ordinal = ORDINALS[t.norm];
  const unit = tokens[i + 1]?.norm;
  if (ordinal !== undefined && (unit === 'quarter' || unit === 'half')) {
    const y = yearAfter(i + 2);
    if (!y) return undefined;
    if (unit === 'half')
      return { value: halfPeriod(y.value, t.norm === 'last' ? 2 : Math.min(ordinal, 2)), next: y.next };
    return { value: quarterPeriod(y.value, ordinal), next: y.next };
  }
  if (t.norm === 'quarter') {
    const n = tokens[i + 1]?.value;
    const y = yearAfter(i + 2);
    if (n !== undefined && n >= 1 && n <= 4 && Number.isInteger(n) && y)
      return { value: quarterPeriod(y.value, n), next: y.next };
  }
  return undefined;
}

function parseRelative(tokens: Token[], i: number, today: string): Parsed<Period> | undefined {
  const t = tokens[i]?.norm;
  const next = tokens[i + 1];
  if (t === 'today') return { value: { start: today, end: addDays(today, 1), label: 'today' }, next: i + 1 };
  if (t === 'yesterday')
    return { value: { start: addDays(today, -1), end: today, label: 'yesterday' }, next: i + 1 };
  if (t === 'ytd' || (t === 'year' && next?.norm === 'to' && tokens[i + 2]?.norm === 'date')) {
    return {
      value: { start: startOf(today, 'year'), end: addDays(today, 1), label: 'year to date' },
      next: t === 'ytd' ? i + 1 : i + 3,
    };
  }
  const grainOf = (token: Token | undefined): Grain | undefined =>
    token ? GRAIN_NOUNS[token.stem] : undefined;
  if (t === 'this' || t === 'current') {
    const g = grainOf(next);
    if (g)
      return {
        value: { start: startOf(today, g), end: addGrain(startOf(today, g), g, 1), label: `this ${g}` },
        next: i + 2,
      };
  }
  if (t === 'last' || t === 'previous' || t === 'past' || t === 'prior') {
    const g = grainOf(next);
    if (g) {
      const start = addGrain(startOf(today, g), g, -1);
      return { value: { start, end: startOf(today, g), label: `last ${g}` }, next: i + 2 };
    }
    const n = next?.kind === 'number' ? next.value : undefined;
    const unit = grainOf(tokens[i + 2]);
    if (n !== undefined && Number.isInteger(n) && n > 0 && n < 10_000 && unit) {
      const end = addDays(today, 1);
      return { value: { start: addGrain(end, unit, -n), end, label: `last ${n} ${unit}s` }, next: i + 3 };
    }
  }
  return undefined;
}

function parsePeriod(tokens: Token[], i: number, today: string): Parsed<Period> | undefined {
  return parseRelative(tokens, i, today) ?? parseAbsolute(tokens, i);
}

/** Gives a yearless period the year of its partner in a range (or the year after, if it would end up earlier). */
function withYear(period: Period, partner: Period | undefined, after: boolean): Period | undefined {
  if (!period.yearless) return period;
  if (!partner || partner.yearless) return undefined;
  let year = Number(partner.start.slice(0, 4));
  const { month, day } = period.yearless;
  const candidate = (y: number): Period =>
    day !== undefined ? dayPeriod(y, month, day) : monthPeriod(y, month);
  if (after && candidate(year).start < partner.start) year += 1;
  if (!after && candidate(year).start > partner.start) year -= 1;
  return candidate(year);
}

function parseRange(
  tokens: Token[],
  i: number,
  today: string,
): Parsed<DateRange | { monthOfYear: number }> | undefined {
  const word = tokens[i]?.norm ?? '';
  const two = `${word} ${tokens[i + 1]?.norm ?? ''}`;
  if (word === 'between' || word === 'from') {
    const a = parsePeriod(tokens, i + 1, today);
    if (
      a &&
      TO_WORDS.has(tokens[a.next]?.norm ?? '') &&
      (word === 'between') === (tokens[a.next]?.norm === 'and')
    ) {
      const b = parsePeriod(tokens, a.next + 1, today);
      if (b) {
        const first = withYear(a.value, b.value, false);
        const second = withYear(b.value, first, true);
        if (first && second)
          return {
            value: { start: first.start, end: second.end, label: `${first.label} to ${second.label}` },
            next: b.next,
          };
      }
    }
  }
  const open: Record<string, (p: Period) => DateRange> = {
    since: (p) => ({ start: p.start, label: `since ${p.label}` }),
    from: (p) => ({ start: p.start, label: `since ${p.label}` }),
    after: (p) => ({ start: p.end, label: `after ${p.label}` }),
    before: (p) => ({ end: p.start, label: `before ${p.label}` }),
    until: (p) => ({ end: p.end, label: `until ${p.label}` }),
    till: (p) => ({ end: p.end, label: `until ${p.label}` }),
    through: (p) => ({ end: p.end, label: `through ${p.label}` }),
    'prior to': (p) => ({ end: p.start, label: `before ${p.label}` }),
    'up to': (p) => ({ end: p.end, label: `until ${p.label}` }),
  };
  for (const [lead, make] of Object.entries(open)) {
    const width = lead.split(' ').length;
    if ((width === 1 ? word : two) !== lead) continue;
    const p = parsePeriod(tokens, i + width, today);
    if (p && !p.value.yearless) return { value: make(p.value), next: p.next };
  }
  const start = IN_WORDS.has(word) && parsePeriod(tokens, i + 1, today) ? i + 1 : i;
  const p = parsePeriod(tokens, start, today);
  if (!p) return undefined;
  if (TO_WORDS.has(tokens[p.next]?.norm ?? '') && tokens[p.next]?.norm !== 'and') {
    const b = parsePeriod(tokens, p.next + 1, today);
    const first = b && withYear(p.value, b.value, false);
    const second = b && first && withYear(b.value, first, true);
    if (b && first && second)
      return {
        value: { start: first.start, end: second.end, label: `${first.label} to ${second.label}` },
        next: b.next,
      };
  }
  if (p.value.yearless) {
    if (p.value.yearless.day !== undefined) {
      const y = Number(today.slice(0, 4));
      const { month, day } = p.value.yearless;
      if (!isValidDate(y, month, day)) return undefined;
      const d = dayPeriod(y, month, day);
      return { value: { start: d.start, end: d.end, label: d.label }, next: p.next };
    }
    return { value: { monthOfYear: p.value.yearless.month }, next: p.next };
  }
  return { value: { start: p.value.start, end: p.value.end, label: p.value.label }, next: p.next };
}

function parseGrain(tokens: Token[], i: number): Parsed<Grain | 'auto'> | undefined {
  const t = tokens[i];
  if (!t) return undefined;
  const adjective = GRAIN_ADJECTIVES[t.norm];
  if (adjective) return { value: adjective, next: i + 1 };
  if (AUTO_GRAIN.has(t.norm)) return { value: 'auto', next: i + 1 };
  if (t.norm === 'over' && tokens[i + 1]?.norm === 'time') return { value: 'auto', next: i + 2 };
  const noun = GRAIN_NOUNS[t.stem];
  const after = tokens[i + 1];
  const afterNoun = after ? GRAIN_NOUNS[after.stem] : undefined;
  if (GRAIN_LEADS.has(t.norm) && afterNoun) return { value: afterNoun, next: i + 2 };
  // "which month had the most loans", "best quarter for fees"
  if (noun && RANKED_GRAIN_LEADS.has(tokens[i - 1]?.norm ?? '')) return { value: noun, next: i + 1 };
  if (t.norm === 'for' && tokens[i + 1]?.norm === 'each') {
    const g = tokens[i + 2] ? GRAIN_NOUNS[tokens[i + 2]?.stem ?? ''] : undefined;
    if (g) return { value: g, next: i + 3 };
  }
  if (noun && (after?.norm === 'over' || after?.norm === 'by') && tokens[i + 2]?.stem === t.stem)
    return { value: noun, next: i + 3 };
  return undefined;
}

/** Finds time grains, date ranges and month-of-year mentions in the tokens. */
export function parseTime(tokens: Token[], now: Date): TimeParse {
  const today = now.toISOString().slice(0, 10);
  const result: TimeParse = { ranges: [], monthsOfYear: [], consumed: new Set() };
  const consume = (from: number, to: number): void => {
    for (let k = from; k < to; k++) result.consumed.add(k);
  };
  for (let i = 0; i < tokens.length;) {
    const grain = parseGrain(tokens, i);
    if (grain) {
      if (!result.grain || result.grain === 'auto') result.grain = grain.value;
      consume(i, grain.next);
      i = grain.next;
      continue;
    }
    const range = parseRange(tokens, i, today);
    if (range) {
      if ('monthOfYear' in range.value) result.monthsOfYear.push(range.value.monthOfYear);
      else result.ranges.push(range.value);
      consume(i, range.next);
      i = range.next;
      continue;
    }
    i++;
  }
  return result;
}
