/**
 * How many persons two groups share. With `floor`, the count may stop early once it is
 * certain to be at most `floor` (the smaller group has more than its size − floor members
 * outside the other), returning some value ≤ floor: comparing groups only asks whether
 * they overlap almost entirely.
 */
export type Overlap = (a: ReadonlySet<string>, b: ReadonlySet<string>, floor?: number) => number;

/** Walks the smaller group with lookups in the larger: fine for a few pairs. */
export const walkOverlap: Overlap = (a, b, floor = -1) => {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  const allowedMisses = small.size - floor;
  let misses = 0;
  for (const p of small) {
    if (large.has(p)) continue;
    if (++misses >= allowedMisses) return small.size - misses;
  }
  return small.size - misses;
};

/** Set bits of a 32-bit word. */
function bitCount(word: number): number {
  let x = word - ((word >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

/**
 * Persons numbered as bit positions, each group a bit set built once: the overlap of two
 * groups is then a count of bits over a few hundred words instead of a hash lookup per
 * member, which is what comparing every pair of a table's groups, and each of them with
 * everything an audience saw before, needs. One index per release: the numbers mean
 * nothing outside it and it is dropped with it.
 */
export function createMembershipIndex(): Overlap {
  const ids = new Map<string, number>();
  const sets = new WeakMap<ReadonlySet<string>, Uint32Array>();
  const bitsOf = (persons: ReadonlySet<string>): Uint32Array => {
    const known = sets.get(persons);
    if (known) return known;
    for (const p of persons) if (!ids.has(p)) ids.set(p, ids.size);
    const bits = new Uint32Array(Math.ceil(ids.size / 32));
    for (const p of persons) {
      const id = ids.get(p)!;
      bits[id >>> 5]! |= 1 << (id & 31);
    }
    sets.set(persons, bits);
    return bits;
  };
  return (a, b, floor = -1) => {
    const [small, large] = a.size <= b.size ? [bitsOf(a), bitsOf(b)] : [bitsOf(b), bitsOf(a)];
    const size = Math.min(a.size, b.size);
    const allowedMisses = size - floor;
    let misses = 0;
    for (let i = 0; i < small.length; i++) {
      // Words past the end of the other set are all misses (it was built before those ids).
      const word = i < large.length ? small[i]! & ~large[i]! : small[i]!;
      if (word === 0) continue;
      misses += bitCount(word);
      if (misses >= allowedMisses) return size - misses;
    }
    return size - misses;
  };
}
