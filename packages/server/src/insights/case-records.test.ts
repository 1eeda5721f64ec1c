import { japanTimeOf } from '@yorisoi/shared';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TCaseCoding } from '@yorisoi/shared';
import { signInAs } from '../testing/fixtures.ts';
import { startConsultationAs } from '../testing/consultation-fixtures.ts';
import { caseRecords, organizations } from '../platform/db/schema/index.ts';
import { updateIdentity } from '../auth/users.repository.ts';
import { useTestApp, useTenant } from '../testing/use-test-app.ts';

const t = useTestApp();
const tenant = useTenant(t, 'records');

beforeAll(async () => {
  await updateIdentity(t.ctx.db, t.ctx, {
    id: tenant.people.worker.id,
    email: tenant.people.worker.email,
    displayName: '山田 花子',
    nickname: 'はなちゃん',
    birthYear: null,
  });
  await t.ctx.db
    .update(organizations)
    .set({ name: '日置みらい製作所' })
    .where(eq(organizations.id, tenant.organizations[0]!.id));
});

const coding: TCaseCoding = {
  topics: ['childcare', 'career'],
  lifeEvents: ['parental_leave_return'],
  severity: 'moderate',
  outcome: 'referred',
  referrals: ['city_childcare_support'],
};

async function closeOne(summary?: string, person = tenant.people.worker) {
  const worker = await signInAs(t, person);
  const { consultation } = await startConsultationAs(worker);
  const coordinator = await signInAs(t, tenant.people.coordinator);
  await coordinator.ok('claimConsultation', { params: { id: consultation.id } });
  await coordinator.ok('closeConsultation', {
    params: { id: consultation.id },
    body: { coding: summary === undefined ? coding : { ...coding, summary } },
  });
  return { worker, consultationId: consultation.id };
}

describe('the anonymous case record', () => {
  it('is written when a consultation closes, with codes, bands and a de-identified summary only', async () => {
    const { worker, consultationId } = await closeOne(
      '山田花子さん（日置みらい製作所）は育休から4月に復帰予定。電話090-1234-5678。',
    );
    const records = await t.ctx.db
      .select()
      .from(caseRecords)
      .where(eq(caseRecords.municipalityId, tenant.municipalityId));
    expect(records).toHaveLength(1);
    const [record] = records;
    expect(record).toMatchObject({
      organizationId: tenant.organizations[0]!.id,
      industry: 'manufacturing',
      sizeBand: '10-29',
      ageBand: null,
      topics: ['childcare', 'career'],
      lifeEvents: ['parental_leave_return'],
      severity: 'moderate',
      outcome: 'referred',
      referralTypes: ['city_childcare_support'],
      channel: 'chat',
      satisfaction: null,
    });
    expect(record!.month).toMatch(/^\d{4}-\d{2}-01$/);
    expect(['day', 'night', 'holiday']).toContain(record!.timeBand);
    expect(record!.summary).toContain('育休');
    for (const identifier of ['山田', '花子', '日置みらい製作所', '090-1234-5678']) {
      expect(record!.summary).not.toContain(identifier);
    }
    // Nothing in the record is the person's or the consultation's id.
    const values = JSON.stringify(record);
    expect(values).not.toContain(tenant.people.worker.id);
    expect(values).not.toContain(consultationId);

    await worker.ok('rateConsultation', { params: { id: consultationId }, body: { score: 4 } });
    const [rated] = await t.ctx.db
      .select({ satisfaction: caseRecords.satisfaction })
      .from(caseRecords)
      .where(eq(caseRecords.id, record!.id));
    expect(rated!.satisfaction).toBe(4);
  });

  it('gives the same person the same pseudonym and another person another one', async () => {
    await closeOne();
    await closeOne(undefined, tenant.people.family);
    const keys = (
      await t.ctx.db
        .select({ personKey: caseRecords.personKey, summary: caseRecords.summary })
        .from(caseRecords)
        .where(eq(caseRecords.municipalityId, tenant.municipalityId))
    ).map((r) => r.personKey);
    expect(keys).toHaveLength(3);
    expect(new Set(keys).size).toBe(2);
    for (const key of keys) {
      expect(key).not.toBe(tenant.people.worker.id);
      expect(key).not.toBe(tenant.people.family.id);
      expect(key).toMatch(/^[A-Za-z0-9_-]{22}$/);
    }
  });

  it('carries the age band of the birth year the person gave, never the year itself', async () => {
    const family = await signInAs(t, tenant.people.family);
    const thisYear = japanTimeOf(t.ctx.now()).year;
    await family.ok('updateProfile', { body: { birthYear: thisYear - 34 } });
    await closeOne(undefined, tenant.people.family);
    const records = await t.ctx.db
      .select()
      .from(caseRecords)
      .where(eq(caseRecords.municipalityId, tenant.municipalityId));
    const banded = records.filter((r) => r.ageBand !== null);
    expect(banded.map((r) => r.ageBand)).toEqual(['30-39']);
    expect(Object.values(banded[0]!)).not.toContain(thisYear - 34);
  });
});
