import { describe, expect, it } from 'vitest';
import { signInAs } from '../testing/fixtures.ts';
import {
  childcareCoding as coding,
  newClientMsgId,
  startConsultationAs,
} from '../testing/consultation-fixtures.ts';
import { snapshotDatabase } from '../testing/db-snapshot.ts';
import { useTestApp, useTenant } from '../testing/use-test-app.ts';

const t = useTestApp();
const tenant = useTenant(t, 'close');

describe('closing with case coding', () => {
  it('is done by the assigned coordinator with a complete coding, after which no message is taken', async () => {
    const worker = await signInAs(t, tenant.people.worker);
    const started = await startConsultationAs(worker);
    const id = started.consultation.id;
    const coordinator = await signInAs(t, tenant.people.coordinator);
    expect(
      (await coordinator.call('closeConsultation', { params: { id }, body: { coding } })).json()
        .error.code,
    ).toBe('NOT_FOUND');
    await coordinator.ok('claimConsultation', { params: { id } });

    const before = await snapshotDatabase(t.ctx.db);
    const incomplete = await coordinator.call('closeConsultation', {
      params: { id },
      body: { coding: { ...coding, topics: [] } },
    });
    expect(incomplete.json().error.code).toBe('VALIDATION_FAILED');
    const byPerson = await worker.call('closeConsultation', { params: { id }, body: { coding } });
    expect(byPerson.json().error.code).toBe('NOT_FOUND');
    expect(await snapshotDatabase(t.ctx.db)).toBe(before);

    const closed = await coordinator.ok('closeConsultation', { params: { id }, body: { coding } });
    expect(closed.status).toBe('closed');
    expect(closed.closedAt).not.toBeNull();
    const again = await coordinator.call('closeConsultation', { params: { id }, body: { coding } });
    expect(again.json().error.code).toBe('CONSULTATION_CLOSED');
    const late = await worker.call('sendMessage', {
      params: { id },
      body: { clientMsgId: newClientMsgId(), body: 'まだ話したいことが' },
    });
    expect(late.json().error.code).toBe('CONSULTATION_CLOSED');
  });

  it('cannot close a consultation nobody has taken yet', async () => {
    const family = await signInAs(t, tenant.people.family);
    const started = await startConsultationAs(family);
    const supervisor = await signInAs(t, tenant.people.supervisor);
    const response = await supervisor.call('closeConsultation', {
      params: { id: started.consultation.id },
      body: { coding },
    });
    expect(response.json().error.code).toBe('CONFLICT');
  });
});

describe('crisis screening of incoming messages', () => {
  it('flags a risk expression, raises urgency to the top of the queue, and lets the care team acknowledge it', async () => {
    const worker = await signInAs(t, tenant.people.worker);
    const calm = await startConsultationAs(worker, '育休明けの働き方について相談したいです');
    const risky = await startConsultationAs(worker, '最近、消えたいと思うことがあります');
    const coordinator = await signInAs(t, tenant.people.coordinator);
    const queue = await coordinator.ok('listQueue');
    const ids = queue.items.map((e) => e.id);
    expect(ids.indexOf(risky.consultation.id)).toBeLessThan(ids.indexOf(calm.consultation.id));
    expect(queue.items.find((e) => e.id === risky.consultation.id)?.urgency).toBe(3);
    expect(queue.items.find((e) => e.id === calm.consultation.id)?.urgency).toBe(0);

    // The flag is content-derived: not visible before taking the consultation, nor to the person.
    expect(
      (await coordinator.call('listRiskFlags', { params: { id: risky.consultation.id } }))
        .statusCode,
    ).toBe(404);
    expect(
      (await worker.call('listRiskFlags', { params: { id: risky.consultation.id } })).statusCode,
    ).toBe(404);
    await coordinator.ok('claimConsultation', { params: { id: calm.consultation.id } });
    await worker.ok('sendMessage', {
      params: { id: calm.consultation.id },
      body: { clientMsgId: newClientMsgId(), body: '実はもう限界で、死にたいと思う夜もあります' },
    });
    const flags = await coordinator.ok('listRiskFlags', { params: { id: calm.consultation.id } });
    expect(flags.items).toEqual([
      expect.objectContaining({
        level: 'high',
        categories: expect.arrayContaining(['suicide']),
        messageSeq: 2,
        acknowledgedAt: null,
      }),
    ]);
    const acknowledged = await coordinator.ok('acknowledgeRiskFlags', {
      params: { id: calm.consultation.id },
    });
    expect(acknowledged.items[0]?.acknowledgedAt).not.toBeNull();
    const supervisor = await signInAs(t, tenant.people.supervisor);
    const audit = await supervisor.ok('listAuditLog');
    expect(audit.items.map((e) => e.action)).toEqual(
      expect.arrayContaining(['consultation.risk_flagged', 'consultation.risk_acknowledged']),
    );
  });

  it('does not flag the care team’s own words', async () => {
    const worker = await signInAs(t, tenant.people.worker);
    const started = await startConsultationAs(worker, '仕事の相談です');
    const coordinator = await signInAs(t, tenant.people.coordinator);
    await coordinator.ok('claimConsultation', { params: { id: started.consultation.id } });
    await coordinator.ok('sendMessage', {
      params: { id: started.consultation.id },
      body: {
        clientMsgId: newClientMsgId(),
        body: '死にたいと思うほどつらいときは、いつでも教えてください',
      },
    });
    expect(
      (await coordinator.ok('listRiskFlags', { params: { id: started.consultation.id } })).items,
    ).toEqual([]);
  });
});
