import { beforeAll, describe, expect, it } from 'vitest';
import { signInAs } from '../testing/fixtures.ts';
import { newClientMsgId, startConsultationAs } from '../testing/consultation-fixtures.ts';
import { eq } from 'drizzle-orm';
import {
  consultationAssignments,
  consultations,
  slaBreaches,
} from '../platform/db/schema/index.ts';
import { onShiftNow } from '../testing/shift-fixtures.ts';
import { recordSlaBreaches } from './breaches.service.ts';
import { useTestApp, useTenant } from '../testing/use-test-app.ts';

beforeAll(async () => {
  // One consultation per coordinator, so an on-duty coordinator can be busy and a wait real.
});
const t = useTestApp(() => ({ MAX_CONCURRENT_CONSULTATIONS: '1' }));
const tenant = useTenant(t, 'sla');

describe('SLA breaches and what the waiting person is told', () => {
  it('tells the truth while no one is on duty, records a missed first answer once, then a missed next answer', async () => {
    const worker = await signInAs(t, tenant.people.worker);
    const started = await startConsultationAs(worker);
    const id = started.consultation.id;
    expect(await worker.ok('getWaitingStatus', { params: { id } })).toEqual({
      position: 1,
      onDutyNow: 0,
      estimatedWaitMinutes: null,
    });
    const queue = await (await signInAs(t, tenant.people.supervisor)).ok('listQueue');
    expect(queue.items[0]).toMatchObject({ id, overdue: false });

    t.clock.advance(16 * 60_000);
    expect(await recordSlaBreaches(t.ctx)).toBe(1);
    expect(await recordSlaBreaches(t.ctx)).toBe(0);
    expect(
      (await (await signInAs(t, tenant.people.supervisor)).ok('listQueue')).items[0]?.overdue,
    ).toBe(true);

    const coordinator = await signInAs(t, tenant.people.coordinator);
    await coordinator.ok('claimConsultation', { params: { id } });
    await coordinator.ok('sendMessage', {
      params: { id },
      body: { clientMsgId: newClientMsgId(), body: 'お待たせしました' },
    });
    expect(await recordSlaBreaches(t.ctx)).toBe(0);
    await worker.ok('sendMessage', {
      params: { id },
      body: { clientMsgId: newClientMsgId(), body: 'ありがとうございます' },
    });
    t.clock.advance(10 * 60_000);
    expect(await recordSlaBreaches(t.ctx)).toBe(0);
    t.clock.advance(30 * 60_000);
    expect(await recordSlaBreaches(t.ctx)).toBe(1);
    const rows = await t.ctx.db.select().from(slaBreaches);
    expect(rows.map((r) => r.kind).sort()).toEqual(['firstResponse', 'nextResponse']);
  });

  it('gives an estimate only with someone on duty and a history to base it on', async () => {
    await onShiftNow(t.ctx, tenant, tenant.people.coordinator, { hoursLeft: 1 });
    const family = await signInAs(t, tenant.people.family);
    const started = await startConsultationAs(family);
    // The coordinator on duty is busy with the first consultation, so this one waits;
    // the estimate rests on how long that first one waited for its coordinator.
    expect(started.consultation.status).toBe('queued');
    const [first] = await t.ctx.db.select().from(consultationAssignments);
    const [firstConsultation] = await t.ctx.db
      .select()
      .from(consultations)
      .where(eq(consultations.id, first!.consultationId));
    const firstWait =
      (first!.decidedAt.getTime() - firstConsultation!.createdAt.getTime()) / 60_000;
    expect(
      await family.ok('getWaitingStatus', { params: { id: started.consultation.id } }),
    ).toEqual({ position: 1, onDutyNow: 1, estimatedWaitMinutes: Math.ceil(firstWait) });
    const employer = await signInAs(t, tenant.people.employerAdmin);
    expect(
      (await employer.call('getWaitingStatus', { params: { id: started.consultation.id } }))
        .statusCode,
    ).toBe(404);
  });
});
