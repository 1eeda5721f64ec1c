import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../platform/db/database.ts';
import { statisticsLedgerVersions, statisticsReleaseGroups } from '../platform/db/schema/index.ts';
import type { PriorGroup } from './disclosure/differencing.ts';
import { CompactGroup, type MembershipIndex, type Overlap } from './disclosure/membership-bits.ts';
import type { DisclosedGroup } from './disclosure/protect-table.ts';
import { groupFingerprint, type ReleaseLedger } from './disclosure/release-ledger.ts';
import type { HeldGroup, HeldGroups, LedgerMemberships } from './ledger-memberships.ts';

const missingPerRead = 1_000;
const maxCloseRemembered = 20_000;

/**
 * The release ledger in the database, behaving like InMemoryReleaseLedger: one row per
 * distinct membership an audience was shown. Use it inside the release transaction after
 * `lockAudience`, so that two concurrent releases to one audience are judged one after
 * the other. Members of groups read before come from memory (ledger-memberships.ts).
 */
export class DatabaseReleaseLedger implements ReleaseLedger {
  /** The groups each audience holds and their k, as read by disclosedTo in this transaction. */
  readonly #held = new Map<string, ReadonlyMap<string, HeldGroup>>();

  private readonly db: Db;
  private readonly municipalityId: string | null;
  private readonly now: Date;
  /** The groups read before, in memory (the application context's). */
  private readonly cache: LedgerMemberships;

  constructor(db: Db, municipalityId: string | null, now: Date, cache: LedgerMemberships) {
    this.db = db;
    this.municipalityId = municipalityId;
    this.now = now;
    this.cache = cache;
  }

  /** Counts shared members with the numbering the audience's remembered groups use. */
  overlapFor(audienceKey: string): Overlap {
    return this.numberingFor(audienceKey).overlap;
  }

  /** That numbering: a table built on it is compared and remembered without conversion. */
  numberingFor(audienceKey: string): MembershipIndex {
    return this.cache.of(audienceKey).index;
  }

  async lockAudience(audienceKey: string): Promise<void> {
    await this.db.execute(
      sql`select pg_advisory_xact_lock(hashtext(${`statistics:${audienceKey}`}))`,
    );
  }

  /**
   * Whether the audience was shown exactly this group (by fingerprint), as read by the
   * last disclosedTo: showing it again tells the audience nothing new.
   */
  holds(audienceKey: string, fingerprint: string): boolean {
    return this.#held.get(audienceKey)?.has(fingerprint) ?? false;
  }

