/**
 * Growing the care team through the real server: a licensed resident registers interest on
 * the municipality's public page, supervisors and programme staff see her with the matching
 * engine's fit to the roster's uncovered hours, and move her along the path; bad input
 * (no consent, a malformed licence number, certification before the licence is verified,
 * another municipality's recruit, the wrong role) changes nothing.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { renderMatchReason, type TRecruitInterestRequest } from '@yorisoi/shared';
import { municipalities } from '../platform/db/schema/index.ts';
import { addPerson, signInAs } from '../testing/fixtures.ts';
import { snapshotDatabase } from '../testing/db-snapshot.ts';
import { onShiftNow } from '../testing/shift-fixtures.ts';
import { TestClient } from '../testing/test-client.ts';
import { useTestApp, useTenant } from '../testing/use-test-app.ts';

const t = useTestApp();
const tenant = useTenant(t, 'recruits');
const other = useTenant(t, 'recruits-other');
let code: string;
let otherCode: string;

const resident = () => new TestClient(t.app);
const errorCode = (response: { json(): unknown }) =>
  (response.json() as { error: { code: string } }).error.code;

const interest = (overrides: Partial<TRecruitInterestRequest> = {}): TRecruitInterestRequest => ({
  name: '看護 花子（架空）',
  email: 'hanako@example.test',
  phone: '090-0000-0001',
  licenceType: 'nurse',
  licenceNumber: '１２３４５６',
  yearsSincePractice: 4,
  // Nights count: Saturday and Sunday nights, and weekday evenings.
  availability: [
    { weekday: 6, from: '20:00', to: '24:00' },
    { weekday: 0, from: '20:00', to: '24:00' },
    { weekday: 2, from: '19:00', to: '22:00' },
  ],
  hoursPerWeekMin: 4,
  hoursPerWeekMax: 12,
  remoteOk: true,
  onsiteOk: false,
  childcareNeed: 'none',
  contactConsent: true,
  clientRequestId: crypto.randomUUID(),
  ...overrides,
});

async function codeOf(municipalityId: string) {
  const [row] = await t.ctx.db
    .select({ code: municipalities.code })
    .from(municipalities)
    .where(eq(municipalities.id, municipalityId));
  return row!.code;
}

beforeAll(async () => {
  code = await codeOf(tenant.municipalityId);
  otherCode = await codeOf(other.municipalityId);
  // One coordinator on duty for the next hours: below the minimum of two, so the whole
  // coming week is uncovered and every hour she offers fits.
  await onShiftNow(t.ctx, tenant, tenant.people.coordinator, { hoursLeft: 8 });
});

describe('finding licensed residents', () => {
  it('shows the public page with the licences the municipality accepts', async () => {
    const page = await resident().ok('getRecruitingPage', { params: { code } });
    expect(page.municipalityName).toBe(tenant.municipalityName);
    expect(page.acceptedLicences).toEqual(['nurse', 'public_health_nurse', 'midwife']);
  });

  it('registers interest once, seals the contact, and shows the fit with readable reasons', async () => {
    const body = interest();
    await resident().ok('registerRecruitInterest', { params: { code }, body });
    await resident().ok('registerRecruitInterest', { params: { code }, body });
    const supervisor = await signInAs(t, tenant.people.supervisor);
    const pool = await supervisor.ok('listRecruits');
    expect(pool.uncoveredHours).toBe(7 * 24);
    expect(pool.recruits).toHaveLength(1);
    const hanako = pool.recruits[0]!;
    expect(hanako).toMatchObject({
      name: '看護 花子（架空）',
      email: 'hanako@example.test',
      phone: '09000000001',
      licenceNumber: '123456',
      stage: 'interest',
      licenceVerifiedAt: null,
    });
    expect(hanako.steps.map((s) => s.stage)).toEqual(['interest']);
    expect(hanako.fit.eligible).toBe(true);
    const words = hanako.fit.reasons.map((r) => renderMatchReason(r, 'ja', () => ''));
    expect(words.join(' ')).toContain('11時間');
    const raw = JSON.stringify(await t.ctx.db.execute('select * from care_recruits'));
    expect(raw).not.toContain('hanako@example.test');
    expect(raw).not.toContain('看護 花子');
  });

  it('refuses a form without consent or with a malformed licence number, storing nothing', async () => {
    const before = await snapshotDatabase(t.ctx.db);
    const noConsent = await resident().call('registerRecruitInterest', {
      params: { code },
      body: interest({ contactConsent: false }),
    });
    expect(noConsent.statusCode).toBe(400);
    expect(errorCode(noConsent)).toBe('RECRUIT_INTEREST_INVALID');
    const badNumber = await resident().call('registerRecruitInterest', {
      params: { code },
      body: interest({ licenceNumber: '12-AB' }),
    });
    expect(errorCode(badNumber)).toBe('RECRUIT_INTEREST_INVALID');
    expect(JSON.stringify(badNumber.json())).toContain('licenceNumber');
    const notAccepted = await resident().call('registerRecruitInterest', {
      params: { code },
      body: interest({ licenceType: 'assistant_nurse' }),
    });
    expect(errorCode(notAccepted)).toBe('RECRUIT_INTEREST_INVALID');
    expect(await snapshotDatabase(t.ctx.db)).toBe(before);
  });

  it('moves a recruit one step at a time; certification waits for the verified licence', async () => {
    const staffPerson = await addPerson(t.ctx, {
      municipalityId: tenant.municipalityId,
      role: 'programme_staff',
      label: 'recruit-staff',
    });
    const staff = await signInAs(t, staffPerson);
    const supervisor = await signInAs(t, tenant.people.supervisor);
    const [recruit] = (await staff.ok('listRecruits')).recruits;
    const id = recruit!.id;
    const before = await snapshotDatabase(t.ctx.db);
    const skip = await staff.call('moveRecruit', { params: { id }, body: { stage: 'training' } });
    expect(errorCode(skip)).toBe('RECRUIT_STAGE_NOT_NEXT');
    expect(await snapshotDatabase(t.ctx.db)).toBe(before);

    await staff.ok('moveRecruit', { params: { id }, body: { stage: 'interview' } });
    await staff.ok('moveRecruit', { params: { id }, body: { stage: 'training' } });
    const early = await staff.call('moveRecruit', { params: { id }, body: { stage: 'certified' } });
    expect(early.statusCode).toBe(409);
    expect(errorCode(early)).toBe('RECRUIT_LICENCE_NOT_VERIFIED');

    // Only a supervisor checks the register; a malformed number changes nothing.
    const notSupervisor = await staff.call('verifyRecruitLicence', { params: { id }, body: {} });
    expect(notSupervisor.statusCode).toBe(403);
    const malformed = await supervisor.call('verifyRecruitLicence', {
      params: { id },
      body: { licenceNumber: 'abc' },
    });
    expect(errorCode(malformed)).toBe('RECRUIT_LICENCE_NUMBER_INVALID');
    const verified = await supervisor.ok('verifyRecruitLicence', { params: { id }, body: {} });
    expect(verified.licenceVerifiedAt).not.toBeNull();

    const certified = await staff.ok('moveRecruit', {
      params: { id },
      body: { stage: 'certified' },
    });
    const rostered = await staff.ok('moveRecruit', { params: { id }, body: { stage: 'rostered' } });
    expect(certified.stage).toBe('certified');
    expect(rostered.steps.map((s) => s.stage)).toEqual([
      'interest',
      'interview',
      'training',
      'certified',
      'rostered',
    ]);
    const closed = await staff.call('moveRecruit', {
      params: { id },
      body: { stage: 'withdrawn' },
    });
    expect(errorCode(closed)).toBe('RECRUIT_CLOSED');
  });

  it('keeps the pool to the municipality and to supervisors and programme staff', async () => {
    await resident().ok('registerRecruitInterest', {
      params: { code: otherCode },
      body: interest({ email: 'other@example.test' }),
    });
    const otherSupervisor = await signInAs(t, other.people.supervisor);
    const [theirs] = (await otherSupervisor.ok('listRecruits')).recruits;
    const supervisor = await signInAs(t, tenant.people.supervisor);
    const ours = (await supervisor.ok('listRecruits')).recruits;
    expect(ours.map((r) => r.email)).not.toContain('other@example.test');
    const others = await Promise.all(
      (['coordinator', 'worker', 'cityStaff', 'employerAdmin'] as const).map((role) =>
        signInAs(t, tenant.people[role]),
      ),
    );
    const before = await snapshotDatabase(t.ctx.db);
    const foreign = await supervisor.call('moveRecruit', {
      params: { id: theirs!.id },
      body: { stage: 'interview' },
    });
    expect(errorCode(foreign)).toBe('NOT_FOUND');
    for (const client of others) {
      const refused = await client.call('listRecruits');
      expect(refused.statusCode).toBe(403);
    }
    expect(await snapshotDatabase(t.ctx.db)).toBe(before);
  });
});
