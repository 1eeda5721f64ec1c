import { audienceKey, type Audience } from './audience.ts';
import {
  differencingConflicts,
  type DifferencingConflict,
  type PriorGroup,
} from './differencing.ts';
import { CompactGroup } from './membership-bits.ts';
import { digestWords, fingerprintOfDigests, writePersonDigest } from './person-digest.ts';
import type { DisclosedGroup } from './protect-table.ts';

/**
 * Everything each audience has been shown, group by group. To decide |A \ B| exactly the
 * ledger must keep the member pseudonyms of every disclosed group: a hash or a count
 * cannot answer it, and a sketch (MinHash) only estimates it. Pseudonyms are keyed HMACs
 * held on the server, and they must stay stable for as long as releases are compared.
 */
export interface ReleaseLedger {
  disclosedTo(audienceKey: string): Promise<readonly PriorGroup[]>;
  /**
   * Appends, with the k the release promised; identical groups may be stored once (see
   * groupFingerprint), keeping the largest k any of their releases promised.
   */
  record(
    audienceKey: string,
    releaseId: string,
    groups: readonly DisclosedGroup[],
    k: number,
  ): Promise<void>;
}

const fingerprints = new WeakMap<ReadonlySet<string>, string>();

/**
 * A stable id of a group's membership: the same persons give the same fingerprint, in
 * any order and any representation (see fingerprintOfDigests). Remembered per set (a
 * release asks for each group's twice: to leave out groups already shown, then to record
 * it); a group's set is never changed once made.
 */
export function groupFingerprint(persons: ReadonlySet<string>): string {
  let fingerprint = fingerprints.get(persons);
  if (fingerprint === undefined) {
    const compute = () => {
      const { digests, members } = memberDigests(persons);
      return fingerprintOfDigests(digests, members);
    };
    fingerprint =
      persons instanceof CompactGroup
        ? persons.index.fingerprintOf(persons.bits, compute)
        : compute();
    fingerprints.set(persons, fingerprint);
  }
  return fingerprint;
}

function memberDigests(persons: ReadonlySet<string>): {
  digests: Uint32Array;
  members: Int32Array;
} {
  // Bit sets keep their members' digests: hashing each member again cost the most.
  if (persons instanceof CompactGroup) return persons.memberDigests();
  const digests = new Uint32Array(persons.size * digestWords);
  let at = 0;
  for (const person of persons) {
    writePersonDigest(person, digests, at);
    at += digestWords;
  }
  return { digests, members: Int32Array.from({ length: persons.size }, (_, i) => i) };
}

/** For tests, and the reference the database-backed ledger must behave like. */
export class InMemoryReleaseLedger implements ReleaseLedger {
  readonly #byAudience = new Map<string, Map<string, PriorGroup>>();

  async disclosedTo(key: string): Promise<readonly PriorGroup[]> {
    return [...(this.#byAudience.get(key)?.values() ?? [])];
  }

  async record(
    key: string,
    releaseId: string,
    groups: readonly DisclosedGroup[],
    k: number,
  ): Promise<void> {
    const stored = this.#byAudience.get(key) ?? new Map<string, PriorGroup>();
    for (const group of groups) {
      const fingerprint = groupFingerprint(group.persons);
      const held = stored.get(fingerprint);
      if (held) held.k = Math.max(held.k, k);
      else {
        stored.set(fingerprint, {
          releaseId,
          label: group.label,
          persons: new Set(group.persons),
          k,
        });
      }
    }
    this.#byAudience.set(key, stored);
  }
}

export type ReleaseDecision =
  | { accepted: true }
  | { accepted: false; reason: 'DIFFERENCING'; conflicts: DifferencingConflict[] };

/**
 * Accepts a release for an audience only if none of its groups differs from another of its
 * groups, or from anything the audience received before, by 1..k−1 persons; an accepted
 * release is recorded. Callers must serialise submissions per audience (one transaction,
 * a lock on the audience), or two concurrent releases could each pass without the other.
 */
export async function submitRelease(
  ledger: ReleaseLedger,
  audience: Audience,
  release: { releaseId: string; groups: readonly DisclosedGroup[] },
  k: number,
): Promise<ReleaseDecision> {
  const key = audienceKey(audience);
  const conflicts = differencingConflicts(release.groups, await ledger.disclosedTo(key), k);
  if (conflicts.length > 0) return { accepted: false, reason: 'DIFFERENCING', conflicts };
  await ledger.record(key, release.releaseId, release.groups, k);
  return { accepted: true };
}
