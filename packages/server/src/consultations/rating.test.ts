import { describe, expect, it } from 'vitest';
import { signInAs } from '../testing/fixtures.ts';
import { startConsultationAs } from '../testing/consultation-fixtures.ts';
import { queryRows } from '../platform/db/database.ts';
import { sql } from 'drizzle-orm';
import { useTestApp, useTenant } from '../testing/use-test-app.ts';

const t = useTestApp();
const tenant = useTenant(t, 'rating');

describe('satisfaction rating', () => {
  it('is given once by the person, after closing, with the comment sealed', async () => {
    const worker = await signInAs(t, tenant.people.worker);
    const started = await startConsultationAs(worker);
    const id = started.consultation.id;
    expect(
      (await worker.call('rateConsultation', { params: { id }, body: { score: 5 } })).json().error
        .code,
    ).toBe('CONFLICT');
    const coordinator = await signInAs(t, tenant.people.coordinator);
    await coordinator.ok('claimConsultation', { params: { id } });
    await coordinator.ok('closeConsultation', {
      params: { id },
      body: {
        coding: {
          topics: ['childcare'],
          lifeEvents: [],
          severity: 'low',
          outcome: 'advice_given',
          referrals: [],
        },
      },
    });
    expect(
      (await coordinator.call('rateConsultation', { params: { id }, body: { score: 5 } }))
        .statusCode,
    ).toBe(404);
    const rating = await worker.ok('rateConsultation', {
      params: { id },
      body: { score: 4, comment: 'RATING-MARKER 安心しました' },
    });
    expect(rating.score).toBe(4);
    expect(
      (await worker.call('rateConsultation', { params: { id }, body: { score: 1 } })).json().error
        .code,
    ).toBe('CONFLICT');
    expect(
      (await worker.call('rateConsultation', { params: { id }, body: { score: 6 } })).json().error
        .code,
    ).toBe('VALIDATION_FAILED');
    const [leak] = await queryRows<{ n: number }>(
      t.ctx.db,
      sql`select count(*)::int as n from consultation_ratings where comment_sealed like '%RATING-MARKER%'`,
    );
    expect(leak?.n).toBe(0);
  });
});
