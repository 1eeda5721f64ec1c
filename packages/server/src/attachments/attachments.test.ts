import crypto from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { api, attachmentUrl, type TAttachment } from '@yorisoi/shared';
import { testKeyring } from '../testing/test-app.ts';
import { createTenant, signInAs } from '../testing/fixtures.ts';
import { newClientMsgId, startConsultationAs } from '../testing/consultation-fixtures.ts';
import type { TestClient } from '../testing/test-client.ts';
import { snapshotDatabase } from '../testing/db-snapshot.ts';
import { jpegWithMetadata, noisePng, pdfWithMetadata } from '../testing/file-fixtures.ts';
import { auditLog, consultationAttachments } from '../platform/db/schema/index.ts';
import { parseKeyring } from '../platform/crypto/keyring.ts';
import { openAttachmentData } from './attachment-data.ts';
import { purgeUnsentAttachments, unsentAttachmentHours } from './unsent-sweep.ts';
import { useTestApp, useTenant } from '../testing/use-test-app.ts';

/**
 * Files in the chat through the real server: upload, send, download by the parties only,
 * metadata gone from what is stored and served, refusals that change nothing.
 */
let worker: TestClient;
let coordinator: TestClient;
let consultationId = '';
const marker = 'GPS-MARKER-5d2e';

const t = useTestApp(() => ({
  ATTACHMENT_MAX_FILE_BYTES: '60000',
  ATTACHMENT_MAX_MESSAGE_BYTES: '100000',
}));
const tenant = useTenant(t, 'files');
beforeAll(async () => {
  worker = await signInAs(t, tenant.people.worker);
  coordinator = await signInAs(t, tenant.people.coordinator);
  consultationId = (await startConsultationAs(worker)).consultation.id;
  await coordinator.ok('claimConsultation', { params: { id: consultationId } });
});

function upload(client: TestClient, file: Buffer, mimeType: string, id = consultationId) {
  return client.call('uploadAttachment', {
    params: { id },
    body: { clientUploadId: crypto.randomUUID(), mimeType, data: file.toString('base64') },
  });
}

async function uploaded(client: TestClient, file: Buffer, mimeType: string) {
  const response = await upload(client, file, mimeType);
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as TAttachment;
}

function download(client: TestClient, attachmentId: string, id = consultationId) {
  return client.call('downloadAttachment', { params: { id, attachmentId } });
}

const errorCode = (response: { json(): unknown }) =>
  (response.json() as { error: { code: string } }).error.code;

