/**
 * Census publishes goods figures to $0.1M. Differences and sums done in tenths are exact at that
 * precision, so -27624.6 - -13199.7 is -14424.9 and not -14424.900000000001.
 */
export function subTenths(a: number, b: number): number {
  return Math.round(a * 10 - b * 10) / 10;
}

export function sumTenths(values: readonly number[]): number {
  return Math.round(values.reduce((s, v) => s + Math.round(v * 10), 0)) / 10;
}

/** last / first when both have the same sign and first is not zero; otherwise the ratio means nothing. */
export function ratioOf(first: number, last: number): number | null {
  if (first === 0 || Math.sign(first) !== Math.sign(last)) return null;
  return last / first;
}

/** Compound annual growth of a positive ratio over `years` (which may be fractional for months). */
export function cagrOf(ratio: number | null, years: number): number | null {
  if (ratio === null || ratio <= 0 || years <= 0) return null;
  return ratio ** (1 / years) - 1;
}
