import { MembershipIndex, type CompactGroup } from './disclosure/membership-bits.ts';

/**
 * What the release ledger keeps in memory, per audience: the persons of its groups
 * numbered once (an employer's few hundred, not the whole city's, so its bit sets stay
 * short) and the groups already read from the ledger as bit sets, by fingerprint. A
 * fingerprint names one membership for good (a hash of the members), so an entry can never
 * go stale; which groups an audience was shown is still read from the database every time.
 * Reading and parsing every earlier group's pseudonyms again was most of a release's time.
 */
export interface Memberships {
  index: MembershipIndex;
  groups: Map<string, CompactGroup>;
  bytes: number;
}

/**
 * The bit sets' memory, all audiences together: about 2 KB per group of a city of 15,000
 * persons. Least recently used groups go first, then whole audiences.
 */
const maxBytes = 48 * 1024 * 1024;

const byAudience = new Map<string, Memberships>();
let totalBytes = 0;

/** Its bits, and the member numbers a sparse group also keeps (see MembershipIndex.overlap). */
function bytesOf(group: CompactGroup): number {
  return group.bits.byteLength + (group.size <= group.bits.length ? group.size * 4 : 0);
}

/** Most recently used last in a Map kept in use order. */
function touch<K, V>(map: Map<K, V>, key: K, value: V): void {
  map.delete(key);
  map.set(key, value);
}

export function membershipsOf(audienceKey: string): Memberships {
  const memberships = byAudience.get(audienceKey) ?? {
    index: new MembershipIndex(),
    groups: new Map(),
    bytes: 0,
  };
  touch(byAudience, audienceKey, memberships);
  return memberships;
}

/** A group held in memory, counted as just used. */
export function recallGroup(memberships: Memberships, fingerprint: string): CompactGroup | null {
  const group = memberships.groups.get(fingerprint);
  if (!group) return null;
  touch(memberships.groups, fingerprint, group);
  return group;
}

export function rememberGroup(
  memberships: Memberships,
  fingerprint: string,
  persons: ReadonlySet<string>,
): CompactGroup {
  const known = recallGroup(memberships, fingerprint);
  if (known) return known;
  const group = memberships.index.compact(persons);
  memberships.groups.set(fingerprint, group);
  memberships.bytes += bytesOf(group);
  totalBytes += bytesOf(group);
  evictOver(memberships);
  return group;
}

/** Frees the least recently used: other audiences first, then this one's oldest groups. */
function evictOver(current: Memberships): void {
  for (const [key, memberships] of byAudience) {
    if (totalBytes <= maxBytes) return;
    if (memberships === current) continue;
    byAudience.delete(key);
    totalBytes -= memberships.bytes;
  }
  for (const [fingerprint, group] of current.groups) {
    if (totalBytes <= maxBytes) return;
    current.groups.delete(fingerprint);
    current.bytes -= bytesOf(group);
    totalBytes -= bytesOf(group);
  }
}
