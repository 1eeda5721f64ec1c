import crypto from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MembershipIndex } from './membership-bits.ts';
import { digestWords, fingerprintOfDigests } from './person-digest.ts';
import { groupFingerprint } from './release-ledger.ts';

/** The definition, written plainly: digests as buffers, sorted by bytes, hashed together. */
function referenceFingerprint(digests: readonly Buffer[]): string {
  const sorted = [...digests].sort(Buffer.compare);
  return crypto.createHash('sha256').update(Buffer.concat(sorted)).digest('hex');
}

function wordsOf(digests: readonly Buffer[]): Uint32Array {
  const words = new Uint32Array(digests.length * digestWords);
  digests.forEach((d, i) => {
    for (let w = 0; w < digestWords; w++) words[i * digestWords + w] = d.readUInt32BE(w * 4);
  });
  return words;
}

describe('fingerprintOfDigests', () => {
  it('orders digests by their bytes, also when many share the first word', () => {
    // Few distinct first words force the runs that are sorted by the other words.
    const digest = fc
      .tuple(fc.constantFrom(0, 1, 0xffffffff), fc.uint8Array({ minLength: 12, maxLength: 12 }))
      .map(([first, rest]) => {
        const d = Buffer.alloc(16);
        d.writeUInt32BE(first, 0);
        d.set(rest, 4);
        return d;
      });
    fc.assert(
      fc.property(fc.array(digest, { maxLength: 40 }), (digests) => {
        const unique = [...new Map(digests.map((d) => [d.toString('hex'), d])).values()];
        expect(
          fingerprintOfDigests(
            wordsOf(unique),
            Int32Array.from(unique, (_, i) => i),
          ),
        ).toBe(referenceFingerprint(unique));
      }),
    );
  });
});

describe('group fingerprints across representations', () => {
  it('a set of keys and a bit set of the same members (listed with repeats, any order) agree', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ minLength: 1, maxLength: 6 }), { maxLength: 60 }),
        fc.array(fc.string({ minLength: 1, maxLength: 6 }), { maxLength: 30 }),
        (members, others) => {
          const index = new MembershipIndex();
          // Other persons numbered first, so the members' numbers are not their order.
          index.groupOf(others);
          const listed = [...members, ...members.slice(0, 5)].reverse();
          const asBits = index.groupOf(listed);
          const asSet = new Set(members);
          expect(asBits.size).toBe(asSet.size);
          expect(groupFingerprint(asBits)).toBe(groupFingerprint(asSet));
          const digest = (p: string) =>
            crypto.createHash('sha256').update(p).digest().subarray(0, 16);
          expect(groupFingerprint(asSet)).toBe(referenceFingerprint([...asSet].map(digest)));
        },
      ),
    );
  });

  it('a union of bit sets is the union of their members', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string({ minLength: 1, maxLength: 4 }), { maxLength: 20 }), {
          maxLength: 6,
        }),
        (lists) => {
          const index = new MembershipIndex();
          const groups = lists.map((list) => index.groupOf(list));
          const union = index.unionOf(groups);
          const expected = new Set(lists.flat());
          expect(new Set(union)).toEqual(expected);
          expect(union.size).toBe(expected.size);
          expect(groupFingerprint(union)).toBe(groupFingerprint(expected));
        },
      ),
    );
  });
});
