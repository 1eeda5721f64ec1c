import { beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { signInAs, type FixturePerson } from '../testing/fixtures.ts';
import {
  addLicensedCoordinator,
  childcareCoding as coding,
  newClientMsgId,
  startConsultationAs,
} from '../testing/consultation-fixtures.ts';
import type { TestClient } from '../testing/test-client.ts';
import { queryRows } from '../platform/db/database.ts';
import { AppError } from '../platform/errors.ts';
import type { Actor } from '../policy/actor.ts';
import { sendMessage } from './messages.service.ts';
import { useTestApp, useTenant } from '../testing/use-test-app.ts';

// The group commit authorizes against the consultation row as the instance last read it:
// these tests change the row behind its back and check that nothing slips through and
// nothing is refused that should be taken.

const t = useTestApp();
const tenant = useTenant(t, 'batch');
const other = useTenant(t, 'batch-elsewhere');
let second: FixturePerson;

beforeAll(async () => {
  second = await addLicensedCoordinator(t.ctx, {
    municipalityId: tenant.municipalityId,
    label: 'batch-second',
    licenceType: 'public_health_nurse',
    licenceNumber: '5555555',
  });
});

const send = (client: TestClient, id: string, body: string, clientMsgId = newClientMsgId()) =>
  client.call('sendMessage', { params: { id }, body: { clientMsgId, body } });

async function seqsOf(id: string) {
  const rows = await queryRows<{ seq: number | string }>(
    t.ctx.db,
    sql`select seq from consultation_messages where consultation_id = ${id} order by seq`,
  );
  return rows.map((r) => Number(r.seq));
}

const oneTo = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe('sends through the group commit', () => {
  it('follow a handover at once: the old coordinator is refused, the new one is taken', async () => {
    const worker = await signInAs(t, tenant.people.worker);
    const id = (await startConsultationAs(worker)).consultation.id;
    const nurse = await signInAs(t, tenant.people.coordinator);
    // Read (and remembered) while nobody is assigned: the new coordinator's first send
    // must not be refused by that old row.
    expect((await send(worker, id, 'まだ誰もいませんか')).statusCode).toBe(200);
    await nurse.ok('claimConsultation', { params: { id } });
    expect((await send(nurse, id, 'お待たせしました')).statusCode).toBe(200);
    expect((await send(worker, id, 'ありがとうございます')).statusCode).toBe(200);

    await nurse.ok('transferConsultation', {
      params: { id },
      body: { coordinatorId: second.id, handoverNote: '明朝フォロー' },
    });
    const late = await send(nurse, id, '引き継ぎ後の送信');
    expect(late.json().error.code).toBe('NOT_FOUND');
    const next = await signInAs(t, second);
    expect((await send(next, id, '担当が代わりました')).statusCode).toBe(200);
    expect((await send(worker, id, 'よろしくお願いします')).statusCode).toBe(200);
    expect(await seqsOf(id)).toEqual(oneTo(6));
  });

  it('stop at closing, and a retry of a message sent before is answered with the original', async () => {
    const worker = await signInAs(t, tenant.people.worker);
    const id = (await startConsultationAs(worker)).consultation.id;
    const nurse = await signInAs(t, second);
    await nurse.ok('claimConsultation', { params: { id } });
    const clientMsgId = newClientMsgId();
    const first = (await send(worker, id, '最後にひとつ', clientMsgId)).json();
    await nurse.ok('closeConsultation', { params: { id }, body: { coding } });
    expect((await send(worker, id, 'まだ話したいことが')).json().error.code).toBe(
      'CONSULTATION_CLOSED',
    );
    const retry = await send(worker, id, '最後にひとつ', clientMsgId);
    expect(retry.statusCode).toBe(200);
    expect(retry.json()).toEqual(first);
    expect((await send(worker, id, '別の本文', clientMsgId)).json().error.code).toBe('CONFLICT');
    expect(await seqsOf(id)).toEqual(oneTo(2));
  });

  it('number concurrent sends of both sides gap-free, each client id once, and refuse strangers', async () => {
    const worker = await signInAs(t, tenant.people.worker);
    const id = (await startConsultationAs(worker)).consultation.id;
    const nurse = await signInAs(t, second);
    await nurse.ok('claimConsultation', { params: { id } });
    const stranger = await signInAs(t, other.people.worker);
    const otherNurse = await signInAs(t, tenant.people.coordinator);
    const ids = Array.from({ length: 12 }, () => newClientMsgId());
    const answers = await Promise.all([
      ...ids.map((clientMsgId, i) => send(worker, id, `相談 ${i}`, clientMsgId)),
      // Each of the worker's sends again at the same moment: a retry racing its original.
      ...ids.map((clientMsgId, i) => send(worker, id, `相談 ${i}`, clientMsgId)),
      ...Array.from({ length: 12 }, (_, i) => send(nurse, id, `返信 ${i}`)),
      send(stranger, id, '他の自治体から'),
      send(otherNurse, id, '担当外から'),
    ]);
    const codes = answers.map((a) => (a.statusCode === 200 ? 'ok' : a.json().error.code));
    expect(codes.slice(0, 36)).toEqual(Array(36).fill('ok'));
    expect(codes.slice(36)).toEqual(['NOT_FOUND', 'NOT_FOUND']);
    // The original and its racing retry carry the same number.
    ids.forEach((_, i) => {
      expect(answers[i]!.json().seq).toBe(answers[i + 12]!.json().seq);
    });
    expect(await seqsOf(id)).toEqual(oneTo(1 + 12 + 12));
  });

  it('refuse a reused client id with other text in the same batch, and keep what was acknowledged', async () => {
    const worker = await signInAs(t, tenant.people.worker);
    const id = (await startConsultationAs(worker)).consultation.id;
    const nurse = await signInAs(t, second);
    await nurse.ok('claimConsultation', { params: { id } });
    const actorOf = (person: FixturePerson): Actor => ({
      userId: person.id,
      sessionId: 'same-batch',
      role: person.role,
      municipalityId: tenant.municipalityId,
      organizationId: person.role === 'worker' ? tenant.organizations[0]!.id : null,
      locale: 'ja',
      mfaSatisfied: true,
    });
    const [person, coordinator] = [actorOf(tenant.people.worker), actorOf(second)];
    const clientMsgId = newClientMsgId();
    const direct = (actor: Actor, body: string, messageId = newClientMsgId()) =>
      sendMessage(t.ctx, { actor, consultationId: id, clientMsgId: messageId, body }).then(
        (sent) => ({ seq: sent.message.seq, created: sent.created }),
        (error: unknown) => ({ refused: error instanceof AppError ? error.code : String(error) }),
      );
    // Called in one turn: the first goes at once, the rest wait and form one batch.
    const answers = await Promise.all([
      direct(person, '先に出る一通'),
      direct(person, '本文', clientMsgId),
      direct(person, '別の本文', clientMsgId),
      direct(coordinator, '返信', clientMsgId),
      direct(person, '本文', clientMsgId),
    ]);
    expect(answers).toEqual([
      { seq: 2, created: true },
      { seq: 3, created: true },
      { refused: 'CONFLICT' },
      { refused: 'CONFLICT' },
      { seq: 3, created: false },
    ]);
    const page = await worker.ok('listMessages', { params: { id } });
    expect(page.items.filter((m) => m.clientMsgId === clientMsgId).map((m) => m.body)).toEqual([
      '本文',
    ]);
    expect(await seqsOf(id)).toEqual(oneTo(3));
  });
});
