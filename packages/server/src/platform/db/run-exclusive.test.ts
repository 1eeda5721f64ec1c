import { describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../testing/test-database.ts';
import { openDatabase } from './database.ts';

/** A promise and the function that settles it, to hold a job open from the test. */
function gate() {
  let open = () => undefined as void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

describe('named background jobs run one at a time', () => {
  it('skips a second run of the same job while the first holds it, and runs other jobs', async () => {
    const { database, drop } = await openTestDatabase();
    try {
      const hold = gate();
      let held = false;
      const first = database.runExclusive('sweep', async () => {
        held = true;
        await hold.opened;
        return 'first';
      });
      await expect.poll(() => held).toBe(true);
      expect(await database.runExclusive('sweep', async () => 'second')).toEqual({ ran: false });
      expect(await database.runExclusive('other', async () => 'other')).toEqual({
        ran: true,
        value: 'other',
      });
      hold.open();
      expect(await first).toEqual({ ran: true, value: 'first' });
      expect(await database.runExclusive('sweep', async () => 'again')).toEqual({
        ran: true,
        value: 'again',
      });
    } finally {
      await drop();
    }
  });

  it.runIf(process.env.TEST_DATABASE_URL)(
    'holds the lock across instances on one PostgreSQL server',
    async () => {
      const { database, url, drop } = await openTestDatabase();
      const second = await openDatabase({ kind: 'postgres', url: url!, poolSize: 2 });
      try {
        const hold = gate();
        let held = false;
        const first = database.runExclusive('sweep', async () => {
          held = true;
          await hold.opened;
        });
        await expect.poll(() => held).toBe(true);
        expect(await second.runExclusive('sweep', async () => 'elsewhere')).toEqual({ ran: false });
        hold.open();
        await first;
        expect(await second.runExclusive('sweep', async () => 'elsewhere')).toEqual({
          ran: true,
          value: 'elsewhere',
        });
      } finally {
        await second.close();
        await drop();
      }
    },
  );

  it('releases the lock when the job throws', async () => {
    const { database, drop } = await openTestDatabase();
    try {
      await expect(
        database.runExclusive('sweep', () => Promise.reject(new Error('boom'))),
      ).rejects.toThrow('boom');
      expect(await database.runExclusive('sweep', async () => 1)).toEqual({ ran: true, value: 1 });
    } finally {
      await drop();
    }
  });
});
