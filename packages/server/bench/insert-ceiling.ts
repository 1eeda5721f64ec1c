import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../src/platform/db/database.ts';
import { round, summarize, type LatencySummary } from './stats.ts';

export interface InsertRun {
  connections: number;
  inserts: number;
  insertsPerSecond: number;
  latency: LatencySummary;
}

export interface InsertCeiling {
  single: InsertRun;
  pool: InsertRun;
  /** The better of the two: the rate the message log is compared with. */
  insertsPerSecond: number;
}

export interface DatabaseSettings {
  version: string;
  fsync: string;
  synchronousCommit: string;
  walSyncMethod: string;
}

/** About the size of a sealed chat message as it is stored. */
const body = 'x'.repeat(160);

/** One autocommit single-row INSERT of a message-sized row. */
export type InsertOne = () => Promise<void>;

/**
 * Runs `work` with a scratch table of its own (`name`), dropped afterwards, and a function
 * that inserts one message-sized row into it.
 */
export async function withInsertTable<T>(
  db: Db,
  name: string,
  work: (insertOne: InsertOne) => Promise<T>,
): Promise<T> {
  const table = sql.identifier(name);
  await db.execute(
    sql`create table ${table} (id bigserial primary key, body text, created_at timestamptz default now())`,
  );
  try {
    return await work(async () => {
      await db.execute(sql`insert into ${table} (body) values (${body})`);
    });
  } finally {
    await db.execute(sql`drop table ${table}`);
  }
}
const warmUpInserts = 100;

async function show(db: Db, setting: string): Promise<string> {
  const rows = await queryRows<{ value: string }>(
    db,
    sql`select current_setting(${setting}, true) as value`,
  );
  return rows[0]?.value ?? 'unknown';
}

export async function readSettings(db: Db): Promise<DatabaseSettings> {
  const [version] = await queryRows<{ version: string }>(db, sql`select version() as version`);
  return {
    version: version?.version ?? 'unknown',
    fsync: await show(db, 'fsync'),
    synchronousCommit: await show(db, 'synchronous_commit'),
    walSyncMethod: await show(db, 'wal_sync_method'),
  };
}

async function insertRun(
  insertOne: InsertOne,
  connections: number,
  inserts: number,
): Promise<InsertRun> {
  const latencies: number[] = [];
  let issued = 0;
  // Each worker is one autocommit INSERT at a time; through the pool that is one connection each.
  const worker = async () => {
    while (issued < inserts) {
      issued++;
      const start = performance.now();
      await insertOne();
      latencies.push(performance.now() - start);
    }
  };
  const start = performance.now();
  await Promise.all(Array.from({ length: connections }, worker));
  const seconds = (performance.now() - start) / 1000;
  return {
    connections,
    inserts,
    insertsPerSecond: round(inserts / seconds, 0),
    latency: summarize(latencies),
  };
}

/**
 * The ceiling of plain single-row INSERT commits on this database with its settings: one
 * connection in sequence, then `poolSize` at once (the server's pool). On the embedded
 * engine there is one connection whatever the pool size, so concurrent inserts queue.
 */
export async function measureInsertCeiling(
  db: Db,
  { inserts, poolSize }: { inserts: number; poolSize: number },
): Promise<InsertCeiling> {
  return withInsertTable(db, 'bench_insert', async (insertOne) => {
    await insertRun(insertOne, 1, warmUpInserts);
    const single = await insertRun(insertOne, 1, inserts);
    // Opens the pool's connections before they are timed.
    await insertRun(insertOne, poolSize, poolSize * 10);
    const pool = await insertRun(insertOne, poolSize, inserts);
    return {
      single,
      pool,
      insertsPerSecond: Math.max(single.insertsPerSecond, pool.insertsPerSecond),
    };
  });
}
