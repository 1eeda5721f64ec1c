import { and, eq, notInArray, sql } from 'drizzle-orm';
import type { Db } from '../platform/db/database.ts';
import { statisticsReleaseGroups } from '../platform/db/schema/index.ts';
import type { PriorGroup } from './disclosure/differencing.ts';
import type { DisclosedGroup } from './disclosure/protect-table.ts';
import { groupFingerprint, type ReleaseLedger } from './disclosure/release-ledger.ts';

/**
 * The release ledger in the database, behaving like InMemoryReleaseLedger: one row per
 * distinct membership an audience was shown. Use it inside the release transaction after
 * `lockAudience`, so that two concurrent releases to one audience are judged one after
 * the other.
 */
export class DatabaseReleaseLedger implements ReleaseLedger {
  constructor(
    private readonly db: Db,
    private readonly municipalityId: string | null,
    private readonly now: Date,
  ) {}

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
    const rows = await this.db
      .select({
        releaseId: statisticsReleaseGroups.releaseId,
        label: statisticsReleaseGroups.label,
        // Joined in the database and split here: far cheaper than parsing a text array.
        persons: sql<string>`array_to_string(${statisticsReleaseGroups.persons}, ',')`,
      })
      .from(statisticsReleaseGroups)
      .where(
        and(
          eq(statisticsReleaseGroups.audienceKey, audienceKey),
          except.length === 0
            ? undefined
            : notInArray(statisticsReleaseGroups.fingerprint, [...except]),
        ),
      );
    return rows.map((r) => ({
      releaseId: r.releaseId,
      label: r.label,
      persons: new Set(r.persons === '' ? [] : r.persons.split(',')),
    }));
  }

  async record(
    audienceKey: string,
    releaseId: string,
    groups: readonly DisclosedGroup[],
  ): Promise<void> {
    const unique = new Map(groups.map((g) => [groupFingerprint(g.persons), g]));
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
