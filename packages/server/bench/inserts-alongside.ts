import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import type { Db } from '../src/platform/db/database.ts';
import { sleep, summarize, type LatencySummary } from './stats.ts';

/** Few enough to add little load; enough for a p99 over a few seconds. */
export const insertsAlongsidePerSecond = 100;
/** About the size of a sealed chat message as it is stored, as in the ceiling. */
const body = 'x'.repeat(160);

/**
 * The plain INSERT's latency while `run` loads the machine: one autocommit single-row
 * INSERT at a time through one connection of the bench's own pool, paced, and timed in
 * the same process as the acknowledgements (so both include this process's own delays).
 * The issue sets its target against the ceiling measured on a quiet machine; this is the
 * same operation under the same load, for comparison. Without a database (embedded: the
 * server process holds it during the run) only `run` runs.
 */
export async function withInsertsAlongside<T>(
  db: Db | null,
  run: () => Promise<T>,
): Promise<{ result: T; inserts: LatencySummary | null }> {
  if (!db) return { result: await run(), inserts: null };
  await db.execute(
    sql`create table bench_insert_alongside (id bigserial primary key, body text, created_at timestamptz default now())`,
  );
  try {
    const latencies: number[] = [];
    let running = true;
    const intervalMs = 1000 / insertsAlongsidePerSecond;
    const inserting = (async () => {
      const start = performance.now();
      for (let i = 0; running; i++) {
        const wait = start + i * intervalMs - performance.now();
        if (wait > 0) await sleep(wait);
        const sent = performance.now();
        await db.execute(sql`insert into bench_insert_alongside (body) values (${body})`);
        latencies.push(performance.now() - sent);
      }
    })();
    const result = await run().finally(() => {
      running = false;
    });
    await inserting;
    return { result, inserts: summarize(latencies) };
  } finally {
    await db.execute(sql`drop table bench_insert_alongside`);
  }
}
