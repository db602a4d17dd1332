/** Deterministic word salads mixing schema words, markers, dates and hostile text (test support only). */
const WORDS =
  `top 5 bottom 3 which what how many number of total average revenue sales orders customers products category
  country region segment channel web mobile social Germany Europe enterprise refunded cancelled by per each in on between and
  or not excluding 2024 2025 December March 15 Q1 last month year week daily monthly share percentage rate more than over
  under 100 $1,000 cheapest most expensive newest list show units sold gross margin marketing spend price quantity discount
  "x'y" ; -- drop table signed up name email order items line status first users plan invoices paid events login`.split(
    /\s+/,
  );

export function randomQuestions(count: number, seed: number): string[] {
  let state = seed;
  const next = (): number => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
  return Array.from({ length: count }, () =>
    Array.from({ length: 1 + Math.floor(next() * 9) }, () => WORDS[Math.floor(next() * WORDS.length)]).join(
      ' ',
    ),
  );
}
