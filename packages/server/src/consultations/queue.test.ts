import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { signInAs } from '../testing/fixtures.ts';
import { setLicenceState, startConsultationAs } from '../testing/consultation-fixtures.ts';
import { useTestApp, useTenant } from '../testing/use-test-app.ts';

const t = useTestApp();
const tenant = useTenant(t, 'queue');
const other = useTenant(t, 'queue-other');

describe('the care team queue', () => {
  it('lists waiting consultations by urgency, then waiting time, without content or identity', async () => {
    const worker = await signInAs(t, tenant.people.worker);
    const family = await signInAs(t, tenant.people.family);
    const first = await startConsultationAs(worker, 'QUEUE-SECRET-1');
    t.clock.advance(60_000);
    const second = await startConsultationAs(family, 'QUEUE-SECRET-2');
    await t.ctx.db.execute(
      sql`update consultations set urgency = 2 where id = ${second.consultation.id}`,
    );
    await startConsultationAs(await signInAs(t, other.people.worker), 'OTHER-TENANT');

    const coordinator = await signInAs(t, tenant.people.coordinator);
    const response = await coordinator.call('listQueue');
    const queue = response.json() as { items: { id: string; position: number }[] };
    expect(queue.items.map((e) => e.id)).toEqual([second.consultation.id, first.consultation.id]);
    expect(queue.items.map((e) => e.position)).toEqual([1, 2]);
    for (const secret of [
      'QUEUE-SECRET',
      'OTHER-TENANT',
      tenant.people.worker.id,
      tenant.people.worker.displayName,
    ]) {
      expect(response.body).not.toContain(secret);
    }

    await coordinator.ok('claimConsultation', { params: { id: second.consultation.id } });
    expect((await coordinator.ok('listQueue')).items.map((e) => e.id)).toEqual([
      first.consultation.id,
    ]);
  });

  it('is closed to people who cannot take consultations', async () => {
    for (const person of [
      tenant.people.worker,
      tenant.people.employerAdmin,
      tenant.people.cityStaff,
    ]) {
      const client = await signInAs(t, person);
      expect((await client.call('listQueue')).statusCode).toBe(403);
    }
    await setLicenceState(t.ctx, tenant.people.coordinator.id, 'pending');
    const unverified = await signInAs(t, tenant.people.coordinator);
    expect((await unverified.call('listQueue')).json().error.code).toBe('LICENCE_NOT_VERIFIED');
    await setLicenceState(t.ctx, tenant.people.coordinator.id, 'verified');
    const supervisor = await signInAs(t, tenant.people.supervisor);
    expect((await supervisor.call('listQueue')).statusCode).toBe(200);
  });
});
