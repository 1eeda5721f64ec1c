import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createTenant, signInAs } from '../testing/fixtures.ts';
import { newClientMsgId, takenConsultation } from '../testing/consultation-fixtures.ts';
import { queryRows } from '../platform/db/database.ts';
import { pdfWithMetadata } from '../testing/file-fixtures.ts';
import { signUpThroughMail } from '../testing/sign-up-mail.ts';
import { useSmtpSink } from '../testing/use-smtp-sink.ts';
import { useTestApp } from '../testing/use-test-app.ts';

/**
 * A database dump contains no plaintext of what people wrote, nor of who they are: every
 * row of every table, as JSON (what `pg_dump` would print, and more), is searched.
 */
const smtp = useSmtpSink();
const t = useTestApp(() => ({ SMTP_URL: smtp.url }));

/** Every row of every table of the public schema, as JSON text, with its table's name. */
async function dumpRows(): Promise<{ table: string; row: string }[]> {
  const tables = await queryRows<{ name: string }>(
    t.ctx.db,
    sql`select table_name as name from information_schema.tables
        where table_schema = 'public' and table_type = 'BASE TABLE'`,
  );
  const all: { table: string; row: string }[] = [];
  for (const { name } of tables) {
    const rows = await queryRows<{ row: string }>(
      t.ctx.db,
      sql`select row_to_json(t)::text as row from ${sql.identifier(name)} t`,
    );
    all.push(...rows.map(({ row }) => ({ table: name, row })));
  }
  return all;
}

/** A string as it stands in a dump: itself, and escaped as JSON text. */
const encodings = (text: string) => [text, JSON.stringify(text).slice(1, -1)];

describe('consultation content at rest', () => {
  it('is nowhere in the database in plaintext, yet reads back for its parties', async () => {
    const tenant = await createTenant(t.ctx, 'sealed');
    const marker = 'MARKER-夜勤明けの動悸-7f3a';
    const { worker, coordinator, id } = await takenConsultation(t, tenant, `first ${marker}`);
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

    const dump = await dumpRows();
    expect(dump.map((r) => r.table)).toContain('consultation_messages');
    expect(dump.map((r) => r.table)).toContain('consultation_attachments');
    const encodedMarkers = [...encodings(marker), 'MARKER-'];
    for (const { table, row } of dump) {
      for (const needle of encodedMarkers) expect(row, table).not.toContain(needle);
    }
  });
});

describe('identities at rest', () => {
  it('hold no name, e-mail or birth year of any person, yet read back for the screens', async () => {
    const tenant = await createTenant(t.ctx, 'identity');
    const email = 'sealed.identity.person@example.com';
    const person = await signUpThroughMail(t, smtp.mails, {
      inviteCode: tenant.inviteCode,
      email,
      password: 'a long enough password',
      displayName: '封印 花子',
      nickname: 'はなちゃん封印',
    });
    const profile = await person.ok('updateProfile', { body: { birthYear: 1987 } });
    expect(profile.user).toMatchObject({
      email,
      displayName: '封印 花子',
      nickname: 'はなちゃん封印',
      birthYear: 1987,
    });
    const supervisor = await signInAs(t, tenant.people.supervisor);
    const team = await supervisor.ok('listCareTeam');
    expect(team.items.map((m) => m.email)).toContain(tenant.people.coordinator.email);
    expect(team.items.map((m) => m.displayName)).toContain(tenant.people.coordinator.displayName);

    const people = [
      ...Object.values(tenant.people).flatMap((p) => [p.email, p.displayName]),
      email,
      '封印 花子',
      'はなちゃん封印',
    ];
    for (const { table, row } of await dumpRows()) {
      for (const needle of people.flatMap(encodings)) expect(row, table).not.toContain(needle);
      expect(row, table).not.toMatch(/"birth_year":\s*1987/);
    }
  });
});
