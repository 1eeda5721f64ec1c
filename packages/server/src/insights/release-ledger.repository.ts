import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../platform/db/database.ts';
import { statisticsReleaseGroups } from '../platform/db/schema/index.ts';
import type { PriorGroup } from './disclosure/differencing.ts';
import type { CompactGroup, MembershipIndex, Overlap } from './disclosure/membership-bits.ts';
import type { DisclosedGroup } from './disclosure/protect-table.ts';
import { groupFingerprint, type ReleaseLedger } from './disclosure/release-ledger.ts';
import { membershipsOf, recallGroup, rememberGroup } from './ledger-memberships.ts';

const missingPerRead = 1_000;

/**
 * The release ledger in the database, behaving like InMemoryReleaseLedger: one row per
 * distinct membership an audience was shown. Use it inside the release transaction after
 * `lockAudience`, so that two concurrent releases to one audience are judged one after
 * the other. Members of groups read before come from memory (ledger-memberships.ts).
 */
export class DatabaseReleaseLedger implements ReleaseLedger {
  /** Fingerprints each audience holds and their k, as read by disclosedTo in this transaction. */
  readonly #held = new Map<string, ReadonlyMap<string, number>>();

  constructor(
    private readonly db: Db,
    private readonly municipalityId: string | null,
    private readonly now: Date,
  ) {}

  /** Counts shared members with the numbering the audience's remembered groups use. */
  overlapFor(audienceKey: string): Overlap {
    return this.numberingFor(audienceKey).overlap;
  }

  /** That numbering: a table built on it is compared and remembered without conversion. */
  numberingFor(audienceKey: string): MembershipIndex {
    return membershipsOf(audienceKey).index;
  }

  async lockAudience(audienceKey: string): Promise<void> {
    await this.db.execute(
      sql`select pg_advisory_xact_lock(hashtext(${`statistics:${audienceKey}`}))`,
    );
  }

  /** `except`: fingerprints to leave out (groups identical to ones being released). */
  async disclosedTo(
    audienceKey: string,
    except: readonly string[] = [],
  ): Promise<readonly PriorGroup[]> {
    const held = await this.db
      .select({
        fingerprint: statisticsReleaseGroups.fingerprint,
        releaseId: statisticsReleaseGroups.releaseId,
        label: statisticsReleaseGroups.label,
        k: statisticsReleaseGroups.k,
      })
      .from(statisticsReleaseGroups)
      .where(eq(statisticsReleaseGroups.audienceKey, audienceKey));
    this.#held.set(audienceKey, new Map(held.map((g) => [g.fingerprint, g.k])));
    const left = new Set(except);
    const wanted = held.filter((g) => !left.has(g.fingerprint));
    const found = await this.groupsOf(
      audienceKey,
      wanted.map((g) => g.fingerprint),
    );
    return wanted.map((g) => ({
      releaseId: g.releaseId,
      label: g.label,
      persons: found.get(g.fingerprint)!,
      k: g.k,
    }));
  }

  /**
   * Members of groups the audience holds, by fingerprint: from memory where remembered,
   * else read from the ledger. A fingerprint the audience does not hold is left out.
   */
  async groupsOf(
    audienceKey: string,
    fingerprints: readonly string[],
  ): Promise<Map<string, CompactGroup>> {
    const memberships = membershipsOf(audienceKey);
    const found = new Map<string, CompactGroup>();
    for (const fingerprint of fingerprints) {
      const group = recallGroup(memberships, fingerprint);
      if (group) found.set(fingerprint, group);
    }
    const missing = [...new Set(fingerprints.filter((f) => !found.has(f)))];
    // In slices: one bind parameter per fingerprint, and a statement takes at most 65,535.
    for (let start = 0; start < missing.length; start += missingPerRead) {
      const rows = await this.db
        .select({
          fingerprint: statisticsReleaseGroups.fingerprint,
          // Joined in the database and split here: far cheaper than parsing a text array.
          persons: sql<string>`array_to_string(${statisticsReleaseGroups.persons}, ',')`,
        })
        .from(statisticsReleaseGroups)
        .where(
          and(
            eq(statisticsReleaseGroups.audienceKey, audienceKey),
            inArray(
              statisticsReleaseGroups.fingerprint,
              missing.slice(start, start + missingPerRead),
            ),
          ),
        );
      for (const row of rows) {
        const persons = new Set(row.persons === '' ? [] : row.persons.split(','));
        found.set(row.fingerprint, rememberGroup(memberships, row.fingerprint, persons));
      }
    }
    return found;
  }

  async record(
    audienceKey: string,
    releaseId: string,
    groups: readonly DisclosedGroup[],
    k: number,
  ): Promise<void> {
    // Groups the audience holds already (read under the lock) need not travel again; a
    // larger k than they were promised is all that may change.
    const held = this.#held.get(audienceKey) ?? new Map<string, number>();
    const unique = new Map<string, DisclosedGroup>();
    const promisedMore: string[] = [];
    for (const group of groups) {
      const fingerprint = groupFingerprint(group.persons);
      const heldK = held.get(fingerprint);
      if (heldK === undefined) unique.set(fingerprint, group);
      else if (heldK < k) promisedMore.push(fingerprint);
    }
    if (promisedMore.length > 0) {
      await this.db
        .update(statisticsReleaseGroups)
        .set({ k: sql`greatest(${statisticsReleaseGroups.k}, ${k})` })
        .where(
          and(
            eq(statisticsReleaseGroups.audienceKey, audienceKey),
            inArray(statisticsReleaseGroups.fingerprint, promisedMore),
          ),
        );
    }
    if (unique.size === 0) return;
    for (const group of unique.values()) {
      // Members travel comma-joined (pseudonyms are base64url, responses uuids).
      for (const person of group.persons) {
        if (person.includes(',')) throw new Error('release ledger: a member key with a comma');
      }
    }
    await this.db
      .insert(statisticsReleaseGroups)
      .values(
        [...unique].map(([fingerprint, group]) => ({
          audienceKey,
          fingerprint,
          municipalityId: this.municipalityId,
          releaseId,
          label: group.label,
          persons: sql`string_to_array(${[...group.persons].join(',')}, ',')`,
          k,
          releasedAt: this.now,
        })),
      )
      .onConflictDoUpdate({
        target: [statisticsReleaseGroups.audienceKey, statisticsReleaseGroups.fingerprint],
        set: { k: sql`greatest(${statisticsReleaseGroups.k}, excluded.k)` },
      });
    const memberships = membershipsOf(audienceKey);
    for (const [fingerprint, group] of unique) {
      rememberGroup(memberships, fingerprint, group.persons);
    }
  }
}

/** How many distinct groups an audience has been shown (for tests and operations). */
export async function countDisclosedGroups(db: Db, audienceKey: string): Promise<number> {
  const rows = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(statisticsReleaseGroups)
    .where(eq(statisticsReleaseGroups.audienceKey, audienceKey));
  return rows[0]?.n ?? 0;
}
