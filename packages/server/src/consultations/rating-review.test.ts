import { describe, expect, it } from 'vitest';
import { japanMonthOf } from '@yorisoi/shared';
import { signInAs } from '../testing/fixtures.ts';
import { childcareCoding as coding, takenConsultation } from '../testing/consultation-fixtures.ts';
import { useTestApp, useTenant } from '../testing/use-test-app.ts';

const t = useTestApp();
const tenant = useTenant(t, 'ratings');
const other = useTenant(t, 'ratings-other');

/** A consultation the coordinator held and closed, rated by the person. */
async function rated(score: number, comment?: string) {
  const { worker, coordinator, id } = await takenConsultation(t, tenant);
  await coordinator.ok('closeConsultation', { params: { id }, body: { coding } });
  await worker.ok('rateConsultation', { params: { id }, body: { score, comment } });
}

describe('the supervisors’ rating review', () => {
  it('shows the spread over five steps and the comments with date and coordinator, no person', async () => {
    await rated(5, 'とても話しやすかったです');
    await rated(4);
    await rated(2, '返信が遅く感じました');
    const supervisor = await signInAs(t, tenant.people.supervisor);
    const review = await supervisor.ok('getRatingReview', { query: {} });
    expect(review.total).toBe(3);
    expect(review.distribution).toEqual([
      { score: 1, count: 0 },
      { score: 2, count: 1 },
      { score: 3, count: 0 },
      { score: 4, count: 1 },
      { score: 5, count: 1 },
    ]);
    expect(review.comments.map((c) => c.comment).sort()).toEqual(
      ['とても話しやすかったです', '返信が遅く感じました'].sort(),
    );
    expect(review.comments[0]?.coordinatorName).toBe(tenant.people.coordinator.displayName);
    const text = JSON.stringify(review);
    expect(text).not.toContain(tenant.people.worker.displayName);
    expect(text).not.toContain(tenant.people.worker.email);
    expect(text).not.toContain(tenant.people.worker.id);

    const month = japanMonthOf(t.ctx.now());
    const byMonth = await supervisor.ok('getRatingReview', {
      query: { month, coordinatorId: tenant.people.coordinator.id },
    });
    expect(byMonth.total).toBe(3);
    const empty = await supervisor.ok('getRatingReview', { query: { month: '2020-01' } });
    expect(empty.total).toBe(0);
    const bad = await supervisor.call('getRatingReview', { query: { month: '2026-13' } });
    expect(bad.json().error.code).toBe('VALIDATION_FAILED');
    const foreign = await signInAs(t, other.people.supervisor);
    expect((await foreign.ok('getRatingReview', { query: {} })).total).toBe(0);
  });

  it('refuses city staff, employers and people who consult (403); a coordinator sees their own only', async () => {
    for (const person of [
      tenant.people.cityStaff,
      tenant.people.employerAdmin,
      tenant.people.worker,
    ]) {
      const client = await signInAs(t, person);
      expect((await client.call('getRatingReview', { query: {} })).statusCode, person.email).toBe(
        403,
      );
    }
    const coordinator = await signInAs(t, tenant.people.coordinator);
    const own = await coordinator.ok('getRatingReview', {
      query: { coordinatorId: tenant.people.supervisor.id },
    });
    expect(own.coordinators.map((c) => c.id)).toEqual([tenant.people.coordinator.id]);
  });
});