describe('attachments', () => {
  it('a photo with GPS reaches the coordinator upright and without any metadata', async () => {
    const photo = await uploaded(worker, await jpegWithMetadata(marker), 'image/jpeg');
    expect(photo).toMatchObject({ mimeType: 'image/jpeg', width: 20, height: 40 });
    const ack = await worker.ok('sendMessage', {
      params: { id: consultationId },
      body: { clientMsgId: newClientMsgId(), body: '', attachmentIds: [photo.id] },
    });
    const page = await coordinator.ok('listMessages', {
      params: { id: consultationId },
      query: { afterSeq: ack.seq - 1 },
    });
    const { consultationId: _c, createdAt: _at, ...described } = photo;
    expect(page.items[0]).toMatchObject({ seq: ack.seq, body: '', attachments: [described] });

    const response = await download(coordinator, photo.id);
    expect(response.statusCode).toBe(200);
    expect(response.headers).toMatchObject({
      'content-type': 'image/jpeg',
      'x-content-type-options': 'nosniff',
      'cache-control': 'private, no-store',
    });
    expect(response.headers['content-disposition']).toMatch(/^inline; filename="yorisoi-.+\.jpg"$/);
    expect(response.headers['content-security-policy']).toContain('sandbox');
    const served = response.rawPayload;
    expect(served.includes(marker)).toBe(false);
    expect(served.includes('Exif')).toBe(false);
    const meta = await sharp(served).metadata();
    expect([meta.width, meta.height, meta.exif, meta.xmp]).toEqual([20, 40, undefined, undefined]);

    const [stored] = await t.ctx.db
      .select()
      .from(consultationAttachments)
      .where(eq(consultationAttachments.id, photo.id));
    const plain = openAttachmentData(t.ctx.keyring, stored!);
    expect(plain.equals(served)).toBe(true);
    // Rotation: a keyring with a new active key still opens what the old key sealed.
    const rotated = parseKeyring(
      `next:${crypto.randomBytes(32).toString('base64')},${testKeyring}`,
    );
    expect(openAttachmentData(rotated, stored!).equals(served)).toBe(true);

    const audited = await t.ctx.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'consultation.read'), eq(auditLog.targetId, consultationId)));
    expect(audited.filter((a) => a.detail.attachmentId === photo.id)).toHaveLength(1);
  });

  it('a PDF is served as a download without its document metadata', async () => {
    const pdf = await uploaded(
      coordinator,
      await pdfWithMetadata(marker, 'PDF-BODY'),
      'application/pdf',
    );
    await coordinator.ok('sendMessage', {
      params: { id: consultationId },
      body: { clientMsgId: newClientMsgId(), body: '資料です', attachmentIds: [pdf.id] },
    });
    const response = await download(worker, pdf.id);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename=".+\.pdf"$/);
    expect(response.rawPayload.includes('PDF-BODY')).toBe(true);
    expect(response.rawPayload.includes(marker)).toBe(false);
  });

  it('a retried upload or send never duplicates anything', async () => {
    const clientUploadId = crypto.randomUUID();
    const body = {
      clientUploadId,
      mimeType: 'image/jpeg',
      data: (await jpegWithMetadata('x')).toString('base64'),
    };
    const first = await worker.ok('uploadAttachment', { params: { id: consultationId }, body });
    const again = await worker.ok('uploadAttachment', { params: { id: consultationId }, body });
    expect(again.id).toBe(first.id);
    const other = await coordinator.call('uploadAttachment', {
      params: { id: consultationId },
      body,
    });
    expect(errorCode(other)).toBe('CONFLICT');

    const send = { clientMsgId: newClientMsgId(), body: '写真', attachmentIds: [first.id] };
    const ack = await worker.ok('sendMessage', { params: { id: consultationId }, body: send });
    const retry = await worker.ok('sendMessage', { params: { id: consultationId }, body: send });
    expect(retry.seq).toBe(ack.seq);
    const page = await worker.ok('listMessages', { params: { id: consultationId } });
    expect(page.items.filter((m) => m.clientMsgId === send.clientMsgId)).toHaveLength(1);
    expect(page.lastSeq).toBe(ack.seq);

    const reuse = await worker.call('sendMessage', {
      params: { id: consultationId },
      body: { clientMsgId: newClientMsgId(), body: '', attachmentIds: [first.id] },
    });
    expect(errorCode(reuse)).toBe('ATTACHMENT_NOT_AVAILABLE');
    const changed = await worker.call('sendMessage', {
      params: { id: consultationId },
      body: { ...send, attachmentIds: [] },
    });
    expect(errorCode(changed)).toBe('CONFLICT');
  });

  it('refuses lying, unsupported and oversized files, and changes nothing', async () => {
    const before = await snapshotDatabase(t.ctx.db);
    const jpeg = await jpegWithMetadata(marker);
    const cases: [Buffer, string, string][] = [
      [jpeg, 'image/png', 'ATTACHMENT_TYPE_MISMATCH'],
      [Buffer.from('%PDF-1.7 not really'), 'application/pdf', 'ATTACHMENT_UNREADABLE'],
      [Buffer.from('<html><script>alert(1)</script>'), 'image/jpeg', 'ATTACHMENT_TYPE_MISMATCH'],
      [Buffer.from('<svg/>'), 'image/svg+xml', 'ATTACHMENT_TYPE_NOT_ALLOWED'],
      [jpeg, 'image/heic', 'ATTACHMENT_HEIC_NOT_SUPPORTED'],
      [await noisePng(160), 'image/png', 'ATTACHMENT_TOO_LARGE'],
    ];
    for (const [file, type, code] of cases) {
      const response = await upload(worker, file, type);
      expect(errorCode(response), `${type} → ${code}`).toBe(code);
    }
    const tooLargeForJson = await worker.call('uploadAttachment', {
      params: { id: consultationId },
      body: {
        clientUploadId: crypto.randomUUID(),
        mimeType: 'image/png',
        data: Buffer.alloc(200_000).toString('base64'),
      },
    });
    expect(tooLargeForJson.statusCode).toBe(413);
    expect(await snapshotDatabase(t.ctx.db)).toBe(before);
  });

  it('limits the total size of one message', async () => {
    const files = [];
    for (let i = 0; i < 3; i++)
      files.push(await uploaded(worker, await noisePng(120), 'image/png'));
    const response = await worker.call('sendMessage', {
      params: { id: consultationId },
      body: { clientMsgId: newClientMsgId(), body: '', attachmentIds: files.map((f) => f.id) },
    });
    expect(errorCode(response)).toBe('ATTACHMENT_TOO_LARGE');
    await worker.ok('sendMessage', {
      params: { id: consultationId },
      body: { clientMsgId: newClientMsgId(), body: '', attachmentIds: [files[0]!.id] },
    });
  });

  it('shows files to the parties only: not to employers, city staff, other people or unsent to others', async () => {
    const unsent = await uploaded(worker, await jpegWithMetadata('u'), 'image/jpeg');
    expect((await download(worker, unsent.id)).statusCode).toBe(200);
    expect((await download(coordinator, unsent.id)).statusCode).toBe(404);
    const supervisor = await signInAs(t, tenant.people.supervisor);
    expect((await download(supervisor, unsent.id)).statusCode).toBe(404);

    const sent = await uploaded(worker, await jpegWithMetadata('s'), 'image/jpeg');
    await worker.ok('sendMessage', {
      params: { id: consultationId },
      body: { clientMsgId: newClientMsgId(), body: '', attachmentIds: [sent.id] },
    });
    expect((await download(supervisor, sent.id)).statusCode).toBe(200);
    const outsiders = [tenant.people.employerAdmin, tenant.people.cityStaff, tenant.people.family];
    for (const person of outsiders) {
      const client = await signInAs(t, person);
      const response = await download(client, sent.id);
      expect(response.statusCode, person.role).toBe(404);
      expect(response.rawPayload.length).toBeLessThan(1000);
      expect(errorCode(await upload(client, await jpegWithMetadata('o'), 'image/jpeg'))).toBe(
        'NOT_FOUND',
      );
    }
    const forged = crypto.randomUUID();
    expect((await download(worker, sent.id, forged)).statusCode).toBe(404);
    expect(errorCode(await upload(worker, await jpegWithMetadata('f'), 'image/jpeg', forged))).toBe(
      'NOT_FOUND',
    );
    expect(
      (
        await worker.call('sendMessage', {
          params: { id: consultationId },
          body: { clientMsgId: newClientMsgId(), body: '', attachmentIds: [forged] },
        })
      ).statusCode,
    ).toBe(409);
    expect(attachmentUrl(consultationId, sent.id)).toBe(
      api.downloadAttachment.path.replace(':id', consultationId).replace(':attachmentId', sent.id),
    );
  });

  it('are in the person’s export and erased with the account', async () => {
    const exported = await worker.ok('exportMyData');
    const files = exported.consultations.flatMap((c) => c.messages.flatMap((m) => m.attachments));
    expect(files.length).toBeGreaterThanOrEqual(3);
    expect(files[0]).toMatchObject({ mimeType: 'image/jpeg', width: 20, height: 40 });

    await worker.ok('requestDeletion', { body: { confirm: true } });
    t.clock.advance((t.ctx.config.deletionGraceDays + 1) * 86_400_000);
    const { purgeDueAccounts } = await import('../me/me.service.ts');
    await purgeDueAccounts(t.ctx);
    const left = await t.ctx.db
      .select({ id: consultationAttachments.id })
      .from(consultationAttachments)
      .where(eq(consultationAttachments.consultationId, consultationId));
    expect(left).toHaveLength(0);
  });
});

