import { describe, expect, it } from 'vitest';
import { signInAs } from '../testing/fixtures.ts';
import {
  childcareCoding as coding,
  newClientMsgId,
  startConsultationAs,
} from '../testing/consultation-fixtures.ts';
import { useTestApp, useTenant } from '../testing/use-test-app.ts';

const t = useTestApp();
const tenant = useTenant(t, 'person-context');
const other = useTenant(t, 'person-context-other');

describe('the person beside the conversation', () => {
  it('shows earlier consultations as coded, open referrals and the risk history, never their text', async () => {
    const worker = await signInAs(t, tenant.people.worker);
    const coordinator = await signInAs(t, tenant.people.coordinator);
    const supervisor = await signInAs(t, tenant.people.supervisor);

    const earlier = await startConsultationAs(worker, '子どもの夜泣きで眠れません');
    await coordinator.ok('claimConsultation', { params: { id: earlier.consultation.id } });
    const resource = await supervisor.ok('createReferralResource', {
      body: { type: 'children_family_center', name: 'こども家庭センター', phone: '099-000-0002' },
    });
    await coordinator.ok('addReferral', {
      params: { id: earlier.consultation.id },
      body: { resourceId: resource.id },
    });
    await coordinator.ok('closeConsultation', {
      params: { id: earlier.consultation.id },
      body: { coding },
    });

    const now = await startConsultationAs(worker, 'また相談させてください');
    const id = now.consultation.id;
    await coordinator.ok('claimConsultation', { params: { id } });
    await worker.ok('sendMessage', {
      params: { id },
      body: { clientMsgId: newClientMsgId(), body: 'もう消えたい' },
    });

    // The console's list says how long the person has waited for a reply.
    const mine = await coordinator.ok('listMyConsultations');
    expect(mine.items.find((c) => c.id === id)?.awaitingReplySince).toEqual(expect.any(String));
    await coordinator.ok('sendMessage', {
      params: { id },
      body: { clientMsgId: newClientMsgId(), body: 'お話を聞かせてください。' },
    });
    const answered = await coordinator.ok('listMyConsultations');
    expect(answered.items.find((c) => c.id === id)?.awaitingReplySince).toBeNull();
    expect((await worker.ok('listMyConsultations')).items[0]).not.toHaveProperty(
      'awaitingReplySince',
    );

    const context = await coordinator.ok('getPersonContext', { params: { id } });
    expect(context.person.role).toBe('worker');
    expect(context.previous).toEqual([
      expect.objectContaining({
        id: earlier.consultation.id,
        status: 'closed',
        withMe: true,
        coding: expect.objectContaining({ severity: coding.severity, outcome: coding.outcome }),
      }),
    ]);
    expect(context.openReferrals).toEqual([
      expect.objectContaining({
        target: expect.objectContaining({ name: 'こども家庭センター' }),
        status: 'proposed',
      }),
    ]);
    expect(context.riskHistory).toEqual([
      expect.objectContaining({ level: 'high', current: true, assessed: false }),
    ]);
    expect(JSON.stringify(context)).not.toContain('夜泣き');
    expect(JSON.stringify(context)).not.toContain('消えたい');
  });

  it('is only for the coordinator holding it and supervisors of the municipality', async () => {
    const worker = await signInAs(t, tenant.people.worker);
    const started = await startConsultationAs(worker);
    const id = started.consultation.id;
    for (const client of [
      worker,
      await signInAs(t, tenant.people.coordinator),
      await signInAs(t, tenant.people.cityStaff),
      await signInAs(t, other.people.supervisor),
    ]) {
      const response = await client.call('getPersonContext', { params: { id } });
      expect(response.json().error.code).toBe('NOT_FOUND');
    }
    const supervisor = await signInAs(t, tenant.people.supervisor);
    expect((await supervisor.ok('getPersonContext', { params: { id } })).previous).toEqual(
      expect.any(Array),
    );
  });
});
