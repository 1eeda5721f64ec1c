import { describe, expect, it } from 'vitest';
import { signInAs } from '../testing/fixtures.ts';
import { newClientMsgId, startConsultationAs } from '../testing/consultation-fixtures.ts';
import { useTestApp, useTenant } from '../testing/use-test-app.ts';

const t = useTestApp();
const tenant = useTenant(t, 'handover');

describe('shift handover summary', () => {
  it('lists the coordinator’s open consultations with what still needs doing, risk first, and no content', async () => {
    const worker = await signInAs(t, tenant.people.worker);
    const family = await signInAs(t, tenant.people.family);
    const calm = await startConsultationAs(worker, 'HANDOVER-MARKER 仕事の相談です');
    const risky = await startConsultationAs(family, 'もう消えたいです');
    await startConsultationAs(worker, 'まだ誰も担当していない相談');
    const coordinator = await signInAs(t, tenant.people.coordinator);
    for (const c of [calm, risky])
      await coordinator.ok('claimConsultation', { params: { id: c.consultation.id } });
    await coordinator.ok('sendMessage', {
      params: { id: calm.consultation.id },
      body: { clientMsgId: newClientMsgId(), body: 'お話を聞かせてください' },
    });
    const response = await coordinator.call('getHandoverSummary');
    const summary = response.json() as {
      queueLength: number;
      items: { consultationId: string; unacknowledgedRisk: boolean; waitingForReply: boolean }[];
    };
    expect(summary.queueLength).toBe(1);
    expect(summary.items.map((i) => i.consultationId)).toEqual([
      risky.consultation.id,
      calm.consultation.id,
    ]);
    expect(summary.items[0]).toMatchObject({ unacknowledgedRisk: true, waitingForReply: true });
    expect(summary.items[1]).toMatchObject({ unacknowledgedRisk: false, waitingForReply: false });
    expect(response.body).not.toContain('HANDOVER-MARKER');
    expect((await worker.call('getHandoverSummary')).statusCode).toBe(403);
    expect(
      (await (await signInAs(t, tenant.people.employerAdmin)).call('getHandoverSummary'))
        .statusCode,
    ).toBe(403);
  });
});
