import { beforeAll, describe, expect, it } from 'vitest';
import { noEvents } from '../consultations/consultation-events.ts';
import { signInAs, type FixturePerson } from '../testing/fixtures.ts';
import { addLicensedCoordinator, newClientMsgId } from '../testing/consultation-fixtures.ts';
import { onShiftNow } from '../testing/shift-fixtures.ts';
import type { TestClient } from '../testing/test-client.ts';
import { routeWaitingConsultations } from './routing.service.ts';
import { useTestApp, useTenant } from '../testing/use-test-app.ts';

const t = useTestApp(() => ({ MAX_CONCURRENT_CONSULTATIONS: '2' }));
const tenant = useTenant(t, 'routing');
let midwife: FixturePerson;

beforeAll(async () => {
  midwife = await addLicensedCoordinator(t.ctx, {
    municipalityId: tenant.municipalityId,
    label: 'midwife',
    licenceType: 'midwife',
    licenceNumber: '5555555',
  });
});

const onDutyNow = (person: FixturePerson) => onShiftNow(t.ctx, tenant, person);

const start = (client: TestClient, topics: string[], body = '相談があります') =>
  client.ok('startConsultation', {
    body: { topics: topics as never, firstMessage: { clientMsgId: newClientMsgId(), body } },
  });

describe('automatic routing', () => {
  it('keeps a consultation waiting while no one is on duty, and routes it when a shift starts', async () => {
    const worker = await signInAs(t, tenant.people.worker);
    const waiting = await start(worker, ['pregnancy_birth']);
    expect(waiting.consultation.status).toBe('queued');
    await onDutyNow(tenant.people.coordinator);
    await onDutyNow(midwife);
    expect(await routeWaitingConsultations(t.ctx, noEvents)).toBeGreaterThanOrEqual(1);
    const now = await worker.ok('getConsultation', { params: { id: waiting.consultation.id } });
    expect(now).toMatchObject({ status: 'active', coordinatorAssigned: true });
    const supervisor = await signInAs(t, tenant.people.supervisor);
    const why = await supervisor.ok('getAssignment', { params: { id: waiting.consultation.id } });
    expect(why.method).toBe('routing');
    expect(why.reasons).toContainEqual({
      code: 'licence_match',
      licence: 'midwife',
      topic: 'pregnancy_birth',
    });
  });

  it('routes at once when someone suitable is on duty, and returns a person to the coordinator they saw', async () => {
    const family = await signInAs(t, tenant.people.family);
    const first = await start(family, ['elder_care']);
    expect(first.consultation.status).toBe('active');
    const nurse = await signInAs(t, tenant.people.coordinator);
    const assignedToNurse = (await nurse.ok('listMyConsultations')).items.some(
      (c) => c.id === first.consultation.id,
    );
    const firstCoordinator = assignedToNurse ? tenant.people.coordinator : midwife;
    const firstClient = assignedToNurse ? nurse : await signInAs(t, midwife);
    await firstClient.ok('closeConsultation', {
      params: { id: first.consultation.id },
      body: {
        coding: {
          topics: ['elder_care'],
          lifeEvents: ['care_start'],
          severity: 'low',
          outcome: 'advice_given',
          referrals: [],
        },
      },
    });
    const second = await start(family, ['pregnancy_birth']);
    const client = await signInAs(t, firstCoordinator);
    const why = await client.ok('getAssignment', { params: { id: second.consultation.id } });
    expect(why.reasons[0]).toEqual({ code: 'continuity' });
    // The load now counts the consultation being explained (the walkthrough saw "0 / 3").
    expect(why.holderLoad?.active).toBeGreaterThanOrEqual(1);
    expect(why.holderLoad?.capacity).toBe(t.ctx.config.maxConcurrentConsultations);
  });

  it('does not return a person to the same coordinator when they chose not to', async () => {
    const family = await signInAs(t, tenant.people.family);
    const started = await family.ok('startConsultation', {
      body: {
        topics: ['pregnancy_birth'],
        sameCoordinator: false,
        firstMessage: { clientMsgId: newClientMsgId(), body: '別の方にも相談してみたいです' },
      },
    });
    const supervisor = await signInAs(t, tenant.people.supervisor);
    if (started.consultation.status === 'active') {
      const why = await supervisor.ok('getAssignment', { params: { id: started.consultation.id } });
      expect(why.reasons.map((r) => r.code)).not.toContain('continuity');
    } else {
      expect(started.consultation.status).toBe('queued');
    }
  });

  it('never gives a coordinator more than the configured number of consultations', async () => {
    const worker = await signInAs(t, tenant.people.worker);
    for (let i = 0; i < 5; i++) await start(worker, ['other']);
    const queue = await (await signInAs(t, tenant.people.supervisor)).ok('listQueue');
    expect(queue.items.length).toBeGreaterThan(0);
    for (const person of [tenant.people.coordinator, midwife]) {
      const client = await signInAs(t, person);
      const mine = (await client.ok('listMyConsultations')).items.filter(
        (c) => c.status === 'active',
      );
      expect(mine.length).toBeLessThanOrEqual(2);
      const claim = await client.call('claimConsultation', { params: { id: queue.items[0]!.id } });
      expect(claim.json().error.code).toBe('COORDINATOR_AT_CAPACITY');
    }
  });
});
