import { and, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { maxMessageLength } from '@yorisoi/shared';
import { readCoalesceMs } from '../audit/audit.service.ts';
import { addPerson, fixturePassword, signInAs, type FixturePerson } from '../testing/fixtures.ts';
import { TestClient } from '../testing/test-client.ts';
import { snapshotDatabase } from '../testing/db-snapshot.ts';
import {
  newClientMsgId,
  setLicenceState,
  startConsultationAs,
  strangersToConsultation,
  takenConsultation,
} from '../testing/consultation-fixtures.ts';
import { queryRows } from '../platform/db/database.ts';
import { auditLog, consultationMessages, consultations } from '../platform/db/schema/index.ts';
import { useTestApp, useTenant } from '../testing/use-test-app.ts';

const t = useTestApp();
const tenant = useTenant(t, 'care');
const other = useTenant(t, 'other');

const messageCount = async (consultationId: string) => {
  const rows = await t.ctx.db
    .select({ seq: consultationMessages.seq })
    .from(consultationMessages)
    .where(eq(consultationMessages.consultationId, consultationId));
  return rows.length;
};

describe('starting a consultation', () => {
  it('opens a queued consultation with the first message as seq 1', async () => {
    const worker = await signInAs(t, tenant.people.worker);
    const started = await startConsultationAs(worker, '眠れない日が続いています');
    expect(started.consultation).toMatchObject({
      status: 'queued',
      topics: ['childcare', 'physical_mental_health'],
      preference: 'chat',
      urgency: 0,
      lastSeq: 1,
      viewerIs: 'person',
      coordinatorAssigned: false,
    });
    expect(started.message).toMatchObject({ seq: 1, mine: true, senderRole: 'worker' });
    expect(started.message.body).toBe('眠れない日が続いています');
    const mine = await worker.ok('listMyConsultations');
    expect(mine.items.map((c) => c.id)).toContain(started.consultation.id);
    expect(JSON.stringify(mine)).not.toContain(tenant.organizations[0]!.id);
  });

  it('lets a family member consult too', async () => {
    const family = await signInAs(t, tenant.people.family);
    const started = await startConsultationAs(family);
    expect(started.message.senderRole).toBe('family');
  });

  it('returns the same consultation when a start is retried, also concurrently', async () => {
    const worker = await signInAs(t, tenant.people.worker);
    const body = {
      topics: ['career'],
      firstMessage: { clientMsgId: newClientMsgId(), body: '転職を考えています' },
    };
    const results = await Promise.all(
      Array.from({ length: 5 }, () => worker.ok('startConsultation', { body })),
    );
    expect(new Set(results.map((r) => r.consultation.id)).size).toBe(1);
    const again = await worker.ok('startConsultation', { body });
    expect(again.consultation.id).toBe(results[0]!.consultation.id);
    expect(await messageCount(again.consultation.id)).toBe(1);
  });

  it('requires current consent, and changes nothing without it', async () => {
    const person = await addPerson(t.ctx, {
      municipalityId: tenant.municipalityId,
      organizationId: tenant.organizations[0]!.id,
      role: 'worker',
      label: 'no-consent',
    });
    const worker = await signInAs(t, person);
    const before = await snapshotDatabase(t.ctx.db);
    const response = await worker.call('startConsultation', {
      body: {
        topics: ['mental_health'],
        firstMessage: { clientMsgId: newClientMsgId(), body: 'x' },
      },
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('CONSENT_REQUIRED');
    expect(await snapshotDatabase(t.ctx.db)).toBe(before);
  });

  it.each(['coordinator', 'supervisor', 'employerAdmin', 'cityStaff'] as const)(
    'is refused to %s',
    async (role) => {
      const client = await signInAs(t, tenant.people[role]);
      const response = await client.call('startConsultation', {
        body: { topics: ['other'], firstMessage: { clientMsgId: newClientMsgId(), body: 'x' } },
      });
      expect(response.statusCode).toBe(403);
    },
  );
});

describe('claiming', () => {
  it('assigns a waiting consultation to a coordinator with a verified licence, once', async () => {
    const worker = await signInAs(t, tenant.people.worker);
    const started = await startConsultationAs(worker);
    const coordinator = await signInAs(t, tenant.people.coordinator);
    const claimed = await coordinator.ok('claimConsultation', {
      params: { id: started.consultation.id },
    });
    expect(claimed).toMatchObject({
      status: 'active',
      viewerIs: 'assigned_coordinator',
      coordinatorAssigned: true,
    });
    // Claiming again is a no-op for the same coordinator, a conflict for anyone else.
    await coordinator.ok('claimConsultation', { params: { id: started.consultation.id } });
    const supervisor = await signInAs(t, tenant.people.supervisor);
    const taken = await supervisor.call('claimConsultation', {
      params: { id: started.consultation.id },
    });
    expect(taken.json().error.code).toBe('CONFLICT');
    const audit = await t.ctx.db
      .select()
      .from(auditLog)
      .where(
        and(
          eq(auditLog.action, 'consultation.claimed'),
          eq(auditLog.targetId, started.consultation.id),
        ),
      );
    expect(audit).toHaveLength(1);
  });

  it('is refused to a coordinator whose licence is not verified, changing nothing', async () => {
    const person = await addPerson(t.ctx, {
      municipalityId: tenant.municipalityId,
      role: 'coordinator',
      label: 'unverified',
    });
    const { coordinatorLicences } = await import('../platform/db/schema/index.ts');
    await t.ctx.db.insert(coordinatorLicences).values({
      userId: person.id,
      municipalityId: tenant.municipalityId,
      licenceType: 'midwife',
      licenceNumber: '5555555',
    });
    const worker = await signInAs(t, tenant.people.worker);
    const started = await startConsultationAs(worker);
    const coordinator = await signInAs(t, person);
    for (const state of ['pending', 'rejected'] as const) {
      await setLicenceState(t.ctx, person.id, state);
      const before = await snapshotDatabase(t.ctx.db);
      const response = await coordinator.call('claimConsultation', {
        params: { id: started.consultation.id },
      });
      expect(response.statusCode).toBe(403);
      expect(response.json().error.code).toBe('LICENCE_NOT_VERIFIED');
      expect(await snapshotDatabase(t.ctx.db)).toBe(before);
    }
  });

  it('is refused to staff who have not passed their second factor', async () => {
    const client = new TestClient(t.app);
    await client.ok('signIn', {
      body: { email: tenant.people.coordinator.email, password: fixturePassword },
    });
    const worker = await signInAs(t, tenant.people.worker);
    const started = await startConsultationAs(worker);
    const response = await client.call('claimConsultation', {
      params: { id: started.consultation.id },
    });
    expect(response.json().error.code).toBe('MFA_VERIFICATION_REQUIRED');
  });
});

describe('sending messages', () => {
  it('acknowledges a committed message with the next seq; a retry returns the same seq', async () => {
    const { worker, id } = await takenConsultation(t, tenant);
    const clientMsgId = newClientMsgId();
    const first = await worker.ok('sendMessage', {
      params: { id },
      body: { clientMsgId, body: 'おはようございます' },
    });
    expect(first).toMatchObject({ consultationId: id, clientMsgId, seq: 2 });
    const retry = await worker.ok('sendMessage', {
      params: { id },
      body: { clientMsgId, body: 'おはようございます' },
    });
    expect(retry).toEqual(first);
    expect(await messageCount(id)).toBe(2);
  });

  it('creates one message for concurrent retries of the same client id', async () => {
    const { worker, id } = await takenConsultation(t, tenant);
    const body = { clientMsgId: newClientMsgId(), body: '同時に再送' };
    const acks = await Promise.all(
      Array.from({ length: 8 }, () => worker.ok('sendMessage', { params: { id }, body })),
    );
    expect(new Set(acks.map((a) => a.seq))).toEqual(new Set([2]));
    expect(await messageCount(id)).toBe(2);
    const [row] = await t.ctx.db
      .select({ lastSeq: consultations.lastSeq })
      .from(consultations)
      .where(eq(consultations.id, id));
    expect(row?.lastSeq).toBe(2);
  });

  it('refuses a client id reused for another text, changing nothing', async () => {
    const { worker, coordinator, id } = await takenConsultation(t, tenant);
    const clientMsgId = newClientMsgId();
    await worker.ok('sendMessage', { params: { id }, body: { clientMsgId, body: 'one' } });
    const before = await snapshotDatabase(t.ctx.db);
    const otherText = await worker.call('sendMessage', {
      params: { id },
      body: { clientMsgId, body: 'two' },
    });
    expect(otherText.json().error.code).toBe('CONFLICT');
    const otherSender = await coordinator.call('sendMessage', {
      params: { id },
      body: { clientMsgId, body: 'one' },
    });
    expect(otherSender.json().error.code).toBe('CONFLICT');
    expect(await snapshotDatabase(t.ctx.db)).toBe(before);
  });

  it('numbers messages of concurrent senders without gaps, in commit order', async () => {
    const { worker, coordinator, id } = await takenConsultation(t, tenant);
    const supervisor = await signInAs(t, tenant.people.supervisor);
    // A supervisor writes only after joining openly, which announces it as line 2.
    await supervisor.ok('joinConsultation', { params: { id } });
    const sends = [worker, coordinator, supervisor].flatMap((client, who) =>
      Array.from({ length: 15 }, (_, i) =>
        client.ok('sendMessage', {
          params: { id },
          body: { clientMsgId: newClientMsgId(), body: `sender ${who} message ${i}` },
        }),
      ),
    );
    const acks = await Promise.all(sends);
    const seqs = acks.map((a) => a.seq).sort((a, b) => a - b);
    expect(seqs).toEqual(Array.from({ length: 45 }, (_, i) => i + 3));
    const page = await worker.ok('listMessages', { params: { id }, query: { limit: 500 } });
    expect(page.items.map((m) => m.seq)).toEqual(Array.from({ length: 47 }, (_, i) => i + 1));
    expect(page.lastSeq).toBe(47);
    const byClientId = new Map(acks.map((a) => [a.clientMsgId, a.seq]));
    for (const message of page.items.slice(2)) {
      expect(byClientId.get(message.clientMsgId)).toBe(message.seq);
    }
  });

  it('replays everything after a seq, in order and in pages', async () => {
    const { worker, coordinator, id } = await takenConsultation(t, tenant);
    for (let i = 0; i < 6; i++) {
      await coordinator.ok('sendMessage', {
        params: { id },
        body: { clientMsgId: newClientMsgId(), body: `reply ${i}` },
      });
    }
    const first = await worker.ok('listMessages', {
      params: { id },
      query: { afterSeq: 2, limit: 3 },
    });
    expect(first.items.map((m) => m.seq)).toEqual([3, 4, 5]);
    expect(first.hasMore).toBe(true);
    expect(first.items.every((m) => !m.mine && m.senderRole === 'coordinator')).toBe(true);
    const rest = await worker.ok('listMessages', {
      params: { id },
      query: { afterSeq: 5, limit: 3 },
    });
    expect(rest.items.map((m) => m.body)).toEqual(['reply 4', 'reply 5']);
    expect(rest.hasMore).toBe(false);
    const coordinatorView = await coordinator.ok('listMessages', { params: { id } });
    expect(coordinatorView.items.filter((m) => m.mine)).toHaveLength(6);
  });

  it('refuses new messages once closed but still answers retries of committed ones', async () => {
    const { worker, id } = await takenConsultation(t, tenant);
    const body = { clientMsgId: newClientMsgId(), body: 'before closing' };
    const ack = await worker.ok('sendMessage', { params: { id }, body });
    await t.ctx.db
      .update(consultations)
      .set({ status: 'closed', closedAt: new Date() })
      .where(eq(consultations.id, id));
    expect(await worker.ok('sendMessage', { params: { id }, body })).toEqual(ack);
    const before = await snapshotDatabase(t.ctx.db);
    const late = await worker.call('sendMessage', {
      params: { id },
      body: { clientMsgId: newClientMsgId(), body: 'after closing' },
    });
    expect(late.statusCode).toBe(409);
    expect(late.json().error.code).toBe('CONSULTATION_CLOSED');
    expect(await snapshotDatabase(t.ctx.db)).toBe(before);
  });
});

describe('receipts', () => {
  it('moves forward only, caps at the last message, and shows per participant', async () => {
    const { worker, coordinator, id } = await takenConsultation(t, tenant);
    const read = await coordinator.ok('markRead', { params: { id }, body: { readSeq: 99 } });
    expect(read).toMatchObject({
      readSeq: 1,
      deliveredSeq: 1,
      mine: true,
      readerRole: 'coordinator',
    });
    await worker.ok('sendMessage', {
      params: { id },
      body: { clientMsgId: newClientMsgId(), body: 'another' },
    });
    await coordinator.ok('markRead', { params: { id }, body: { deliveredSeq: 2 } });
    const back = await coordinator.ok('markRead', { params: { id }, body: { readSeq: 0 } });
    expect(back).toMatchObject({ readSeq: 1, deliveredSeq: 2 });
    const seen = await worker.ok('getConsultation', { params: { id } });
    expect(seen.receipts).toEqual([
      expect.objectContaining({
        readerRole: 'coordinator',
        mine: false,
        readSeq: 1,
        deliveredSeq: 2,
      }),
    ]);
  });
});

describe('audit of staff reads', () => {
  it('records one read per staff reader and page view, never the person’s own reads', async () => {
    const { worker, coordinator, id } = await takenConsultation(t, tenant);
    const count = async () =>
      (
        await t.ctx.db
          .select()
          .from(auditLog)
          .where(and(eq(auditLog.action, 'consultation.read'), eq(auditLog.targetId, id)))
      ).length;
    const before = await count();
    await worker.ok('listMessages', { params: { id } });
    await worker.ok('getConsultation', { params: { id } });
    expect(await count()).toBe(before);
    // The coordinator read it when taking it a moment ago: the same read.
    await coordinator.ok('listMessages', { params: { id } });
    expect(await count()).toBe(before);
    const supervisor = await signInAs(t, tenant.people.supervisor);
    // A page view reads the consultation, its messages and the person's context at once.
    await Promise.all([
      supervisor.ok('listMessages', { params: { id } }),
      supervisor.ok('getConsultation', { params: { id } }),
      supervisor.ok('listMessages', { params: { id } }),
    ]);
    expect(await count()).toBe(before + 1);
    // Opened again after the window: a new read, for each of them.
    t.clock.advance(readCoalesceMs + 1_000);
    await supervisor.ok('getConsultation', { params: { id } });
    await coordinator.ok('listMessages', { params: { id } });
    expect(await count()).toBe(before + 3);
  });
});

describe('who may see a consultation', () => {
  const strangers = () => strangersToConsultation(t.ctx, tenant, other);

  it('answers NOT_FOUND to everyone but its parties, through every endpoint, and changes nothing', async () => {
    const { id } = await takenConsultation(t, tenant);
    const secret = 'ひみつの相談内容';
    const worker = await signInAs(t, tenant.people.worker);
    await worker.ok('sendMessage', {
      params: { id },
      body: { clientMsgId: newClientMsgId(), body: secret },
    });
    const clients: [string, FixturePerson, TestClient][] = [];
    for (const [label, person] of await strangers()) {
      clients.push([label, person, await signInAs(t, person)]);
    }
    const before = await snapshotDatabase(t.ctx.db);
    for (const [label, person, client] of clients) {
      const calls = [
        client.call('getConsultation', { params: { id } }),
        client.call('listMessages', { params: { id } }),
        client.call('sendMessage', {
          params: { id },
          body: { clientMsgId: newClientMsgId(), body: 'intrusion' },
        }),
        client.call('markRead', { params: { id }, body: { readSeq: 1 } }),
      ];
      for (const response of await Promise.all(calls)) {
        expect(response.statusCode, `${label}: ${response.body}`).toBe(404);
        expect(response.body).not.toContain(secret);
      }
      // Claiming is for the care team of the municipality; the others learn nothing.
      const claim = await client.call('claimConsultation', { params: { id } });
      if (person.role === 'coordinator') {
        // This one holds no verified licence; with one, it would be CONFLICT (already taken).
        expect(claim.json().error.code).toBe('LICENCE_NOT_VERIFIED');
      } else {
        expect(claim.statusCode, label).toBe(404);
      }
      const listed = await client.call('listMyConsultations');
      expect(listed.body).not.toContain(id);
    }
    expect(await snapshotDatabase(t.ctx.db)).toBe(before);
  });
});

describe('bad input', () => {
  it('answers oversized, mistyped, forged and foreign requests with a clear error and changes nothing', async () => {
    const { worker, id } = await takenConsultation(t, tenant);
    const foreign = await startConsultationAs(await signInAs(t, other.people.worker));
    const before = await snapshotDatabase(t.ctx.db);
    const uuid = newClientMsgId();
    const cases: [string, unknown, string][] = [
      [id, { clientMsgId: uuid, body: 'あ'.repeat(maxMessageLength + 1) }, 'VALIDATION_FAILED'],
      [id, { clientMsgId: uuid, body: 42 }, 'VALIDATION_FAILED'],
      [id, { clientMsgId: 'not-a-uuid', body: 'x' }, 'VALIDATION_FAILED'],
      [id, { clientMsgId: uuid, body: '   ' }, 'VALIDATION_FAILED'],
      [id, { clientMsgId: uuid, body: 'nul\u0000byte' }, 'VALIDATION_FAILED'],
      [id, { clientMsgId: uuid, body: 'lone \ud800 surrogate' }, 'VALIDATION_FAILED'],
      [id, { clientMsgId: uuid }, 'VALIDATION_FAILED'],
      [id, [], 'VALIDATION_FAILED'],
      [newClientMsgId(), { clientMsgId: uuid, body: 'forged id' }, 'NOT_FOUND'],
      [foreign.consultation.id, { clientMsgId: uuid, body: 'other tenant' }, 'NOT_FOUND'],
    ];
    for (const [consultationId, body, code] of cases) {
      const response = await worker.call('sendMessage', { params: { id: consultationId }, body });
      expect(response.json().error.code, JSON.stringify(body).slice(0, 80)).toBe(code);
    }
    const malformedId = await worker.call('sendMessage', {
      params: { id: 'x; drop table consultations' },
      body: { clientMsgId: uuid, body: 'x' },
    });
    expect(malformedId.json().error.code).toBe('VALIDATION_FAILED');
    for (const query of [{ afterSeq: '-1' }, { afterSeq: 'abc' }, { limit: '100000' }]) {
      const response = await worker.call('listMessages', { params: { id }, query: query as never });
      expect(response.json().error.code).toBe('VALIDATION_FAILED');
    }
    for (const body of [{}, { readSeq: -1 }, { readSeq: 'one' }, { readSeq: 1.5 }]) {
      const response = await worker.call('markRead', { params: { id }, body });
      expect(response.json().error.code).toBe('VALIDATION_FAILED');
    }
    for (const body of [
      { topics: [], firstMessage: { clientMsgId: uuid, body: 'x' } },
      { topics: ['unknown_topic'], firstMessage: { clientMsgId: uuid, body: 'x' } },
      { topics: ['career', 'career'], firstMessage: { clientMsgId: uuid, body: 'x' } },
      { topics: ['career'], preference: 'phone', firstMessage: { clientMsgId: uuid, body: 'x' } },
      { topics: ['career'] },
    ]) {
      const response = await worker.call('startConsultation', { body });
      expect(response.json().error.code).toBe('VALIDATION_FAILED');
    }
    expect(await snapshotDatabase(t.ctx.db)).toBe(before);
  });

  it('enforces the closed vocabularies in the database too', async () => {
    const { id } = await takenConsultation(t, tenant);
    await expect(
      t.ctx.db.execute(sql`update consultations set topics = '{gossip}' where id = ${id}`),
    ).rejects.toThrow();
    await expect(
      t.ctx.db.execute(
        sql`update consultation_messages set body_sealed = 'x' where consultation_id = ${id}`,
      ),
    ).rejects.toThrow();
    const rows = await queryRows<{ n: number }>(
      t.ctx.db,
      sql`select count(*)::int as n from consultations where id = ${id} and topics = '{gossip}'`,
    );
    expect(rows[0]?.n).toBe(0);
  });
});
