import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { openDatabase, type Database } from '../src/platform/db/database.ts';
import type { Cleanup } from './cleanup.ts';

export interface BenchDatabase {
  kind: 'postgres' | 'embedded';
  /** Open for seeding and the INSERT ceiling; an embedded one must be closed before the server starts. */
  database: Database;
  dataDir: string;
  /** What the server process needs to find the same database. */
  serverEnv: Record<string, string>;
  /** Releases the bench's own handle (embedded: the server takes over the data directory). */
  handOver(): Promise<void>;
}

async function adminQuery(serverUrl: string, text: string) {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(text);
  } finally {
    await admin.end();
  }
}

/**
 * With a PostgreSQL server: a fresh database for this run, dropped afterwards (as the
 * test databases are). Without: the embedded engine in a temporary DATA_DIR.
 */
export async function openBenchDatabase(
  serverUrl: string | null,
  poolSize: number,
  cleanup: Cleanup,
): Promise<BenchDatabase> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'yorisoi-bench-'));
  cleanup.add('remove the data directory', () =>
    fs.rmSync(dataDir, { recursive: true, force: true }),
  );
  if (!serverUrl) {
    const database = await openDatabase({ kind: 'embedded', dataDir });
    let open = true;
    const close = async () => {
      if (open) await database.close();
      open = false;
    };
    cleanup.add('close the embedded database', close);
    await database.migrate();
    return {
      kind: 'embedded',
      database,
      dataDir,
      serverEnv: { DATA_DIR: dataDir },
      handOver: close,
    };
  }
  const name = `yorisoi_bench_${crypto.randomBytes(6).toString('hex')}`;
  await adminQuery(serverUrl, `create database ${name}`);
  cleanup.add(`drop database ${name}`, () =>
    adminQuery(serverUrl, `drop database if exists ${name} with (force)`),
  );
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ kind: 'postgres', url: url.toString(), poolSize });
  cleanup.add('close the PostgreSQL pool', () => database.close());
  await database.migrate();
  return {
    kind: 'postgres',
    database,
    dataDir,
    serverEnv: { DATA_DIR: dataDir, DATABASE_URL: url.toString() },
    handOver: async () => undefined,
  };
}
