import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { getTableName, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../testing/test-database.ts';
import { openDatabase, queryRows } from './database.ts';
import { loadConfig } from '../../config/config.ts';
import { seedDemo } from '../../demo/seed-demo.ts';
import { parseKeyring } from '../crypto/keyring.ts';
import { testKeyring } from '../../testing/test-app.ts';
import { tablesInDependencyOrder, transferDatabase } from '../../cli/transfer-database.ts';
import { verifyAuditChain } from '../../audit/audit.service.ts';
import { createAppContext } from '../../app/create-app-context.ts';
import { seedSyntheticProgramme } from '../../testing/matching-fixtures.ts';
import { municipalities } from './schema/index.ts';

const tables = [
  'municipalities',
  'organizations',
  'users',
  'invite_codes',
  'consent_records',
  'audit_log',
];

async function counts(db: Parameters<typeof queryRows>[0]) {
  const out: Record<string, number> = {};
  for (const table of tables) {
    const [row] = await queryRows<{ n: number }>(
      db,
      sql`select count(*)::int as n from ${sql.identifier(table)}`,
    );
    out[table] = row?.n ?? 0;
  }
  return out;
}

describe('migrations', () => {
  it('create exactly the tables the embedded-to-server transfer copies', async () => {
    const { database, drop } = await openTestDatabase();
    try {
      await database.migrate();
      const rows = await queryRows<{ name: string }>(
        database.db,
        sql`select table_name as name from information_schema.tables where table_schema = 'public'`,
      );
      const transient = new Set(['socket_io_attachments']);
      const copied = tablesInDependencyOrder.map((table) => getTableName(table)).sort();
      expect(copied).toEqual(
        rows
          .map((r) => r.name)
          .filter((n) => !transient.has(n))
          .sort(),
      );
    } finally {
      await drop();
    }
  });

  it('apply on a fresh database and are safe to run again', async () => {
    const { database, drop } = await openTestDatabase();
    try {
      await database.migrate();
      await database.migrate();
      const [row] = await queryRows<{ n: number }>(
        database.db,
        sql`select count(*)::int as n from users`,
      );
      expect(row?.n).toBe(0);
    } finally {
      await drop();
    }
  });
});

describe.runIf(process.env.TEST_DATABASE_URL)(
  'moving an embedded installation to a PostgreSQL server',
  () => {
    it('copies every row, keeps the audit chain valid, and refuses a target that holds data', async () => {
      const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'yorisoi-transfer-'));
      const embedded = await openDatabase({ kind: 'embedded', dataDir });
      await embedded.migrate();
      await seedDemo(
        createAppContext({
          config: loadConfig({ NODE_ENV: 'test' }),
          database: embedded,
          keyring: parseKeyring(testKeyring),
          now: () => new Date(),
        }),
      );
      // The demo has no back-to-work programme yet; its weeks are bit(336) columns.
      const [municipality] = await embedded.db
        .select({ id: municipalities.id })
        .from(municipalities)
        .limit(1);
      await seedSyntheticProgramme(embedded.db, {
        municipalityId: municipality!.id,
        people: 20,
        openings: 5,
        seed: 1,
      });
      const weeks = sql`select string_agg(availability::text, ',' order by id) as weeks from work_profiles`;
      const [weeksBefore] = await queryRows<{ weeks: string }>(embedded.db, weeks);
      const before = await counts(embedded.db);
      await embedded.close();

      const target = await openTestDatabase();
      try {
        await target.database.close();
        const lines: string[] = [];
        await transferDatabase({ dataDir, targetUrl: target.url!, log: (l) => lines.push(l) });
        expect(lines.at(-1)).toBe('transfer complete');
        const server = await openDatabase({ kind: 'postgres', url: target.url!, poolSize: 2 });
        try {
          expect(await counts(server.db)).toEqual(before);
          expect((await queryRows<{ weeks: string }>(server.db, weeks))[0]).toEqual(weeksBefore);
          expect((await verifyAuditChain(server.db)).ok).toBe(true);
        } finally {
          await server.close();
        }
        await expect(
          transferDatabase({ dataDir, targetUrl: target.url!, log: () => undefined }),
        ).rejects.toThrow(/already holds/);
      } finally {
        await target.drop();
        fs.rmSync(dataDir, { recursive: true, force: true });
      }
    });
  },
);
