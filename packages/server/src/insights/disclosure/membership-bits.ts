import { digestWords, writePersonDigest } from './person-digest.ts';

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

/** A hash of a bit set's non-zero words and where they are (trailing zeros do not count). */
function wordsHash(bits: Uint32Array): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < bits.length; i++) {
    const word = bits[i]!;
    if (word !== 0) hash = Math.imul(Math.imul(hash ^ word, 0x01000193) ^ i, 0x01000193);
  }
  return hash;
}

/** The same members: equal words, the longer set's extra words all zero. */
function sameWords(a: Uint32Array, b: Uint32Array): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  for (let i = 0; i < short.length; i++) if (short[i] !== long[i]) return false;
  for (let i = short.length; i < long.length; i++) if (long[i] !== 0) return false;
  return true;
}

/** Fingerprints an index remembers (a city's dashboard holds a few hundred groups a period). */
const maxKnownFingerprints = 2048;

/**
 * A group kept as bits over a MembershipIndex's numbering: a read-only set of the same
 * members in a fraction of the memory (about 2 KB for 15,000 persons), which is how the
 * release ledger's groups stay in memory between releases.
 */
export class CompactGroup implements ReadonlySet<string> {
  readonly index: MembershipIndex;
  readonly bits: Uint32Array;
  readonly size: number;

  constructor(index: MembershipIndex, bits: Uint32Array, size: number) {
    this.index = index;
    this.bits = bits;
    this.size = size;
  }

  /** The members' digests (see person-digest.ts), for the group's fingerprint. */
  memberDigests(): { digests: Uint32Array; members: Int32Array } {
    return { digests: this.index.digests(), members: this.index.idsOf(this.bits, this.size) };
  }

  /** The members as a list, in number order. */
  toArray(): string[] {
    return Array.from(this.index.idsOf(this.bits, this.size), (id) => this.index.personOf(id));
  }

  has(person: string): boolean {
    const id = this.index.idOf(person);
    return id !== undefined && ((this.bits[id >>> 5] ?? 0) & (1 << (id & 31))) !== 0;
  }

  *values(): SetIterator<string> {
    for (let word = 0; word < this.bits.length; word++) {
      for (let bit = 0; bit < 32; bit++) {
        if ((this.bits[word]! & (1 << bit)) !== 0) yield this.index.personOf(word * 32 + bit);
      }
    }
  }

  keys(): SetIterator<string> {
    return this.values();
  }

  *entries(): SetIterator<[string, string]> {
    for (const person of this.values()) yield [person, person];
  }

  [Symbol.iterator](): SetIterator<string> {
    return this.values();
  }

  forEach(
    callback: (value: string, key: string, set: ReadonlySet<string>) => void,
    thisArg?: unknown,
  ): void {
    for (const person of this.values()) callback.call(thisArg, person, person, this);
  }
}

/**
 * Persons numbered as bit positions, each group a bit set built once: the overlap of two
 * groups is then a count of bits over a few hundred words instead of a hash lookup per
 * member, which is what comparing every pair of a table's groups, and each of them with
 * everything an audience saw before, needs. The numbers mean nothing outside the index:
 * one per release, or one per municipality that the ledger keeps (see compact).
 */
export class MembershipIndex {
  readonly #ids = new Map<string, number>();
  readonly #persons: string[] = [];
  readonly #bits = new WeakMap<ReadonlySet<string>, Uint32Array>();
  /** Members' digests by number, computed when first asked for. */
  #digests = new Uint32Array(0);
  #digested = 0;

  idOf(person: string): number | undefined {
    return this.#ids.get(person);
  }

  personOf(id: number): string {
    return this.#persons[id]!;
  }

