import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createGroupCommit } from './group-commit.ts';

/** A write that records its batches and resolves when told to. */
function recordingWrite() {
  const batches: number[][] = [];
  const release: (() => void)[] = [];
  const write = (items: readonly number[]) => {
    batches.push([...items]);
    return new Promise<PromiseSettledResult<number>[]>((resolve) => {
      release.push(() =>
        resolve(
          items.map((n) =>
            n < 0
              ? { status: 'rejected', reason: new Error(`refused ${n}`) }
              : { status: 'fulfilled', value: n * 10 },
          ),
        ),
      );
    });
  };
  return { batches, release, write };
}

const settled = <T>(promises: Promise<T>[]) => Promise.allSettled(promises);

describe('group commit', () => {
  it('writes a lone item at once, and what arrives meanwhile as the next batch', async () => {
    const { batches, release, write } = recordingWrite();
    const group = createGroupCommit({ maxBatch: 10, write });
    const first = group.submit(1);
    expect(batches).toEqual([[1]]);
    const later = [group.submit(2), group.submit(3), group.submit(4)];
    expect(batches).toEqual([[1]]);
    release.shift()?.();
    expect(await first).toBe(10);
    await Promise.resolve();
    expect(batches).toEqual([[1], [2, 3, 4]]);
    release.shift()?.();
    expect(await Promise.all(later)).toEqual([20, 30, 40]);
    await group.idle();
  });

  it('keeps batches at most maxBatch long, in the order submitted', async () => {
    const { batches, release, write } = recordingWrite();
    const group = createGroupCommit({ maxBatch: 2, write });
    const all = [1, 2, 3, 4, 5].map((n) => group.submit(n));
    while (batches.length < 3 || release.length > 0) {
      release.shift()?.();
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect(batches).toEqual([[1], [2, 3], [4, 5]]);
    expect(await Promise.all(all)).toEqual([10, 20, 30, 40, 50]);
  });

  it('gives each item its own outcome, and a failed batch fails only its own items', async () => {
    let call = 0;
    const group = createGroupCommit<number, number>({
      maxBatch: 10,
      write: async (items) => {
        call++;
        if (call === 2) throw new Error('connection lost');
        return items.map((n) =>
          n < 0
            ? { status: 'rejected', reason: new Error(`refused ${n}`) }
            : { status: 'fulfilled', value: n },
        );
      },
    });
    // [-1] goes at once; 2 and 3 wait for it and form the batch that fails; 4 comes after.
    const first = settled([group.submit(-1), group.submit(2), group.submit(3)]);
    expect((await first).map((r) => r.status)).toEqual(['rejected', 'rejected', 'rejected']);
    expect(call).toBe(2);
    expect(await settled([group.submit(4), group.submit(5)])).toEqual([
      { status: 'fulfilled', value: 4 },
      { status: 'fulfilled', value: 5 },
    ]);
  });

  it('settles every item exactly once, with its own outcome, whatever the timing', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.integer({ min: -5, max: 100 }), fc.nat(3)), { maxLength: 60 }),
        fc.integer({ min: 1, max: 8 }),
        async (plan, maxBatch) => {
          const written: number[] = [];
          const group = createGroupCommit<number, number>({
            maxBatch,
            write: async (items) => {
              expect(items.length).toBeLessThanOrEqual(maxBatch);
              await new Promise((resolve) => setImmediate(resolve));
              written.push(...items);
              return items.map((n) =>
                n < 0
                  ? { status: 'rejected', reason: n }
                  : { status: 'fulfilled', value: n + 1000 },
              );
            },
          });
          // Settled as they come, so a refusal is never left unhandled while others wait.
          const submitted: Promise<PromiseSettledResult<number>>[] = [];
          for (const [value, pause] of plan) {
            submitted.push(
              group.submit(value).then(
                (v): PromiseSettledResult<number> => ({ status: 'fulfilled', value: v }),
                (reason: unknown): PromiseSettledResult<number> => ({ status: 'rejected', reason }),
              ),
            );
            for (let i = 0; i < pause; i++) await new Promise((resolve) => setImmediate(resolve));
          }
          const outcomes = await Promise.all(submitted);
          await group.idle();
          expect(written).toEqual(plan.map(([value]) => value));
          outcomes.forEach((outcome, i) => {
            const value = plan[i]![0];
            expect(outcome).toEqual(
              value < 0
                ? { status: 'rejected', reason: value }
                : { status: 'fulfilled', value: value + 1000 },
            );
          });
        },
      ),
      { numRuns: 60 },
    );
  });
});
