import type { MembershipIndex } from './membership-bits.ts';

/**
 * For each person of a MembershipIndex, which groups hold them: a row of bits over the
 * groups' slots. Which earlier groups contain any of a few persons is then an OR of a few
 * short rows, instead of a look into every group's bit set (each its own block of memory).
 * Groups are added once, by their bit set, and kept for as long as the index lives.
 */
export class HolderIndex {
  readonly #slots = new WeakMap<Uint32Array, number>();
  #slotCount = 0;
  /** Words per row; rows grow (doubling) as slots are added. */
  #words = 4;
  #rows: Uint32Array[] = [];

  private readonly index: MembershipIndex;

  constructor(index: MembershipIndex) {
    this.index = index;
  }

  /** The group's slot, adding it (its members' rows) the first time. */
  slotOf(bits: Uint32Array, size: number): number {
    const known = this.#slots.get(bits);
    if (known !== undefined) return known;
    const slot = this.#slotCount++;
    this.#slots.set(bits, slot);
    if (slot >= this.#words * 32) this.#grow();
    const mask = 1 << (slot & 31);
    const word = slot >>> 5;
    for (const id of this.index.idsOf(bits, size)) {
      let row = this.#rows[id];
      if (row === undefined) this.#rows[id] = row = new Uint32Array(this.#words);
      row[word]! |= mask;
    }
    return slot;
  }

  #grow(): void {
    this.#words *= 2;
    this.#rows = this.#rows.map((row) => {
      const grown = new Uint32Array(this.#words);
      grown.set(row);
      return grown;
    });
  }

  /** Slots of the groups holding any of the first `n` persons of `ids`, as bits. */
  holdingAny(ids: Int32Array, n: number): Uint32Array {
    const found = new Uint32Array(this.#words);
    const end = Math.min(n, ids.length);
    for (let i = 0; i < end; i++) {
      const row = this.#rows[ids[i]!];
      if (row === undefined) continue;
      for (let w = 0; w < row.length; w++) found[w]! |= row[w]!;
    }
    return found;
  }

  /** How many slots there are (the next one's number). */
  get slotCount(): number {
    return this.#slotCount;
  }
}
