import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { sql, type SQL } from 'drizzle-orm';
import pg from 'pg';
import * as schema from './schema/index.ts';
import { lockDataDir, type DataDirLock } from './data-dir-lock.ts';

export type Schema = typeof schema;
/** A database or a transaction on it: data access accepts either. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;

/** Rows of a raw `db.execute(sql…)`, whose result type drizzle leaves open across drivers. */
export async function queryRows<T>(db: Db, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

export type DatabaseTarget =
  | { kind: 'embedded'; dataDir: string }
  | { kind: 'memory' }
  | { kind: 'postgres'; url: string; poolSize: number };

export interface Database {
  db: Db;
  kind: DatabaseTarget['kind'];
  migrate(): Promise<void>;
  ping(): Promise<void>;
  /**
   * Runs `work` unless another run of the same named job holds the lock: in this process
   * (embedded) or in any instance on the server (a PostgreSQL advisory lock), so that a
   * background sweep runs once at a time however many instances are started.
   */
  runExclusive<T>(name: string, work: () => Promise<T>): Promise<ExclusiveRun<T>>;
  /** The PostgreSQL pool's connections, for the metrics; null on the embedded database. */
  poolUse(): { total: number; idle: number; waiting: number } | null;
  close(): Promise<void>;
}

export type ExclusiveRun<T> = { ran: true; value: T } | { ran: false };

const migrationsFolder = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../drizzle',
);

/** How many migrations this release carries (its journal), for `yorisoi doctor`. */
export function migrationsInRelease(): number {
  const journal = JSON.parse(
    fs.readFileSync(path.join(migrationsFolder, 'meta', '_journal.json'), 'utf8'),
  ) as { entries: unknown[] };
  return journal.entries.length;
}

/** Any constant works; it only has to be the same for every instance. */
const migrationLockKey = 7_319_004_221;
/** The first half of the two-key advisory locks of named jobs (the second is the name's hash). */
const jobLockNamespace = 7_319;

/** One run at a time per name within this process. */
function inProcessExclusive() {
  const running = new Set<string>();
  return async <T>(name: string, work: () => Promise<T>): Promise<ExclusiveRun<T>> => {
    if (running.has(name)) return { ran: false };
    running.add(name);
    try {
      return { ran: true, value: await work() };
    } finally {
      running.delete(name);
    }
  };
}

export async function openDatabase(target: DatabaseTarget): Promise<Database> {
  if (target.kind === 'postgres') return openPostgres(target.url, target.poolSize);
  return openEmbedded(target.kind === 'embedded' ? target.dataDir : null);
}

async function openEmbedded(dataDir: string | null): Promise<Database> {
  const lock: DataDirLock | null = dataDir ? lockDataDir(dataDir) : null;
  try {
    const client = dataDir ? new PGlite(path.join(dataDir, 'pgdata')) : new PGlite();
    await client.waitReady;
    const db = drizzlePglite(client, { schema }) as unknown as Db;
    return {
      db,
      kind: dataDir ? 'embedded' : 'memory',
      migrate: () => migratePglite(drizzlePglite(client, { schema }), { migrationsFolder }),
      ping: async () => {
        await client.query('select 1');
      },
      // The data-dir lock already makes this process the only one on the database.
      runExclusive: inProcessExclusive(),
      poolUse: () => null,
      close: async () => {
        try {
          await client.close();
        } finally {
          lock?.release();
        }
      },
    };
  } catch (error) {
    lock?.release();
    throw error;
  }
}

async function openPostgres(url: string, poolSize: number): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  // An idle client that loses its connection must not crash the process.
  pool.on('error', () => undefined);
  const db = drizzlePg(pool, { schema }) as unknown as Db;
  return {
    db,
    kind: 'postgres',
    async migrate() {
      // Several instances may start at once: one migrates, the others wait for it.
      const lockClient = await pool.connect();
      try {
        await lockClient.query('select pg_advisory_lock($1)', [migrationLockKey]);
        await migratePg(drizzlePg(pool, { schema }), { migrationsFolder });
      } finally {
        await lockClient
          .query('select pg_advisory_unlock($1)', [migrationLockKey])
          .catch(() => undefined);
        lockClient.release();
      }
    },
    ping: async () => {
      await db.execute(sql`select 1`);
    },
    poolUse: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
    async runExclusive<T>(name: string, work: () => Promise<T>): Promise<ExclusiveRun<T>> {
      // A session-level lock lives on one connection: hold that connection for the run.
      const lockClient = await pool.connect();
      try {
        const { rows } = await lockClient.query<{ locked: boolean }>(
          'select pg_try_advisory_lock($1, hashtext($2)) as locked',
          [jobLockNamespace, name],
        );
        if (!rows[0]?.locked) return { ran: false };
        try {
          return { ran: true, value: await work() };
        } finally {
          await lockClient
            .query('select pg_advisory_unlock($1, hashtext($2))', [jobLockNamespace, name])
            .catch(() => undefined);
        }
      } finally {
        lockClient.release();
      }
    },
    // Closing twice (a test helper and its caller) must not throw.
    close: () => (pool.ended ? Promise.resolve() : pool.end()),
  };
}
