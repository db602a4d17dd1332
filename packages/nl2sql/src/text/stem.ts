/**
 * A light stemmer: both the question and the schema vocabulary go through it, so it only needs
 * to be consistent, not linguistically exact ("libraries" ~ "library", "joined" ~ "join",
 * "hired" ~ "hire", "labelled" ~ "labeled").
 */

const IRREGULAR: Record<string, string> = {
  sold: 'sell',
  bought: 'buy',
  spent: 'spend',
  made: 'make',
  paid: 'pay',
  people: 'person',
  children: 'child',
  men: 'man',
  women: 'woman',
  data: 'data',
  best: 'best',
  most: 'most',
  less: 'less',
  news: 'news',
};

const KEEP_S = /(ss|us|is)$/;
const VOWEL = /[aeiouy]/;

function dropDoubledConsonant(word: string): string {
  const last = word.at(-1) ?? '';
  return word.length >= 5 && last === word.at(-2) && !VOWEL.test(last) && last !== 's'
    ? word.slice(0, -1)
    : word;
}

export function stem(input: string): string {
  let word = input.toLowerCase();
  const irregular = IRREGULAR[word];
  if (irregular) return irregular;
  if (word.length <= 3 || !/^[a-z]+$/.test(word)) return word;

  if (word.endsWith('ies') && word.length > 4) word = `${word.slice(0, -3)}y`;
  else if (word.endsWith('ied') && word.length > 4) word = `${word.slice(0, -3)}y`;
  else if (/(sses|[cs]hes|xes|zes)$/.test(word)) word = word.slice(0, -2);
  else if (word.endsWith('s') && !KEEP_S.test(word) && word.length > 3) word = word.slice(0, -1);
  else if (word.endsWith('ing') && word.length > 5 && VOWEL.test(word.slice(0, -3)))
    word = dropDoubledConsonant(word.slice(0, -3));
  else if (word.endsWith('ed') && word.length > 4 && VOWEL.test(word.slice(0, -2)))
    word = dropDoubledConsonant(word.slice(0, -2));

  if (word.endsWith('e') && word.length > 3) word = word.slice(0, -1);
  return word;
}
