import { describe, expect, it } from 'vitest';
import { createTableUpdates } from './table-updates.ts';

describe('table updates', () => {
  it('runs one update per key at a time and remembers a failure for its data version', async () => {
    const updates = createTableUpdates();
    let runs = 0;
    let release!: () => void;
    updates.start('a', 1, async () => {
      runs++;
      await new Promise<void>((resolve) => (release = resolve));
    });
    updates.start('a', 1, async () => void runs++);
    expect(runs).toBe(1);
    release();
    await updates.idle();

    updates.start('a', 2, () => Promise.reject(new Error('refused')));
    await updates.idle();
    expect(updates.failed('a', 2)).toBe(true);
    expect(updates.failed('a', 3)).toBe(false);
    expect(updates.failed('b', 2)).toBe(false);

    updates.start('a', 3, async () => undefined);
    await updates.idle();
    expect(updates.failed('a', 2)).toBe(false);
  });
});
