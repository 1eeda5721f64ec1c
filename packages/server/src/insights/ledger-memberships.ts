import { MembershipIndex, type CompactGroup } from './disclosure/membership-bits.ts';

/**
 * What the release ledger keeps in memory, per audience: the persons of its groups
 * numbered once (an employer's few hundred, not the whole city's, so its bit sets stay
 * short), the groups already read from the ledger as bit sets, by fingerprint, and the
 * list of every group the audience holds at the ledger version it was read at. A
 * fingerprint names one membership for good (a hash of the members), so a bit set can
 * never go stale; the list is used only while the database still holds its version.
 * Reading and parsing every earlier group's pseudonyms, and then their list, again at
 * every release was most of a release's time.
 */
export interface Memberships {
  index: MembershipIndex;
  groups: Map<string, CompactGroup>;
  bytes: number;
  held: HeldGroups | null;
  /**
   * Groups found too close to a held one (by fingerprint): the smallest k it was found
   * under and the held group's fingerprint. A computed table that hid them last time
   * hides them at once instead of being protected twice.
   */
  close: Map<string, { k: number; with: string }>;
}

/** One row per group an audience was shown, as of a version of its ledger. */
export interface HeldGroups {
  version: string | null;
  groups: Map<string, HeldGroup>;
}

export interface HeldGroup {
  releaseId: string;
  label: string;
  k: number;
}

/** About what one entry of the held list takes (a fingerprint, a label, a release id). */
const bytesPerHeldGroup = 256;

/** Its bits, and the member numbers a sparse group also keeps (see MembershipIndex.overlap). */
function bytesOf(group: CompactGroup): number {
  return group.bits.byteLength + (group.size <= group.bits.length ? group.size * 4 : 0);
}

/** Most recently used last in a Map kept in use order. */
function touch<K, V>(map: Map<K, V>, key: K, value: V): void {
  map.delete(key);
  map.set(key, value);
}

/**
 * The memberships of every audience of one process, within a memory budget: about 2 KB per
 * group of a city of 15,000 persons, 48 MB by default. Least recently used groups go
 * first, then whole audiences. Made once per application context (createAppContext).
 */
export class LedgerMemberships {
  private readonly byAudience = new Map<string, Memberships>();
  private totalBytes = 0;

  private readonly maxBytes = 48 * 1024 * 1024;

  constructor(maxBytes = 48 * 1024 * 1024) {
    this.maxBytes = maxBytes;
  }

  of(audienceKey: string): Memberships {
    const memberships = this.byAudience.get(audienceKey) ?? {
      index: new MembershipIndex(),
      groups: new Map(),
      bytes: 0,
      held: null,
      close: new Map(),
    };
    touch(this.byAudience, audienceKey, memberships);
    return memberships;
  }

  /** A group held in memory, counted as just used. */
  recall(memberships: Memberships, fingerprint: string): CompactGroup | null {
    const group = memberships.groups.get(fingerprint);
    if (!group) return null;
    touch(memberships.groups, fingerprint, group);
    return group;
  }

  remember(
    memberships: Memberships,
    fingerprint: string,
    persons: ReadonlySet<string>,
  ): CompactGroup {
    const known = this.recall(memberships, fingerprint);
    if (known) return known;
    const group = memberships.index.compact(persons);
    memberships.groups.set(fingerprint, group);
    memberships.bytes += bytesOf(group);
    this.totalBytes += bytesOf(group);
    this.evictOver(memberships);
    return group;
  }

  /** Replaces the audience's held list, counting its memory with the bit sets'. */
  hold(memberships: Memberships, held: HeldGroups): void {
    const before = (memberships.held?.groups.size ?? 0) * bytesPerHeldGroup;
    const after = held.groups.size * bytesPerHeldGroup;
    memberships.held = held;
    memberships.bytes += after - before;
    this.totalBytes += after - before;
    this.evictOver(memberships);
  }

  /** Frees the least recently used: other audiences first, then this one's oldest groups. */
  private evictOver(current: Memberships): void {
    for (const [key, memberships] of this.byAudience) {
      if (this.totalBytes <= this.maxBytes) return;
      if (memberships === current) continue;
      this.byAudience.delete(key);
      this.totalBytes -= memberships.bytes;
    }
    for (const [fingerprint, group] of current.groups) {
      if (this.totalBytes <= this.maxBytes) return;
      current.groups.delete(fingerprint);
      current.bytes -= bytesOf(group);
      this.totalBytes -= bytesOf(group);
    }
  }
}
