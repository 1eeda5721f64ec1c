import { beforeAll, describe, expect, it } from 'vitest';
import type { TEventInput, TReferralTarget } from '@yorisoi/shared';
import { signInAs, type TenantFixture } from '../testing/fixtures.ts';
import { startConsultationAs } from '../testing/consultation-fixtures.ts';
import { snapshotDatabase } from '../testing/db-snapshot.ts';
import type { TestClient } from '../testing/test-client.ts';
import { and, eq } from 'drizzle-orm';
import { auditLog, consultationReferrals } from '../platform/db/schema/index.ts';
import { importChildcareFacilities } from '../childcare/opendata/facility-import.service.ts';
import {
  findMunicipalityById,
  listFacilities,
} from '../childcare/childcare-facilities.repository.ts';
import { useTestApp, useTenant } from '../testing/use-test-app.ts';

const t = useTestApp();
const tenant = useTenant(t, 'referral');
const other = useTenant(t, 'referral-other');

const hour = 3_600_000;
const at = (msFromNow: number) => new Date(t.ctx.now().getTime() + msFromNow).toISOString();

/** A published event of the tenant, five days from now unless told otherwise. */
async function createEvent(of: TenantFixture, overrides: Partial<TEventInput> = {}) {
  const staff = await signInAs(t, of.people.cityStaff);
  return staff.ok('createEvent', {
    body: {
      kind: 'gathering',
      title: '復職前のママパパつどい（架空）',
      description: '復職を控えた保護者の情報交換です。',
      startsAt: at(120 * hour),
      endsAt: at(122 * hour),
      placeName: '中央公民館（架空）',
      address: null,
      onlineUrl: null,
      childcare: true,
      childcareDetails: null,
      capacity: 10,
      registrationOpensAt: null,
      registrationClosesAt: null,
      target: null,
      fee: null,
      hostFacilityId: null,
      published: true,
      ...overrides,
    },
  });
}

/** Childcare facilities of the tenant, imported as its open data would be. */
async function importFacilities(of: TenantFixture, rows: string[]) {
  const municipality = await findMunicipalityById(t.ctx.db, { municipalityId: of.municipalityId });
  await importChildcareFacilities(t.ctx, {
    municipality: municipality!,
    bytes: new TextEncoder().encode(['ID,名称,名称_カナ,種別,電話番号', ...rows].join('\n')),
    actor: null,
  });
  return listFacilities(t.ctx.db, { municipalityId: of.municipalityId });
}

async function claimedConsultation(of: TenantFixture) {
  const worker = await signInAs(t, of.people.worker);
  const started = await startConsultationAs(worker, '4月から復職したいけど預け先が見つからない');
  const id = started.consultation.id;
  const coordinator = await signInAs(t, of.people.coordinator);
  await coordinator.ok('claimConsultation', { params: { id } });
  return { id, worker, coordinator };
}

const names = (items: TReferralTarget[], kind: TReferralTarget['kind']) =>
  items.filter((i) => i.kind === kind).map((i) => i.name);

describe('referral directory and follow-up', () => {
  it('lets the care team refer to a local resource and follow it up until closed', async () => {
    const supervisor = await signInAs(t, tenant.people.supervisor);
    const resource = await supervisor.ok('createReferralResource', {
      body: {
        type: 'children_family_center',
        name: 'テスト市こども家庭センター',
        phone: '099-000-0000',
      },
    });
    const bad = await supervisor.call('createReferralResource', {
      body: { type: 'children_family_center', name: 'x', url: 'javascript:alert(1)' },
    });
    expect(bad.json().error.code).toBe('VALIDATION_FAILED');

    const { id, worker, coordinator } = await claimedConsultation(tenant);
    // The older body, naming a directory resource by its id, still works.
    const referral = await coordinator.ok('addReferral', {
      params: { id },
      body: { resourceId: resource.id },
    });
    expect(referral).toMatchObject({
      status: 'proposed',
      target: {
        kind: 'resource',
        name: 'テスト市こども家庭センター',
        type: 'children_family_center',
        phone: '099-000-0000',
        page: null,
      },
    });
    expect((await coordinator.ok('listOpenReferrals')).items.map((r) => r.id)).toContain(
      referral.id,
    );
    // Referring to the same place again while it is open gives the person one card, not two.
    const again = await coordinator.ok('addReferral', {
      params: { id },
      body: { target: { kind: 'resource', id: resource.id } },
    });
    expect(again.id).toBe(referral.id);
    expect((await coordinator.ok('listReferrals', { params: { id } })).items).toHaveLength(1);
    await coordinator.ok('updateReferral', {
      params: { id: referral.id },
      body: { status: 'connected' },
    });
    const statusAudit = await t.ctx.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'referral.status_changed'), eq(auditLog.targetId, id)));
    expect(statusAudit.map((a) => a.detail)).toEqual([
      { referralId: referral.id, from: 'proposed', to: 'connected' },
    ]);
    await coordinator.ok('updateReferral', {
      params: { id: referral.id },
      body: { status: 'closed' },
    });
    expect((await coordinator.ok('listOpenReferrals')).items.map((r) => r.id)).not.toContain(
      referral.id,
    );
    expect((await coordinator.ok('listReferrals', { params: { id } })).items[0]?.status).toBe(
      'closed',
    );
    expect(
      (
        await worker.call('updateReferral', {
          params: { id: referral.id },
          body: { status: 'proposed' },
        })
      ).statusCode,
    ).toBe(404);

    const foreign = await signInAs(t, other.people.supervisor);
    expect((await foreign.ok('listReferralResources')).items).toEqual([]);
    expect(
      (
        await foreign.call('updateReferral', {
          params: { id: referral.id },
          body: { status: 'proposed' },
        })
      ).statusCode,
    ).toBe(404);
  });
});

