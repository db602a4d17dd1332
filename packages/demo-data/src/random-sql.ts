import type { Weighted } from './domains.ts';

/** Seed of the published dataset. Changing it changes every row. */
export const DEFAULT_SEED = 20_240_101;

const TWO_POW_64 = '18446744073709551616.0';

const STREAMS = 4096;
const SEED_RANGE = 4_000_000;

/**
 * A uniform number in [0, 1) as a SQL expression: DuckDB's `hash()` of one BIGINT packing the
 * seed, the row key and a stream number (one per random attribute). Packing matters: the
 * multi-argument `hash(a, b, c)` combines by XOR, so two streams of one row would be correlated.
 */
export function randomSql(seed: number, stream: number, key: string): string {
  if (!Number.isInteger(stream) || stream < 0 || stream >= STREAMS)
    throw new Error(`stream out of range: ${stream}`);
  // Keys below 2^28 (order lines at scale 60 reach 2^25) never reach the seed's bits.
  const offset = BigInt(seed % SEED_RANGE) * 2n ** 40n + BigInt(stream);
  return `(hash((${key})::BIGINT * ${STREAMS} + ${offset})::DOUBLE / ${TWO_POW_64})`;
}

export function sqlLiteral(value: string | number): string {
  return typeof value === 'number' ? String(value) : `'${value.replaceAll("'", "''")}'`;
}

/** CASE expression mapping a uniform [0, 1) expression to a value, in proportion to the weights. */
export function pickWeightedSql<T extends string | number>(
  uniform: string,
  options: readonly Weighted<T>[],
): string {
  const total = options.reduce((sum, o) => sum + o.weight, 0);
  let cumulative = 0;
  const branches = options.slice(0, -1).map((o) => {
    cumulative += o.weight;
    return `WHEN ${uniform} < ${cumulative / total} THEN ${sqlLiteral(o.value)}`;
  });
  const last = options[options.length - 1];
  if (!last) throw new Error('pickWeightedSql needs at least one option');
  return `CASE ${branches.join(' ')} ELSE ${sqlLiteral(last.value)} END`;
}

/** Smallest of a few primes that does not divide n, for a multiplicative permutation of 1..n. */
export function coprimeStep(n: number): number {
  const step = [7919, 104_729, 1_299_709].find((p) => n % p !== 0);
  if (step === undefined) throw new Error(`no permutation step for ${n}`);
  return step;
}
