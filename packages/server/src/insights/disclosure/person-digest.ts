import crypto from 'node:crypto';

/** 32-bit words per person digest: the first 16 bytes of SHA-256 of the member key. */
export const digestWords = 4;

/** Writes a member's digest as big-endian words at `into[at .. at + 4)`. */
export function writePersonDigest(person: string, into: Uint32Array, at: number): void {
  const digest = crypto.createHash('sha256').update(person).digest();
  for (let w = 0; w < digestWords; w++) into[at + w] = digest.readUInt32BE(w * 4);
}

/** Orders member a's digest against member b's (numbers into `digests`), bytes unsigned. */
function compareDigests(digests: Uint32Array, a: number, b: number): number {
  for (let w = 0; w < digestWords; w++) {
    const difference = digests[a * digestWords + w]! - digests[b * digestWords + w]!;
    if (difference !== 0) return difference;
  }
  return 0;
}

/**
 * The members in the byte order of their digests: a counting sort on the top bits of the
 * first word (about one bucket per member, so buckets hold one or two), then each bucket
 * by the whole digest. Linear; sorting numbers natively cost ten times as much.
 */
function digestOrder(digests: Uint32Array, members: Int32Array): Int32Array {
  const count = members.length;
  const bucketBits = Math.min(20, Math.max(1, Math.ceil(Math.log2(count + 1))));
  const bucketOf = (member: number) => digests[member * digestWords]! >>> (32 - bucketBits);
  const next = new Int32Array((1 << bucketBits) + 1);
  for (const member of members) next[bucketOf(member) + 1]!++;
  for (let b = 1; b < next.length; b++) next[b]! += next[b - 1]!;
  const starts = next.slice();
  const order = new Int32Array(count);
  for (const member of members) order[next[bucketOf(member)]!++] = member;
  for (let b = 0; b < next.length - 1; b++) {
    const [from, to] = [starts[b]!, starts[b + 1]!];
    // Insertion sort: a bucket holds a few members at most.
    for (let i = from + 1; i < to; i++) {
      const member = order[i]!;
      let j = i - 1;
      for (; j >= from && compareDigests(digests, order[j]!, member) > 0; j--) {
        order[j + 1] = order[j]!;
      }
      order[j + 1] = member;
    }
  }
  return order;
}

const littleEndian = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/**
 * A group's fingerprint from its members' digests, whatever their order: SHA-256 of the
 * digests sorted by their bytes, hex. `digests` holds four words per number and `members`
 * the numbers of the group's members. Every representation of the same members (a set of
 * keys, bits over an index's numbering, unsorted cells) gives the same fingerprint, and so
 * does the database (migration 0021 computes it in SQL the same way).
 */
export function fingerprintOfDigests(digests: Uint32Array, members: Int32Array): string {
  const ordered = new Uint32Array(members.length * digestWords);
  let at = 0;
  for (const member of digestOrder(digests, members)) {
    const from = member * digestWords;
    for (let w = 0; w < digestWords; w++) ordered[at++] = digests[from + w]!;
  }
  // The words as big-endian bytes, whatever the machine's order.
  const bytes = Buffer.from(ordered.buffer, ordered.byteOffset, ordered.byteLength);
  if (littleEndian) bytes.swap32();
  return crypto.createHash('sha256').update(bytes).digest('hex');
}
