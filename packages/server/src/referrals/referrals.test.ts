import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../testing/test-app.ts';
import { createTenant, signInAs, type TenantFixture } from '../testing/fixtures.ts';
import { startConsultationAs } from '../testing/consultation-fixtures.ts';

let t: TestApp;
let tenant: TenantFixture;
let other: TenantFixture;

beforeAll(async () => {
  t = await startTestApp();
  tenant = await createTenant(t.ctx, 'referral');
  other = await createTenant(t.ctx, 'referral-other');
});
afterAll(() => t?.close());

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

    const worker = await signInAs(t, tenant.people.worker);
    const started = await startConsultationAs(worker);
    const id = started.consultation.id;
    const coordinator = await signInAs(t, tenant.people.coordinator);
    await coordinator.ok('claimConsultation', { params: { id } });
    const referral = await coordinator.ok('addReferral', {
      params: { id },
      body: { resourceId: resource.id },
    });
    expect(referral).toMatchObject({
      status: 'proposed',
      resource: { name: 'テスト市こども家庭センター' },
    });
    expect((await coordinator.ok('listOpenReferrals')).items.map((r) => r.id)).toContain(
      referral.id,
    );
    await coordinator.ok('updateReferral', {
      params: { id: referral.id },
      body: { status: 'connected' },
    });
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

    expect((await worker.call('listReferrals', { params: { id } })).statusCode).toBe(404);
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
