import { performance } from 'node:perf_hooks';
import type { Db } from '../src/platform/db/database.ts';
import { withInsertTable } from './insert-ceiling.ts';
import { sleep, summarize, type LatencySummary } from './stats.ts';

/** Few enough to add little load; enough for a p99 over a few seconds. */
export const insertsAlongsidePerSecond = 100;

/**
 * The plain INSERT's latency while `run` loads the machine: one autocommit single-row
 * INSERT at a time through one connection of the bench's own pool, paced, and timed in
 * the same process as the acknowledgements (so both include this process's own delays).
 * The half-load acknowledgement target (issue 14) is set against this p99: the same
 * operation under the same load. Without a database (embedded: the server process holds
 * it during the run) only `run` runs, and the target falls back to the quiet ceiling.
 */
export async function withInsertsAlongside<T>(
  db: Db | null,
  run: () => Promise<T>,
): Promise<{ result: T; inserts: LatencySummary | null }> {
  if (!db) return { result: await run(), inserts: null };
  return withInsertTable(db, 'bench_insert_alongside', async (insertOne) => {
    const latencies: number[] = [];
    let running = true;
    const intervalMs = 1000 / insertsAlongsidePerSecond;
    const inserting = (async () => {
      const start = performance.now();
      for (let i = 0; running; i++) {
        const wait = start + i * intervalMs - performance.now();
        if (wait > 0) await sleep(wait);
        const sent = performance.now();
        await insertOne();
        latencies.push(performance.now() - sent);
      }
    })();
    const result = await run().finally(() => {
      running = false;
    });
    await inserting;
    return { result, inserts: summarize(latencies) };
  });
}
