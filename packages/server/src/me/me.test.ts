import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { currentConsentText, japanTimeOf } from '@yorisoi/shared';
import { createTenant, fixturePassword, signInAs } from '../testing/fixtures.ts';
import { TestClient } from '../testing/test-client.ts';
import { users } from '../platform/db/schema/index.ts';
import { purgeDueAccounts } from './me.service.ts';
import { useTestApp, useTenant } from '../testing/use-test-app.ts';

const t = useTestApp();
const tenant = useTenant(t, 'me');

describe('consent', () => {
  it('is required before consulting, can be given for the current version only, and withdrawn', async () => {
    const worker = await signInAs(t, tenant.people.worker);
    await worker.ok('withdrawConsent');
    expect((await worker.ok('getSession')).user?.consent.required).toBe(true);
    const stale = await worker.call('grantConsent', { body: { version: '2020-01' } });
    expect(stale.json().error.code).toBe('CONSENT_VERSION_STALE');
    const status = await worker.ok('grantConsent', {
      body: { version: currentConsentText().version },
    });
    expect(status.grantedVersion).toBe(currentConsentText().version);
    expect(status.history.map((h) => h.action)).toEqual(['granted', 'withdrawn', 'granted']);
    expect(status.current.ja.body.join('')).toContain('要配慮個人情報');
    expect(status.current.purposes).toContain('statistics');
    expect((await worker.ok('getSession')).user?.consent.required).toBe(false);
  });

  it('is not something staff give', async () => {
    const coordinator = await signInAs(t, tenant.people.coordinator);
    expect((await coordinator.call('getConsent')).statusCode).toBe(403);
  });
});

describe('profile, export and deletion', () => {
  it('updates the nickname and language', async () => {
    const family = await signInAs(t, tenant.people.family);
    const session = await family.ok('updateProfile', { body: { nickname: 'ぽん', locale: 'en' } });
    expect(session.user).toMatchObject({ nickname: 'ぽん', locale: 'en' });
    const empty = await family.call('updateProfile', { body: {} });
    expect(empty.statusCode).toBe(400);
  });

  it('takes a birth year from the list or none, and refuses one in the future or out of range', async () => {
    const worker = await signInAs(t, tenant.people.worker);
    const thisYear = japanTimeOf(t.ctx.now()).year;
    const session = await worker.ok('updateProfile', { body: { birthYear: 1990 } });
    expect(session.user?.birthYear).toBe(1990);
    for (const birthYear of [thisYear + 1, 1899, 1990.5, '1990']) {
      const refused = await worker.call('updateProfile', { body: { birthYear } });
      expect(refused.statusCode, String(birthYear)).toBe(400);
      expect(refused.json().error.code).toBe('VALIDATION_FAILED');
    }
    expect((await worker.ok('getSession')).user?.birthYear).toBe(1990);
    const exported = await worker.ok('exportMyData');
    expect(exported.profile.birthYear).toBe(1990);
    const cleared = await worker.ok('updateProfile', { body: { birthYear: null } });
    expect(cleared.user?.birthYear).toBeNull();
  });

  it('exports all of one’s own data as JSON, including who read it', async () => {
    const worker = await signInAs(t, tenant.people.worker);
    const data = await worker.ok('exportMyData');
    expect(data.format).toBe('yorisoi-personal-data/1');
    expect(data.profile.email).toBe(tenant.people.worker.email);
    expect(data.consents.length).toBeGreaterThan(0);
    expect(data.accessLog.some((e) => e.action === 'auth.sign_in')).toBe(true);
    const started = await worker.ok('startConsultation', {
      body: {
        topics: ['career'],
        firstMessage: { clientMsgId: crypto.randomUUID(), body: '転職を考えています' },
      },
    });
    const withConsultation = await worker.ok('exportMyData');
    expect(
      withConsultation.consultations.find((c) => c.id === started.consultation.id)?.messages,
    ).toEqual([expect.objectContaining({ seq: 1, from: 'me', body: '転職を考えています' })]);
    const raw = await worker.call('exportMyData');
    expect(raw.headers['content-disposition']).toContain('attachment');
  });

  it('closes the account at once and erases it after the grace period', async () => {
    const extra = await createTenant(t.ctx, 'deletion');
    const worker = await signInAs(t, extra.people.worker);
    const second = await signInAs(t, extra.people.worker);
    const refused = await worker.call('requestDeletion', { body: { confirm: false } });
    expect(refused.statusCode).toBe(400);
    const { scheduledFor } = await worker.ok('requestDeletion', {
      body: { confirm: true, reason: '退職のため' },
    });
    expect(new Date(scheduledFor).getTime()).toBeGreaterThan(t.ctx.now().getTime());
    expect((await second.ok('getSession')).user).toBeNull();
    const again = await new TestClient(t.app).call('signIn', {
      body: { email: extra.people.worker.email, password: fixturePassword },
    });
    expect(again.statusCode).toBe(401);
    expect(await purgeDueAccounts(t.ctx)).toBe(0);
    t.clock.advance((t.ctx.config.deletionGraceDays + 1) * 86_400_000);
    expect(await purgeDueAccounts(t.ctx)).toBeGreaterThanOrEqual(1);
    const left = await t.ctx.db.select().from(users).where(eq(users.id, extra.people.worker.id));
    expect(left).toHaveLength(0);
  });
});