describe('childcare facilities and events as referral targets', () => {
  let facilityId = '';
  let eventId = '';
  let foreignFacilityId = '';
  let foreignEventId = '';
  let draftEventId = '';
  let pastEventId = '';

  beforeAll(async () => {
    const facilities = await importFacilities(tenant, [
      'R-1,ひよこ保育園（架空）,ヒヨコホイクエン,認可保育所,099-111-2222',
      'R-2,すずめ児童館（架空）,スズメジドウカン,児童館,',
    ]);
    facilityId = facilities.find((f) => f.name.startsWith('ひよこ'))!.id;
    const foreign = await importFacilities(other, [
      'F-1,よその保育園（架空）,ヨソノホイクエン,認可保育所,099-999-9999',
    ]);
    foreignFacilityId = foreign[0]!.id;
    eventId = (await createEvent(tenant)).id;
    foreignEventId = (await createEvent(other, { title: 'よそのつどい（架空）' })).id;
    draftEventId = (
      await createEvent(tenant, { title: '下書きのつどい（架空）', published: false })
    ).id;
    pastEventId = (
      await createEvent(tenant, {
        title: '終わったつどい（架空）',
        startsAt: at(-30 * hour),
        endsAt: at(-28 * hour),
      })
    ).id;
  });

  it('finds the directory, facilities and upcoming published events by name or kind', async () => {
    const coordinator = await signInAs(t, tenant.people.coordinator);
    const byName = await coordinator.ok('searchReferralTargets', { query: { q: 'ひよこ' } });
    expect(names(byName.items, 'facility')).toEqual(['ひよこ保育園（架空）']);
    const byKana = await coordinator.ok('searchReferralTargets', { query: { q: 'スズメ' } });
    expect(names(byKana.items, 'facility')).toEqual(['すずめ児童館（架空）']);
    // 「認可保育所」 is in no name: it finds the nursery by its kind.
    const byKind = await coordinator.ok('searchReferralTargets', { query: { q: '認可保育所' } });
    expect(names(byKind.items, 'facility')).toEqual(['ひよこ保育園（架空）']);
    const event = await coordinator.ok('searchReferralTargets', { query: { q: 'つどい' } });
    expect(names(event.items, 'event')).toEqual(['復職前のママパパつどい（架空）']);
    const everything = await coordinator.ok('searchReferralTargets', { query: {} });
    expect(names(everything.items, 'event')).toEqual(['復職前のママパパつどい（架空）']);
    expect(names(everything.items, 'facility')).toEqual(
      expect.arrayContaining(['ひよこ保育園（架空）', 'すずめ児童館（架空）']),
    );
    const facility = everything.items.find((i) => i.id === facilityId);
    expect(facility).toMatchObject({
      kind: 'facility',
      facilityKind: 'licensed_nursery',
      phone: '099-111-2222',
    });
    expect(facility?.page).toMatch(new RegExp(`^/m/\\d{6}/childcare/facilities/${facilityId}$`));
    const literal = await coordinator.ok('searchReferralTargets', { query: { q: '%' } });
    expect(literal.items).toEqual([]);

    const worker = await signInAs(t, tenant.people.worker);
    expect(
      (await worker.call('searchReferralTargets', { query: { q: 'ひよこ' } })).statusCode,
    ).toBe(403);
    const foreign = await signInAs(t, other.people.coordinator);
    const theirs = await foreign.ok('searchReferralTargets', { query: {} });
    expect(theirs.items.map((i) => i.name)).toEqual(
      expect.arrayContaining(['よその保育園（架空）', 'よそのつどい（架空）']),
    );
    expect(JSON.stringify(theirs)).not.toContain('ひよこ');
    expect(JSON.stringify(theirs)).not.toContain('ママパパ');
  });

  it('refers to a facility and an event; the person sees them on their own consultation only', async () => {
    const { id, worker, coordinator } = await claimedConsultation(tenant);
    const toFacility = await coordinator.ok('addReferral', {
      params: { id },
      body: { target: { kind: 'facility', id: facilityId } },
    });
    expect(toFacility.target).toMatchObject({
      kind: 'facility',
      name: 'ひよこ保育園（架空）',
      phone: '099-111-2222',
    });
    const toEvent = await coordinator.ok('addReferral', {
      params: { id },
      body: { target: { kind: 'event', id: eventId } },
    });
    expect(toEvent.target).toMatchObject({ kind: 'event', name: '復職前のママパパつどい（架空）' });
    expect(toEvent.target.page).toMatch(new RegExp(`^/m/\\d{6}/events/${eventId}$`));
    await coordinator.ok('updateReferral', {
      params: { id: toEvent.id },
      body: { status: 'contacted' },
    });

    const seen = await worker.ok('listReferrals', { params: { id } });
    expect(seen.items.map((r) => [r.target.kind, r.target.name, r.status])).toEqual([
      ['facility', 'ひよこ保育園（架空）', 'proposed'],
      ['event', '復職前のママパパつどい（架空）', 'contacted'],
    ]);
    // Another person of the same municipality, and a coordinator not holding it, see nothing.
    const family = await signInAs(t, tenant.people.family);
    expect((await family.call('listReferrals', { params: { id } })).statusCode).toBe(404);
    const foreign = await signInAs(t, other.people.worker);
    expect((await foreign.call('listReferrals', { params: { id } })).statusCode).toBe(404);
    expect(
      (
        await worker.call('addReferral', {
          params: { id },
          body: { target: { kind: 'facility', id: facilityId } },
        })
      ).statusCode,
    ).toBe(404);

    const context = await coordinator.ok('getPersonContext', { params: { id } });
    expect(context.openReferrals.map((r) => r.target.name)).toEqual([
      '復職前のママパパつどい（架空）',
      'ひよこ保育園（架空）',
    ]);
  });

  it('refuses an unknown target, another municipality’s, a draft or past event and two targets, changing nothing', async () => {
    const { id, coordinator } = await claimedConsultation(tenant);
    const before = await snapshotDatabase(t.ctx.db);
    const refused = async (body: object) => {
      const response = await (coordinator as TestClient).call('addReferral', {
        params: { id },
        body: body as never,
      });
      return [response.statusCode, response.json().error.code];
    };
    const notFound = [404, 'REFERRAL_TARGET_NOT_FOUND'];
    expect(await refused({ target: { kind: 'facility', id: crypto.randomUUID() } })).toEqual(
      notFound,
    );
    expect(await refused({ target: { kind: 'facility', id: foreignFacilityId } })).toEqual(
      notFound,
    );
    expect(await refused({ target: { kind: 'event', id: foreignEventId } })).toEqual(notFound);
    expect(await refused({ target: { kind: 'event', id: draftEventId } })).toEqual(notFound);
    expect(await refused({ target: { kind: 'event', id: pastEventId } })).toEqual(notFound);
    // A facility's id named as an event is not that event.
    expect(await refused({ target: { kind: 'event', id: facilityId } })).toEqual(notFound);
    expect(
      await refused({ target: { kind: 'facility', id: facilityId }, resourceId: facilityId }),
    ).toEqual([400, 'VALIDATION_FAILED']);
    expect(
      await refused({ target: { kind: 'facility', id: facilityId }, eventId: eventId }),
    ).toEqual([400, 'VALIDATION_FAILED']);
    expect(await refused({})).toEqual([400, 'VALIDATION_FAILED']);
    expect(await snapshotDatabase(t.ctx.db)).toBe(before);
  });

  it('holds exactly one target in the database itself', async () => {
    const { id } = await claimedConsultation(tenant);
    const row = {
      municipalityId: tenant.municipalityId,
      consultationId: id,
      createdBy: tenant.people.coordinator.id,
    };
    await expect(
      t.ctx.db.insert(consultationReferrals).values({ ...row, facilityId, eventId }),
    ).rejects.toThrow();
    await expect(t.ctx.db.insert(consultationReferrals).values(row)).rejects.toThrow();
  });
});
