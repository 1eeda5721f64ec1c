/**
 * The two-sided Mann-Whitney U test (normal approximation with tie correction): the
 * probability of seeing samples at least this far apart if both came from one
 * distribution. For tests that compare response times without asserting any time.
 */
export function mannWhitneyPValue(a: readonly number[], b: readonly number[]): number {
  const all = [
    ...a.map((value) => ({ value, inA: true })),
    ...b.map((value) => ({ value, inA: false })),
  ];
  all.sort((x, y) => x.value - y.value);
  let rankSumA = 0;
  let tieTerm = 0;
  for (let i = 0; i < all.length;) {
    let j = i;
    while (j < all.length && all[j]!.value === all[i]!.value) j++;
    const rank = (i + 1 + j) / 2;
    for (let k = i; k < j; k++) if (all[k]!.inA) rankSumA += rank;
    const tied = j - i;
    tieTerm += tied ** 3 - tied;
    i = j;
  }
  const n1 = a.length;
  const n2 = b.length;
  const n = n1 + n2;
  const u = rankSumA - (n1 * (n1 + 1)) / 2;
  const mean = (n1 * n2) / 2;
  const variance = ((n1 * n2) / 12) * (n + 1 - tieTerm / (n * (n - 1)));
  if (variance <= 0) return 1;
  const z = Math.abs(u - mean) / Math.sqrt(variance);
  return 2 * (1 - standardNormalCdf(z));
}

/** Φ(z) by the Abramowitz–Stegun 7.1.26 approximation of erf (error below 1.5e-7). */
function standardNormalCdf(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const poly =
    t *
    (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  const erf = 1 - poly * Math.exp(-x * x);
  return z >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
}
