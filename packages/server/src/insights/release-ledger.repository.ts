import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../platform/db/database.ts';
import { statisticsReleaseGroups } from '../platform/db/schema/index.ts';
import type { PriorGroup } from './disclosure/differencing.ts';
import type { MembershipIndex, Overlap } from './disclosure/membership-bits.ts';
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
  /** Fingerprints each audience holds, as read by disclosedTo in this transaction. */
  readonly #held = new Map<string, ReadonlySet<string>>();

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
      })
      .from(statisticsReleaseGroups)
      .where(eq(statisticsReleaseGroups.audienceKey, audienceKey));
    this.#held.set(audienceKey, new Set(held.map((g) => g.fingerprint)));
    const left = new Set(except);
    const wanted = held.filter((g) => !left.has(g.fingerprint));
    const memberships = membershipsOf(audienceKey);
    const found = new Map(
      wanted.flatMap((g) => {
        const group = recallGroup(memberships, g.fingerprint);
        return group ? [[g.fingerprint, group] as const] : [];
      }),
    );
    const missing = wanted.filter((g) => !found.has(g.fingerprint)).map((g) => g.fingerprint);
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
    return wanted.map((g) => ({
      releaseId: g.releaseId,
      label: g.label,
      persons: found.get(g.fingerprint)!,
    }));
  }

  async record(
    audienceKey: string,
    releaseId: string,
    groups: readonly DisclosedGroup[],
  ): Promise<void> {
    // Groups the audience holds already (read under the lock) need not travel again.
    const held = this.#held.get(audienceKey) ?? new Set();
    const unique = new Map(
      groups.flatMap((g) => {
        const fingerprint = groupFingerprint(g.persons);
        return held.has(fingerprint) ? [] : [[fingerprint, g] as const];
      }),
    );
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
          releasedAt: this.now,
        })),
      )
      .onConflictDoNothing();
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
