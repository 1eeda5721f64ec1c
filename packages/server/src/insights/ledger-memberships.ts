import { MembershipIndex, type CompactGroup } from './disclosure/membership-bits.ts';

/**
 * What the release ledger keeps in memory, per audience: the persons of its groups
 * numbered once (an employer's few hundred, not the whole city's, so its bit sets stay
 * short) and the groups already read from the ledger as bit sets, by fingerprint. A fingerprint
 * names one membership for good (a hash of the members), so an entry can never go stale;
 * which groups an audience was shown is still read from the database every time. Reading
 * and parsing every earlier group's pseudonyms again was most of a release's time.
 */
interface Memberships {
  index: MembershipIndex;
  groups: Map<string, CompactGroup>;
}

/** Bounds: about 2 KB per group at 15,000 persons, so at most some 10 MB per city audience. */
const maxAudiences = 64;
const maxGroupsPerAudience = 5_000;

const byAudience = new Map<string, Memberships>();

/** The audience's memberships, most recently used last (the least recent evicted when full). */
export function membershipsOf(audienceKey: string): Memberships {
  let memberships = byAudience.get(audienceKey);
  if (memberships) byAudience.delete(audienceKey);
  else memberships = { index: new MembershipIndex(), groups: new Map() };
  byAudience.set(audienceKey, memberships);
  while (byAudience.size > maxAudiences) {
    byAudience.delete(byAudience.keys().next().value!);
  }
  return memberships;
}

export function rememberGroup(
  memberships: Memberships,
  fingerprint: string,
  persons: ReadonlySet<string>,
): CompactGroup {
  const group = memberships.groups.get(fingerprint) ?? memberships.index.compact(persons);
  memberships.groups.delete(fingerprint);
  memberships.groups.set(fingerprint, group);
  while (memberships.groups.size > maxGroupsPerAudience) {
    memberships.groups.delete(memberships.groups.keys().next().value!);
  }
  return group;
}
