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
function release(audienceKey: string, members: string[], k: number, label = 'consulted') {
  return database.db.transaction(async (tx) => {
    const ledger = new DatabaseReleaseLedger(tx, null, new Date(), memberships);
    await ledger.lockAudience(audienceKey);
    const outcome = await protectAgainstLedger(
      ledger,
      audienceKey,
      { rows: ['consulted'], persons: [[members]] },
      k,
      label,
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

  it('hides the second half of a year whose halves share fewer than k persons (57 = 30 + 30 − 3)', async () => {
    const audience = `halves-${crypto.randomUUID()}`;
    const year = persons('p', 57);
    const firstHalf = year.slice(0, 30);
    const secondHalf = year.slice(27);
    expect('release' in (await release(audience, year, 5, 'topic 2025-04〜2026-03'))).toBe(true);
    const first = await release(audience, firstHalf, 5, 'topic 2025-04〜2025-09');
    expect('release' in first && first.release.table.total).toBe(30);
    // Each pair differs by 27 persons on each side, far apart; together they tell the 3.
    const second = await release(audience, secondHalf, 5, 'topic 2025-10〜2026-03');
    expect('release' in second && second.release.table.total).toBeNull();
  });

  it('shows both halves when they share k or more persons', async () => {
    const audience = `halves-safe-${crypto.randomUUID()}`;
    const year = persons('p', 50);
    expect('release' in (await release(audience, year, 5, 'topic 2025-04〜2026-03'))).toBe(true);
    await release(audience, year.slice(0, 30), 5, 'topic 2025-04〜2025-09');
    const second = await release(audience, year.slice(20), 5, 'topic 2025-10〜2026-03');
    expect('release' in second && second.release.table.total).toBe(30);
  });
});
