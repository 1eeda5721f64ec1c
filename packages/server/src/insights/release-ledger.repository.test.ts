import crypto from 'node:crypto';
import fs from 'node:fs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows, type Database } from '../platform/db/database.ts';
import { statisticsReleaseGroups } from '../platform/db/schema/index.ts';
import { openTestDatabase } from '../testing/test-database.ts';
import { MembershipIndex } from './disclosure/membership-bits.ts';
import { groupFingerprint } from './disclosure/release-ledger.ts';
import { LedgerMemberships } from './ledger-memberships.ts';
import { countDisclosedGroups, DatabaseReleaseLedger } from './release-ledger.repository.ts';

let database: Database;
let drop: () => Promise<void>;
/** The groups in memory, as an application context holds them. */
const memberships = new LedgerMemberships();

beforeAll(async () => {
  ({ database, drop } = await openTestDatabase());
  await database.migrate();
});
afterAll(() => drop?.());

const members = (prefix: string, n: number) =>
  Array.from(
    { length: n },
    (_, i) => `${prefix}${crypto.createHash('md5').update(`${i}`).digest('base64url')}`,
  );

describe('migration 0021: digest-order fingerprints', () => {
  it('recomputes every stored fingerprint as the server computes it, empty groups included', async () => {
    const groups = [members('a', 30), members('b', 1), [], ['日本語の鍵', 'ascii']];
    await database.db.insert(statisticsReleaseGroups).values(
      groups.map((persons, i) => ({
        audienceKey: 'migration-0021',
        k: 10,
        // The previous form: SHA-256 of the length-prefixed keys sorted as text.
        fingerprint: crypto
          .createHash('sha256')
          .update(
            [...persons]
              .sort()
              .map((p) => `${p.length}:${p}`)
              .join(''),
          )
          .digest('hex'),
        releaseId: crypto.randomUUID(),
        label: `group ${i}`,
        persons,
      })),
    );
    const migration = fs.readFileSync(
      new URL('../../drizzle/0021_digest_order_group_fingerprints.sql', import.meta.url),
      'utf8',
    );
    await database.db.execute(sql.raw(migration));
    const rows = await queryRows<{ label: string; fingerprint: string }>(
      database.db,
      sql`select label, fingerprint from statistics_release_groups where audience_key = 'migration-0021' order by label`,
    );
    expect(rows.map((r) => r.fingerprint)).toEqual(
      groups.map((persons) => groupFingerprint(new Set(persons))),
    );
  });
});

describe('DatabaseReleaseLedger', () => {
  it('holds a group once, whether it arrives as keys or as bits, and leaves it out when asked', async () => {
    const persons = members('p', 40);
    const asBits = new MembershipIndex().groupOf([...persons].reverse());
    await database.db.transaction(async (tx) => {
      const ledger = new DatabaseReleaseLedger(tx, null, new Date(), memberships);
      await ledger.lockAudience('ledger-bits');
      expect(await ledger.disclosedTo('ledger-bits')).toEqual([]);
      await ledger.record(
        'ledger-bits',
        crypto.randomUUID(),
        [{ label: 'bits', persons: asBits }],
        5,
      );
    });
    await database.db.transaction(async (tx) => {
      const ledger = new DatabaseReleaseLedger(tx, null, new Date(), memberships);
      const held = await ledger.disclosedTo('ledger-bits');
      expect(held.map((g) => [...g.persons].sort())).toEqual([[...persons].sort()]);
      expect(await ledger.disclosedTo('ledger-bits', [groupFingerprint(new Set(persons))])).toEqual(
        [],
      );
      expect(held.map((g) => g.k)).toEqual([5]);
      await ledger.record(
        'ledger-bits',
        crypto.randomUUID(),
        [{ label: 'keys', persons: new Set(persons) }],
        10,
      );
    });
    expect(await countDisclosedGroups(database.db, 'ledger-bits')).toBe(1);
    // Released again under a larger k: the group keeps the larger promise.
    await database.db.transaction(async (tx) => {
      const ledger = new DatabaseReleaseLedger(tx, null, new Date(), memberships);
      expect((await ledger.disclosedTo('ledger-bits')).map((g) => g.k)).toEqual([10]);
    });
  });

  const labelsHeld = (audienceKey: string) =>
    database.db.transaction(async (tx) => {
      const ledger = new DatabaseReleaseLedger(tx, null, new Date(), memberships);
      await ledger.lockAudience(audienceKey);
      return (await ledger.disclosedTo(audienceKey)).map((g) => g.label).sort();
    });

  /** Records one group as a release does; `thenFail` rolls its transaction back. */
  const recordGroup = (
    audienceKey: string,
    group: { label: string; persons: string[]; k: number },
    thenFail = false,
  ) =>
    database.db.transaction(async (tx) => {
      const ledger = new DatabaseReleaseLedger(tx, null, new Date(), memberships);
      await ledger.lockAudience(audienceKey);
      await ledger.disclosedTo(audienceKey);
      const { label, persons, k } = group;
      await ledger.record(
        audienceKey,
        crypto.randomUUID(),
        [{ label, persons: new Set(persons) }],
        k,
      );
      if (thenFail) throw new Error('the release failed after recording');
    });

  it('forgets the groups of a release whose transaction rolled back', async () => {
    const audience = 'ledger-rollback';
    await recordGroup(audience, { label: 'kept', persons: members('k', 12), k: 10 });
    expect(await labelsHeld(audience)).toEqual(['kept']);
    await expect(
      recordGroup(audience, { label: 'lost', persons: members('l', 12), k: 10 }, true),
    ).rejects.toThrow('the release failed');
    // The process still remembers the lost group; the ledger's version says it is not there.
    expect(await labelsHeld(audience)).toEqual(['kept']);
  });

  it('sees groups and raised promises written by another instance', async () => {
    const audience = 'ledger-other-instance';
    await recordGroup(audience, { label: 'mine', persons: members('o', 15), k: 5 });
    expect(await labelsHeld(audience)).toEqual(['mine']);
    // Another instance, which keeps its own memory: only the database is shared.
    await database.db.insert(statisticsReleaseGroups).values({
      audienceKey: audience,
      fingerprint: groupFingerprint(new Set(members('t', 11))),
      releaseId: crypto.randomUUID(),
      label: 'theirs',
      persons: members('t', 11),
      k: 10,
    });
    await database.db.execute(
      sql`update statistics_release_groups set k = 20 where audience_key = ${audience} and label = 'mine'`,
    );
    await database.db.execute(
      sql`update statistics_ledger_versions set version = gen_random_uuid() where audience_key = ${audience}`,
    );
    expect(await labelsHeld(audience)).toEqual(['mine', 'theirs']);
    await database.db.transaction(async (tx) => {
      const ledger = new DatabaseReleaseLedger(tx, null, new Date(), memberships);
      await ledger.lockAudience(audience);
      const held = await ledger.disclosedTo(audience);
      expect(held.find((g) => g.label === 'mine')?.k).toBe(20);
      expect([...held.find((g) => g.label === 'theirs')!.persons].sort()).toEqual(
        members('t', 11).sort(),
      );
    });
  });
});
