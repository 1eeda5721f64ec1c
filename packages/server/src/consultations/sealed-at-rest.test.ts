import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../testing/test-app.ts';
import { createTenant, signInAs } from '../testing/fixtures.ts';
import { newClientMsgId, startConsultationAs } from '../testing/consultation-fixtures.ts';
import { queryRows } from '../platform/db/database.ts';
import { pdfWithMetadata } from '../testing/file-fixtures.ts';

/**
 * A database dump contains no plaintext of what people wrote: every row of every table,
 * as JSON (what `pg_dump` would print, and more), is searched for a marker.
 */
let t: TestApp;

beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t?.close());

describe('consultation content at rest', () => {
  it('is nowhere in the database in plaintext, yet reads back for its parties', async () => {
    const tenant = await createTenant(t.ctx, 'sealed');
    const marker = 'MARKER-夜勤明けの動悸-7f3a';
    const worker = await signInAs(t, tenant.people.worker);
    const coordinator = await signInAs(t, tenant.people.coordinator);
    const started = await startConsultationAs(worker, `first ${marker}`);
    const id = started.consultation.id;
    await coordinator.ok('claimConsultation', { params: { id } });
    for (let i = 0; i < 5; i++) {
      await worker.ok('sendMessage', {
        params: { id },
        body: { clientMsgId: newClientMsgId(), body: `${i} ${marker} ${i}` },
      });
      await coordinator.ok('sendMessage', {
        params: { id },
        body: { clientMsgId: newClientMsgId(), body: `返信 ${marker}` },
      });
    }
    const page = await coordinator.ok('listMessages', { params: { id } });
    expect(page.items.filter((m) => m.body.includes(marker))).toHaveLength(11);

    // A PDF holding the marker in its content: served back with it, stored without it.
    const pdf = await worker.ok('uploadAttachment', {
      params: { id },
      body: {
        clientUploadId: newClientMsgId(),
        mimeType: 'application/pdf',
        data: (await pdfWithMetadata('meta', marker)).toString('base64'),
      },
    });
    await worker.ok('sendMessage', {
      params: { id },
      body: { clientMsgId: newClientMsgId(), body: '', attachmentIds: [pdf.id] },
    });
    const served = await coordinator.call('downloadAttachment', {
      params: { id, attachmentId: pdf.id },
    });
    expect(served.rawPayload.includes('MARKER-')).toBe(true);

    const tables = await queryRows<{ name: string }>(
      t.ctx.db,
      sql`select table_name as name from information_schema.tables
          where table_schema = 'public' and table_type = 'BASE TABLE'`,
    );
    expect(tables.map((r) => r.name)).toContain('consultation_messages');
    expect(tables.map((r) => r.name)).toContain('consultation_attachments');
    const encodedMarkers = [marker, JSON.stringify(marker).slice(1, -1), 'MARKER-'];
    for (const { name } of tables) {
      const rows = await queryRows<{ row: string }>(
        t.ctx.db,
        sql`select row_to_json(t)::text as row from ${sql.identifier(name)} t`,
      );
      for (const { row } of rows) {
        for (const needle of encodedMarkers) expect(row, name).not.toContain(needle);
      }
    }
  });
});