describe('uploads no message took', () => {
  it('are deleted after a day; sent files and fresh uploads stay', async () => {
    // Its own person: the one above was erased with their account.
    const other = await createTenant(t.ctx, 'files-unsent');
    const person = await signInAs(t, other.people.worker);
    const id = (await startConsultationAs(person)).consultation.id;
    const uploadTo = async () => {
      const response = await upload(person, await noisePng(40), 'image/png', id);
      expect(response.statusCode, response.body).toBe(200);
      return response.json() as TAttachment;
    };
    const sent = await uploadTo();
    await person.ok('sendMessage', {
      params: { id },
      body: { clientMsgId: newClientMsgId(), body: '写真です', attachmentIds: [sent.id] },
    });
    const orphan = await uploadTo();
    t.clock.advance((unsentAttachmentHours + 1) * 3_600_000);
    const fresh = await uploadTo();

    expect(await purgeUnsentAttachments(t.ctx)).toBeGreaterThanOrEqual(1);
    const left = new Set(
      (await t.ctx.db.select({ id: consultationAttachments.id }).from(consultationAttachments)).map(
        (r) => r.id,
      ),
    );
    expect(left.has(orphan.id)).toBe(false);
    expect(left.has(sent.id)).toBe(true);
    expect(left.has(fresh.id)).toBe(true);
    expect((await download(person, sent.id, id)).statusCode).toBe(200);
  });
});
