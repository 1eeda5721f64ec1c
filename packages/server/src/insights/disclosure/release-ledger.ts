import crypto from 'node:crypto';
import { audienceKey, type Audience } from './audience.ts';
import {
  differencingConflicts,
  type DifferencingConflict,
  type PriorGroup,
} from './differencing.ts';
import type { DisclosedGroup } from './protect-table.ts';

/**
 * Everything each audience has been shown, group by group. To decide |A \ B| exactly the
 * ledger must keep the member pseudonyms of every disclosed group: a hash or a count
 * cannot answer it, and a sketch (MinHash) only estimates it. Pseudonyms are keyed HMACs
 * held on the server, and they must stay stable for as long as releases are compared.
 */
export interface ReleaseLedger {
  disclosedTo(audienceKey: string): Promise<readonly PriorGroup[]>;
  /** Appends; identical groups may be stored once (see groupFingerprint). */
  record(audienceKey: string, releaseId: string, groups: readonly DisclosedGroup[]): Promise<void>;
}

const fingerprints = new WeakMap<ReadonlySet<string>, string>();

/**
 * A stable id of a group's membership: the same persons give the same fingerprint.
 * Remembered per set (a release asks for each group's twice: to leave out groups already
 * shown, then to record it); a group's set is never changed once made.
 */
export function groupFingerprint(persons: ReadonlySet<string>): string {
  let fingerprint = fingerprints.get(persons);
  if (fingerprint === undefined) {
    fingerprint = fingerprintOf(persons);
    fingerprints.set(persons, fingerprint);
  }
  return fingerprint;
}

function fingerprintOf(persons: ReadonlySet<string>): string {
  // One update of the whole text (the same bytes as one update per member, which the
  // fingerprints in the ledger were made with): a native call per member cost more than
  // the hashing.
  const members = [...persons];
  // Cells arrive sorted from the database (byte order, which is code unit order for the
  // ASCII pseudonyms): checking is linear, sorting is not.
  if (!members.every((p, i) => i === 0 || members[i - 1]! < p)) members.sort();
  const text = members.map((p) => `${p.length}:${p}`).join('');
  return crypto.createHash('sha256').update(text).digest('hex');
}

/** For tests, and the reference the database-backed ledger must behave like. */
export class InMemoryReleaseLedger implements ReleaseLedger {
  readonly #byAudience = new Map<string, Map<string, PriorGroup>>();

  async disclosedTo(key: string): Promise<readonly PriorGroup[]> {
    return [...(this.#byAudience.get(key)?.values() ?? [])];
  }

  async record(key: string, releaseId: string, groups: readonly DisclosedGroup[]): Promise<void> {
    const stored = this.#byAudience.get(key) ?? new Map<string, PriorGroup>();
    for (const group of groups) {
      const fingerprint = groupFingerprint(group.persons);
      if (!stored.has(fingerprint)) {
        stored.set(fingerprint, { releaseId, label: group.label, persons: new Set(group.persons) });
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
  await ledger.record(key, release.releaseId, release.groups);
  return { accepted: true };
}
