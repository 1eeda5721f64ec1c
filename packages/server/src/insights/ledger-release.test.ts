import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../platform/db/database.ts';
import { openTestDatabase } from '../testing/test-database.ts';
import { protectAgainstLedger } from './ledger-release.ts';
import { LedgerMemberships } from './ledger-memberships.ts';
import { DatabaseReleaseLedger } from './release-ledger.repository.ts';

let database: Database;
let drop: () => Promise<void>;
/** The groups in memory, as an application context holds them. */
const memberships = new LedgerMemberships();

beforeAll(async () => {
  ({ database, drop } = await openTestDatabase());
  await database.migrate();
});
afterAll(() => drop?.());

const persons = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i}`);

/** A one-way table of one row (its cell and its total count the same persons), released. */
function release(audienceKey: string, members: string[], k: number) {
  return database.db.transaction(async (tx) => {
    const ledger = new DatabaseReleaseLedger(tx, null, new Date(), memberships);
    await ledger.lockAudience(audienceKey);
    const outcome = await protectAgainstLedger(
      ledger,
      audienceKey,
      { rows: ['consulted'], persons: [[members]] },
      k,
      'consulted',
    );
    if ('release' in outcome) {
      await ledger.record(audienceKey, crypto.randomUUID(), outcome.release.disclosedGroups, k);
    }
    return outcome;
  });
}

describe('protectAgainstLedger', () => {
  it('hides a count that differs from one shown before by fewer than k persons', async () => {
    const audience = `close-${crypto.randomUUID()}`;
    expect('release' in (await release(audience, persons('p', 20), 5))).toBe(true);
    const close = await release(audience, persons('p', 23), 5);
    expect('release' in close && close.release.table.total !== null).toBe(false);
  });

  it('shows a table the audience holds again after k was raised, though it is close to a later one', async () => {
    const audience = `again-${crypto.randomUUID()}`;
    const first = persons('p', 20);
    expect('release' in (await release(audience, first, 5))).toBe(true);
    // Seven more persons: far enough apart at k = 5.
    const later = await release(audience, persons('p', 27), 5);
    expect('release' in later && later.release.table.total).toBe(27);
    // At k = 10 the two differ by too few, but the audience has both counts already.
    const again = await release(audience, first, 10);
    expect('release' in again && again.release.table.total).toBe(20);
  });
});
