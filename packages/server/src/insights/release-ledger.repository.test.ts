import crypto from 'node:crypto';
import fs from 'node:fs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows, type Database } from '../platform/db/database.ts';
import { statisticsReleaseGroups } from '../platform/db/schema/index.ts';
import { openTestDatabase } from '../testing/test-database.ts';
import { MembershipIndex } from './disclosure/membership-bits.ts';
import { groupFingerprint } from './disclosure/release-ledger.ts';
import { countDisclosedGroups, DatabaseReleaseLedger } from './release-ledger.repository.ts';

let database: Database;
let drop: () => Promise<void>;

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
      const ledger = new DatabaseReleaseLedger(tx, null, new Date());
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
      const ledger = new DatabaseReleaseLedger(tx, null, new Date());
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
      const ledger = new DatabaseReleaseLedger(tx, null, new Date());
      expect((await ledger.disclosedTo('ledger-bits')).map((g) => g.k)).toEqual([10]);
    });
  });
});