  #numbered(person: string): number {
    let id = this.#ids.get(person);
    if (id === undefined) {
      id = this.#persons.length;
      this.#ids.set(person, id);
      this.#persons.push(person);
    }
    return id;
  }

  /** Bits and size of the distinct members of a list (repeats allowed), in one pass. */
  #bitsOfList(persons: Iterable<string>): { bits: Uint32Array; size: number } {
    const ids: number[] = [];
    for (const p of persons) ids.push(this.#numbered(p));
    const bits = new Uint32Array(Math.ceil(this.#persons.length / 32));
    let size = 0;
    for (const id of ids) {
      const mask = 1 << (id & 31);
      if ((bits[id >>> 5]! & mask) === 0) {
        bits[id >>> 5]! |= mask;
        size++;
      }
    }
    return { bits, size };
  }

  #bitsOf(persons: ReadonlySet<string>): Uint32Array {
    if (persons instanceof CompactGroup && persons.index === this) return persons.bits;
    const known = this.#bits.get(persons);
    if (known) return known;
    const { bits } = this.#bitsOfList(persons);
    this.#bits.set(persons, bits);
    return bits;
  }

  /** The distinct members of a list, numbered here: a cell as the database lists it. */
  groupOf(persons: Iterable<string>): CompactGroup {
    const { bits, size } = this.#bitsOfList(persons);
    return new CompactGroup(this, bits, size);
  }

  /** The union of groups: their bits or-ed word by word (those of this index as they are). */
  unionOf(groups: readonly ReadonlySet<string>[]): CompactGroup {
    const sets = groups.map((g) => this.#bitsOf(g));
    const bits = new Uint32Array(Math.ceil(this.#persons.length / 32));
    for (const set of sets) set.forEach((word, i) => (bits[i]! |= word));
    let size = 0;
    for (const word of bits) size += bitCount(word);
    return new CompactGroup(this, bits, size);
  }

  /** Fingerprints of bit sets seen before, by wordsHash, each with its bits to check. */
  readonly #fingerprints = new Map<number, { bits: Uint32Array; fingerprint: string }[]>();
  #knownFingerprints = 0;

  /**
   * A group's fingerprint, computed once per membership: a table computed again counts
   * the same persons into new bit sets, whose fingerprints (digests sorted, then hashed)
   * were most of the time spent on recognising groups the audience already holds.
   */
  fingerprintOf(bits: Uint32Array, compute: () => string): string {
    const hash = wordsHash(bits);
    const known = this.#fingerprints.get(hash) ?? [];
    for (const entry of known) if (sameWords(entry.bits, bits)) return entry.fingerprint;
    const fingerprint = compute();
    if (this.#knownFingerprints >= maxKnownFingerprints) {
      this.#fingerprints.clear();
      this.#knownFingerprints = 0;
    }
    this.#fingerprints.set(hash, [...(this.#fingerprints.get(hash) ?? []), { bits, fingerprint }]);
    this.#knownFingerprints++;
    return fingerprint;
  }

  /** Four words per number (see person-digest.ts), computed for new persons when asked. */
  digests(): Uint32Array {
    if (this.#digested < this.#persons.length) {
      const grown = new Uint32Array(this.#persons.length * digestWords);
      grown.set(this.#digests);
      for (let id = this.#digested; id < this.#persons.length; id++) {
        writePersonDigest(this.#persons[id]!, grown, id * digestWords);
      }
      this.#digests = grown;
      this.#digested = this.#persons.length;
    }
    return this.#digests;
  }

  /** The numbers set in `bits` (`size` of them), ascending. */
  idsOf(bits: Uint32Array, size: number): Int32Array {
    const ids = new Int32Array(size);
    let at = 0;
    for (let i = 0; i < bits.length; i++) {
      // As a 32-bit integer throughout (a word with its top bit set would be a double).
      for (let word = bits[i]! | 0; word !== 0; word &= word - 1) {
        ids[at++] = i * 32 + (31 - Math.clz32(word & -word));
      }
    }
    return ids;
  }

  /** The same members as a CompactGroup of this index. */
  compact(persons: ReadonlySet<string>): CompactGroup {
    return new CompactGroup(this, this.#bitsOf(persons), persons.size);
  }

  /** The bit set of a group over this numbering (built once per set). */
  bitsOf(persons: ReadonlySet<string>): Uint32Array {
    return this.#bitsOf(persons);
  }

  /** The lowest member numbers of groups, by their bits, as many as were asked for. */
  readonly #prefixes = new WeakMap<Uint32Array, Int32Array>();

  /**
   * The `n` lowest member numbers of a group of `size` members (all of them when it has
   * fewer), remembered per bit set. If all but fewer than n members of the group lie in
   * another group, one of these does: a pair whose prefix misses entirely is not close.
   */
  prefixOf(bits: Uint32Array, size: number, n: number): Int32Array {
    const want = Math.min(size, n);
    const known = this.#prefixes.get(bits);
    if (known && known.length >= want) return known;
    const prefix = new Int32Array(Math.min(size, Math.max(n, 16)));
    let at = 0;
    for (let i = 0; i < bits.length && at < prefix.length; i++) {
      for (let word = bits[i]! | 0; word !== 0 && at < prefix.length; word &= word - 1) {
        prefix[at++] = i * 32 + (31 - Math.clz32(word & -word));
      }
    }
    const found = at === prefix.length ? prefix : prefix.subarray(0, at);
    this.#prefixes.set(bits, found);
    return found;
  }

  /** Member numbers of sparse groups (at most one member per word), by their bits. */
  readonly #sparseIds = new WeakMap<Uint32Array, Int32Array>();

  #idsIfSparse(bits: Uint32Array, size: number): Int32Array | null {
    if (size > bits.length) return null;
    let ids = this.#sparseIds.get(bits);
    if (!ids) this.#sparseIds.set(bits, (ids = this.idsOf(bits, size)));
    return ids;
  }

  readonly overlap: Overlap = (a, b, floor = -1) => {
    const [small, large] =
      a.size <= b.size ? [this.#bitsOf(a), this.#bitsOf(b)] : [this.#bitsOf(b), this.#bitsOf(a)];
    const size = Math.min(a.size, b.size);
    const allowedMisses = size - floor;
    let misses = 0;
    // A sparse group is walked member by member: most of its words are empty, and the
    // count usually stops after its first few members miss.
    const ids = this.#idsIfSparse(small, size);
    if (ids) {
      for (const id of ids) {
        const i = id >>> 5;
        if (i < large.length && (large[i]! & (1 << (id & 31))) !== 0) continue;
        if (++misses >= allowedMisses) return size - misses;
      }
      return size - misses;
    }
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

/** An index for one release, as an Overlap. */
export function createMembershipIndex(): Overlap {
  return new MembershipIndex().overlap;
}
