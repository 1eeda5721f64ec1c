import { beforeAll, describe, expect, it } from 'vitest';
import { addPerson, signInAs, type FixturePerson } from '../testing/fixtures.ts';
import { startConsultationAs } from '../testing/consultation-fixtures.ts';
import { snapshotDatabase } from '../testing/db-snapshot.ts';
import { useTestApp, useTenant } from '../testing/use-test-app.ts';

const t = useTestApp();
const tenant = useTenant(t, 'glass');
const other = useTenant(t, 'glass-other');
let secondSupervisor: FixturePerson;

beforeAll(async () => {
  secondSupervisor = await addPerson(t.ctx, {
    municipalityId: tenant.municipalityId,
    role: 'supervisor',
    label: 'second-supervisor',
  });
});

const reason =
  '本人が具体的な自殺の計画を示し、連絡が途絶えたため、救急要請のために氏名と連絡先が必要です。';

describe('break-glass identity disclosure', () => {
  it('needs a supervisor with a written reason and a second supervisor, and the person sees it afterwards', async () => {
    const worker = await signInAs(t, tenant.people.worker);
    const started = await startConsultationAs(worker, '死にたいです');
    const id = started.consultation.id;

    const coordinator = await signInAs(t, tenant.people.coordinator);
    expect(
      (await coordinator.call('requestDisclosure', { params: { id }, body: { reason } }))
        .statusCode,
    ).toBe(403);
    const supervisor = await signInAs(t, tenant.people.supervisor);
    const short = await supervisor.call('requestDisclosure', {
      params: { id },
      body: { reason: '緊急' },
    });
    expect(short.json().error.code).toBe('VALIDATION_FAILED');

    const requested = await supervisor.ok('requestDisclosure', {
      params: { id },
      body: { reason },
    });
    expect(requested).toMatchObject({ status: 'pending', identity: null, requestedByMe: true });
    const self = await supervisor.call('decideDisclosure', {
      params: { id: requested.id },
      body: { approve: true },
    });
    expect(self.statusCode).toBe(403);

    const second = await signInAs(t, secondSupervisor);
    const approved = await second.ok('decideDisclosure', {
      params: { id: requested.id },
      body: { approve: true },
    });
    expect(approved.status).toBe('approved');
    expect(approved.identity).toMatchObject({
      displayName: tenant.people.worker.displayName,
      email: tenant.people.worker.email,
    });
    const seenByRequester = (await supervisor.ok('listDisclosures')).items.find(
      (d) => d.id === requested.id,
    );
    expect(seenByRequester?.identity?.email).toBe(tenant.people.worker.email);
    expect(
      (
        await second.call('decideDisclosure', {
          params: { id: requested.id },
          body: { approve: false },
        })
      ).statusCode,
    ).toBe(409);

    expect((await worker.ok('listMyDisclosures')).items).toEqual([
      expect.objectContaining({ reason }),
    ]);
    const audit = (await supervisor.ok('listAuditLog')).items.map((e) => e.action);
    expect(audit).toEqual(
      expect.arrayContaining([
        'disclosure.requested',
        'disclosure.approved',
        'disclosure.identity_viewed',
      ]),
    );
  });

  it('is invisible to everyone else, and a rejected request reveals nothing', async () => {
    const family = await signInAs(t, tenant.people.family);
    const started = await startConsultationAs(family);
    const supervisor = await signInAs(t, tenant.people.supervisor);
    const requested = await supervisor.ok('requestDisclosure', {
      params: { id: started.consultation.id },
      body: { reason },
    });
    const second = await signInAs(t, secondSupervisor);
    const rejected = await second.ok('decideDisclosure', {
      params: { id: requested.id },
      body: { approve: false },
    });
    expect(rejected).toMatchObject({ status: 'rejected', identity: null });
    expect((await family.ok('listMyDisclosures')).items).toEqual([]);
    for (const person of [
      tenant.people.employerAdmin,
      tenant.people.cityStaff,
      tenant.people.coordinator,
      other.people.supervisor,
    ]) {
      const client = await signInAs(t, person);
      if (person.role !== 'supervisor')
        expect((await client.call('listDisclosures')).statusCode).toBe(403);
      const before = await snapshotDatabase(t.ctx.db);
      const decision = await client.call('decideDisclosure', {
        params: { id: requested.id },
        body: { approve: true },
      });
      expect([403, 404]).toContain(decision.statusCode);
      expect(await snapshotDatabase(t.ctx.db)).toBe(before);
    }
    const otherSupervisor = await signInAs(t, other.people.supervisor);
    expect((await otherSupervisor.ok('listDisclosures')).items).toEqual([]);
  });
});