  /**
   * Every group the audience holds: the list kept in memory while the ledger's version
   * is the one it was read at (one small read), else read again in full.
   */
  async #heldGroups(audienceKey: string): Promise<ReadonlyMap<string, HeldGroup>> {
    const memberships = this.cache.of(audienceKey);
    const [current] = await this.db
      .select({ version: statisticsLedgerVersions.version })
      .from(statisticsLedgerVersions)
      .where(eq(statisticsLedgerVersions.audienceKey, audienceKey));
    const version = current?.version ?? null;
    if (memberships.held?.version === version) return memberships.held.groups;
    const rows = await this.db
      .select({
        fingerprint: statisticsReleaseGroups.fingerprint,
        releaseId: statisticsReleaseGroups.releaseId,
        label: statisticsReleaseGroups.label,
        k: statisticsReleaseGroups.k,
      })
      .from(statisticsReleaseGroups)
      .where(eq(statisticsReleaseGroups.audienceKey, audienceKey));
    const held: HeldGroups = {
      version,
      groups: new Map(rows.map(({ fingerprint, ...group }) => [fingerprint, group])),
    };
    this.cache.hold(memberships, held);
    return held.groups;
  }

  /**
   * Whether a group was found too close to one the audience holds, under a k at most
   * this one: it is still (the held group is never taken back, its k only grows, and a
   * larger k only finds more pairs close), so it can be hidden without comparing it
   * again. Call after disclosedTo or readHeld.
   */
  knownClose(audienceKey: string, fingerprint: string, k: number): boolean {
    const found = this.cache.of(audienceKey).close.get(fingerprint);
    return found !== undefined && found.k <= k && this.holds(audienceKey, found.with);
  }

  /** Remembers (in this process) that a group was found too close to a held one. */
  rememberClose(audienceKey: string, fingerprint: string, k: number, withFingerprint: string) {
    const { close } = this.cache.of(audienceKey);
    const known = close.get(fingerprint);
    if (known !== undefined && known.k <= k) return;
    // A bound on memory: forgetting only means comparing again.
    if (close.size >= maxCloseRemembered) close.clear();
    close.set(fingerprint, { k, with: withFingerprint });
  }

  /** Reads which groups the audience holds (for holds and knownClose). */
  async readHeld(audienceKey: string): Promise<void> {
    this.#held.set(audienceKey, await this.#heldGroups(audienceKey));
  }

  /** `except`: fingerprints to leave out (groups identical to ones being released). */
  async disclosedTo(
    audienceKey: string,
    except: readonly string[] = [],
  ): Promise<readonly PriorGroup[]> {
    const held = await this.#heldGroups(audienceKey);
    this.#held.set(audienceKey, held);
    const left = new Set(except);
    const wanted = [...held.keys()].filter((fingerprint) => !left.has(fingerprint));
    const found = await this.groupsOf(audienceKey, wanted);
    return wanted.map((fingerprint) => {
      const { releaseId, label, k } = held.get(fingerprint)!;
      return { releaseId, label, persons: found.get(fingerprint)!, k, fingerprint };
    });
  }

  /**
   * Members of groups the audience holds, by fingerprint: from memory where remembered,
   * else read from the ledger. A fingerprint the audience does not hold is left out.
   */
  async groupsOf(
    audienceKey: string,
    fingerprints: readonly string[],
  ): Promise<Map<string, CompactGroup>> {
    const memberships = this.cache.of(audienceKey);
    const found = new Map<string, CompactGroup>();
    for (const fingerprint of fingerprints) {
      const group = this.cache.recall(memberships, fingerprint);
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
        found.set(row.fingerprint, this.cache.remember(memberships, row.fingerprint, persons));
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
    const held = this.#held.get(audienceKey) ?? new Map<string, HeldGroup>();
    const unique = new Map<string, DisclosedGroup>();
    const promisedMore: string[] = [];
    for (const group of groups) {
      const fingerprint = groupFingerprint(group.persons);
      const heldGroup = held.get(fingerprint);
      if (heldGroup === undefined) unique.set(fingerprint, group);
      else if (heldGroup.k < k) promisedMore.push(fingerprint);
    }
    if (unique.size === 0 && promisedMore.length === 0) return;
    // Members travel comma-joined (pseudonyms are base64url, responses uuids).
    const joined = new Map<string, string>();
    for (const [fingerprint, group] of unique) {
      const members =
        group.persons instanceof CompactGroup ? group.persons.toArray() : [...group.persons];
      for (const person of members) {
        if (person.includes(',')) throw new Error('release ledger: a member key with a comma');
      }
      joined.set(fingerprint, members.join(','));
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
    if (unique.size > 0) {
      await this.db
        .insert(statisticsReleaseGroups)
        .values(
          [...unique].map(([fingerprint, group]) => ({
            audienceKey,
            fingerprint,
            municipalityId: this.municipalityId,
            releaseId,
            label: group.label,
            persons: sql`string_to_array(${joined.get(fingerprint)!}, ',')`,
            k,
            releasedAt: this.now,
          })),
        )
        .onConflictDoUpdate({
          target: [statisticsReleaseGroups.audienceKey, statisticsReleaseGroups.fingerprint],
          set: { k: sql`greatest(${statisticsReleaseGroups.k}, excluded.k)` },
        });
    }
    const [written] = await this.db
      .insert(statisticsLedgerVersions)
      .values({ audienceKey, version: sql`gen_random_uuid()` })
      .onConflictDoUpdate({
        target: statisticsLedgerVersions.audienceKey,
        set: { version: sql`gen_random_uuid()` },
      })
      .returning({ version: statisticsLedgerVersions.version });
    // The list as this transaction leaves it, under the version it wrote: should the
    // transaction roll back, the database keeps the old version and the list is read again.
    const after = new Map(held);
    for (const fingerprint of promisedMore)
      after.set(fingerprint, { ...held.get(fingerprint)!, k });
    for (const [fingerprint, group] of unique) {
      after.set(fingerprint, { releaseId, label: group.label, k });
    }
    this.#held.set(audienceKey, after);
    const memberships = this.cache.of(audienceKey);
    this.cache.hold(memberships, { version: written!.version, groups: after });
    for (const [fingerprint, group] of unique) {
      this.cache.remember(memberships, fingerprint, group.persons);
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
