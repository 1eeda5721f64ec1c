import crypto from 'node:crypto';
import pg from 'pg';
import { openDatabase, type Database } from '../platform/db/database.ts';

/**
 * The database a test file runs on: in-memory PGlite by default, or, when
 * TEST_DATABASE_URL is set, a fresh database created on that PostgreSQL server for
 * this file alone (and dropped afterwards), so files can run in parallel.
 */
export async function openTestDatabase(): Promise<{
  database: Database;
  url: string | null;
  drop(): Promise<void>;
}> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    const database = await openDatabase({ kind: 'memory' });
    return { database, url: null, drop: () => database.close() };
  }
  const name = `yorisoi_test_${crypto.randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ kind: 'postgres', url: url.toString(), poolSize: 5 });
  return {
    database,
    url: url.toString(),
    async drop() {
      await database.close();
      const cleanup = new pg.Client({ connectionString: serverUrl });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}
