import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import type { TMessageAck } from '@yorisoi/shared';
import { verifyAuditChain } from '../audit/audit.service.ts';
import { queryRows } from '../platform/db/database.ts';
import { liveConsultation, newClientMsgId } from '../testing/consultation-fixtures.ts';
import { signInAs } from '../testing/fixtures.ts';
import { startTestApp } from '../testing/test-app.ts';
import { openTestDatabase } from '../testing/test-database.ts';
import { useSockets, useTenant, useTestApp } from '../testing/use-test-app.ts';
import { writeArchive } from './backup-archive.ts';
import { encodeLine } from './backup-lines.ts';
import { backUpDatabase, restoreDatabase, RestoreRefused } from './backup.service.ts';
import { readSchemaVersion } from './backup.repository.ts';

/**
 * The restore drill of issue 21: back up an installation while messages are being sent,
 * restore it elsewhere, and find every acknowledged message, sealed fields that open and
 * an audit chain that verifies. On the embedded database, and on PostgreSQL when
 * TEST_DATABASE_URL is set.
 */
const t = useTestApp();
const tenant = useTenant(t, 'backup');
const sockets = useSockets(t);

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yorisoi-backup-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const key = crypto.randomBytes(32);

async function tableCounts(db: typeof t.ctx.db, names: string[]) {
  const counts: Record<string, number> = {};
  for (const name of names) {
    const [row] = await queryRows<{ n: number }>(
      db,
      sql`select count(*)::int as n from ${sql.identifier(name)}`,
    );
    counts[name] = row?.n ?? 0;
  }
  return counts;
}

describe('backup and restore', () => {
  it('restores, elsewhere, every message acknowledged before the backup, readable', async () => {
    const live = await liveConsultation(t, tenant, sockets);
    const acked: { seq: number; body: string; at: number }[] = [];
    let sending = true;
    const sender = (async () => {
      for (let i = 0; sending && i < 400; i += 1) {
        const body = `バックアップ中の相談 ${i}`;
        const ack = (await live.workerSocket.emitWithAck('message:send', {
          consultationId: live.id,
          clientMsgId: newClientMsgId(),
          body,
        })) as TMessageAck;
        acked.push({ seq: ack.seq, body, at: performance.now() });
      }
    })();
    while (acked.length < 20) await new Promise((resolve) => setTimeout(resolve, 5));
    const startedAt = performance.now();
    const file = path.join(dir, 'under-load.ybak');
    const summary = await backUpDatabase({
      database: t.ctx.database,
      key,
      to: file,
      now: new Date(),
    });
    sending = false;
    await sender;
    const ackedBefore = acked.filter((message) => message.at < startedAt);
    expect(ackedBefore.length).toBeGreaterThanOrEqual(20);

    const target = await openTestDatabase();
    await target.database.migrate();
    const restored = await restoreDatabase({ database: target.database, from: file, key });
    expect(restored.counts).toEqual(summary.counts);
    expect(await tableCounts(target.database.db, Object.keys(summary.counts))).toEqual(
      summary.counts,
    );
    expect(await verifyAuditChain(target.database.db)).toMatchObject({ ok: true });

    // The restored installation, with the same data keys, signs the worker in (sealed
    // identities, blind index) and shows the sealed message bodies.
    const elsewhere = await startTestApp({}, target);
    try {
      const worker = await signInAs(elsewhere, tenant.people.worker);
      const page = await worker.ok('listMessages', {
        params: { id: live.id },
        query: { afterSeq: 0, limit: 500 },
      });
      const bodies = new Map(page.items.map((message) => [message.seq, message.body]));
      for (const message of ackedBefore) expect(bodies.get(message.seq)).toBe(message.body);
      // Whatever was restored beyond that is a prefix: no message after a missing one.
      const seqs = page.items.map((message) => message.seq);
      expect(seqs).toEqual(seqs.map((_, index) => index + 1));
    } finally {
      await elsewhere.close();
    }
  });

  it('refuses a target that holds data, and changes nothing in it', async () => {
    const file = path.join(dir, 'full.ybak');
    await backUpDatabase({ database: t.ctx.database, key, to: file, now: new Date() });
    const before = await tableCounts(t.ctx.db, ['users', 'consultations', 'audit_log']);
    await expect(restoreDatabase({ database: t.ctx.database, from: file, key })).rejects.toThrow(
      RestoreRefused,
    );
    expect(await tableCounts(t.ctx.db, ['users', 'consultations', 'audit_log'])).toEqual(before);
  });

  it('refuses a wrong key, a cut archive and another schema, leaving the target empty', async () => {
    const file = path.join(dir, 'checked.ybak');
    await backUpDatabase({ database: t.ctx.database, key, to: file, now: new Date() });
    const cut = path.join(dir, 'cut.ybak');
    const whole = fs.readFileSync(file);
    fs.writeFileSync(cut, whole.subarray(0, whole.length - 20));
    const older = path.join(dir, 'older.ybak');
    const schema = await readSchemaVersion(t.ctx.db);
    async function* olderContent() {
      const header = {
        format: 1 as const,
        createdAt: new Date().toISOString(),
        engine: 'postgres' as const,
        schema: { migrations: schema.migrations - 1, latest: '0' },
        tables: ['municipalities'],
      };
      yield Buffer.from(encodeLine({ kind: 'header', header }));
      yield Buffer.from(encodeLine({ kind: 'table', name: 'municipalities' }));
      yield Buffer.from(encodeLine({ kind: 'end', counts: { municipalities: 0 } }));
    }
    const { gzipSync } = await import('node:zlib');
    const plain: Buffer[] = [];
    for await (const piece of olderContent()) plain.push(piece);
    await writeArchive(
      older,
      key,
      (async function* () {
        yield gzipSync(Buffer.concat(plain));
      })(),
    );

    const target = await openTestDatabase();
    try {
      await target.database.migrate();
      await expect(
        restoreDatabase({ database: target.database, from: file, key: crypto.randomBytes(32) }),
      ).rejects.toThrow('another BACKUP_KEY');
      await expect(restoreDatabase({ database: target.database, from: cut, key })).rejects.toThrow(
        /incomplete|damaged/,
      );
      await expect(
        restoreDatabase({ database: target.database, from: older, key }),
      ).rejects.toThrow('another version of the schema');
      expect(
        await tableCounts(target.database.db, ['municipalities', 'users', 'audit_log']),
      ).toEqual({ municipalities: 0, users: 0, audit_log: 0 });
    } finally {
      await target.drop();
    }
  });
});
