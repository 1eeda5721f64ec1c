import { beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { signInAs, type FixturePerson } from '../testing/fixtures.ts';
import { addLicensedCoordinator, startConsultationAs } from '../testing/consultation-fixtures.ts';
import { auditLog, consultations } from '../platform/db/schema/index.ts';
import { onShiftNow } from '../testing/shift-fixtures.ts';
import type { TestClient } from '../testing/test-client.ts';
import { useTestApp, useTenant } from '../testing/use-test-app.ts';

const t = useTestApp();
const tenant = useTenant(t, 'closing');
let secondNurse: FixturePerson;

const coding = {
  topics: ['childcare'],
  lifeEvents: [],
  severity: 'low',
  outcome: 'advice_given',
  referrals: [],
} as const;

beforeAll(async () => {
  secondNurse = await addLicensedCoordinator(t.ctx, {
    municipalityId: tenant.municipalityId,
    label: 'second-nurse',
    licenceType: 'nurse',
    licenceNumber: '7777777',
  });
  for (const person of [tenant.people.coordinator, secondNurse]) {
    await onShiftNow(t.ctx, tenant, person);
  }
});

async function holderOf(consultationId: string) {
  const [row] = await t.ctx.db
    .select({ holder: consultations.assignedCoordinatorId })
    .from(consultations)
    .where(eq(consultations.id, consultationId));
  return row?.holder ?? null;
}

/** Starts a consultation as the worker, and says who it was routed to and why. */
async function startRouted(worker: TestClient) {
  const started = await startConsultationAs(worker);
  const id = started.consultation.id;
  const holder = await holderOf(id);
  expect(holder).not.toBeNull();
  const supervisor = await signInAs(t, tenant.people.supervisor);
  const why = await supervisor.ok('getAssignment', { params: { id } });
  return { id, holder, reasons: why.reasons.map((r) => r.code) };
}

async function closeAsHolder(id: string, holder: string | null) {
  const person = holder === secondNurse.id ? secondNurse : tenant.people.coordinator;
  await (await signInAs(t, person)).ok('closeConsultation', { params: { id }, body: { coding } });
}

describe('the end of a consultation for the person', () => {
  it('keeps the rating and the next-time choice, and the router honours the choice', async () => {
    const worker = await signInAs(t, tenant.people.worker);
    const first = await startRouted(worker);
    expect(
      (await worker.call('getConsultationClosing', { params: { id: first.id } })).json().error.code,
    ).toBe('CONFLICT');
    await closeAsHolder(first.id, first.holder);
    expect(await worker.ok('getConsultationClosing', { params: { id: first.id } })).toEqual({
      rating: null,
      sameCoordinatorNextTime: true,
    });

    await worker.ok('rateConsultation', {
      params: { id: first.id },
      body: { score: 4, comment: '夜でも話を聞いてもらえました' },
    });
    const rated = await worker.ok('getConsultationClosing', { params: { id: first.id } });
    expect(rated.rating).toMatchObject({ score: 4, comment: '夜でも話を聞いてもらえました' });
    const twice = await worker.call('rateConsultation', {
      params: { id: first.id },
      body: { score: 1 },
    });
    expect(twice.json().error.code).toBe('CONFLICT');
    expect(
      (await worker.ok('getConsultationClosing', { params: { id: first.id } })).rating?.score,
    ).toBe(4);

    // Asked for someone else next time: no continuity.
    const declined = await worker.ok('chooseNextTimeCoordinator', {
      params: { id: first.id },
      body: { sameCoordinator: false },
    });
    expect(declined.sameCoordinatorNextTime).toBe(false);
    const second = await startRouted(worker);
    expect(second.reasons).not.toContain('continuity');
    await closeAsHolder(second.id, second.holder);

    // Left as it was after the second: back to that coordinator.
    const third = await startRouted(worker);
    expect(third.reasons[0]).toBe('continuity');
    expect(third.holder).toBe(second.holder);
    expect(
      (
        await worker.call('chooseNextTimeCoordinator', {
          params: { id: third.id },
          body: { sameCoordinator: false },
        })
      ).json().error.code,
    ).toBe('CONFLICT');

    const audited = await t.ctx.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(
        and(eq(auditLog.action, 'consultation.next_time_chosen'), eq(auditLog.targetId, first.id)),
      );
    expect(audited).toHaveLength(1);
  });

  it('is nobody else’s to read or change', async () => {
    const worker = await signInAs(t, tenant.people.worker);
    const started = await startRouted(worker);
    await closeAsHolder(started.id, started.holder);
    for (const person of [
      tenant.people.family,
      tenant.people.coordinator,
      tenant.people.supervisor,
      tenant.people.employerAdmin,
    ]) {
      const client = await signInAs(t, person);
      const read = await client.call('getConsultationClosing', { params: { id: started.id } });
      expect(read.statusCode, person.email).toBe(404);
      const change = await client.call('chooseNextTimeCoordinator', {
        params: { id: started.id },
        body: { sameCoordinator: false },
      });
      expect(change.statusCode, person.email).toBe(404);
    }
    expect(
      (await worker.ok('getConsultationClosing', { params: { id: started.id } }))
        .sameCoordinatorNextTime,
    ).toBe(true);
    const bad = await worker.call('chooseNextTimeCoordinator', {
      params: { id: started.id },
      body: { sameCoordinator: 'yes' } as never,
    });
    expect(bad.json().error.code).toBe('VALIDATION_FAILED');
  });
});
