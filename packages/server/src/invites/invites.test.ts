import { describe, expect, it } from 'vitest';
import { signInAs } from '../testing/fixtures.ts';
import { TestClient } from '../testing/test-client.ts';
import { confirmationTokenIn, nextMailTo, signUpThroughMail } from '../testing/sign-up-mail.ts';
import { useSmtpSink } from '../testing/use-smtp-sink.ts';
import { useTestApp, useTenant } from '../testing/use-test-app.ts';

const smtp = useSmtpSink();
const t = useTestApp(() => ({ SMTP_URL: smtp.url }));
const tenant = useTenant(t, 'invite');

const signUpBody = (inviteCode: string, email: string) => ({
  inviteCode,
  email,
  password: 'a long enough password',
  displayName: 'ニックネーム',
});

describe('company invite codes', () => {
  it('lets the employer admin issue, show as QR and revoke codes, and see only how many enrolled', async () => {
    const employer = await signInAs(t, tenant.people.employerAdmin);
    const orgId = tenant.organizations[0]!.id;
    const code = await employer.ok('createInviteCode', {
      params: { id: orgId },
      body: { label: '製造部', maxUses: 2, expiresInDays: 30 },
    });
    expect(code.code).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    const qr = await employer.ok('getInviteQr', { params: { id: orgId, codeId: code.id } });
    expect(qr.url).toBe(`${t.ctx.config.publicUrl}/signup?code=${code.code}`);
    expect(qr.svg).toContain('<svg');

    const before = await employer.ok('getEnrolment', { params: { id: orgId } });
    await signUpThroughMail(t, smtp.mails, signUpBody(code.code, 'first@example.com'));
    await signUpThroughMail(t, smtp.mails, signUpBody(code.code, 'second@example.com'));
    const full = await new TestClient(t.app).call('signUp', {
      body: signUpBody(code.code, 'third@example.com'),
    });
    expect(full.json().error.code).toBe('INVITE_CODE_INVALID');
    const after = await employer.ok('getEnrolment', { params: { id: orgId } });
    expect(after.workers).toBe(before.workers + 2);
    expect(Object.keys(after).sort()).toEqual(['familyMembers', 'organizationId', 'workers']);

    const listed = await employer.ok('listInviteCodes', { params: { id: orgId } });
    expect(listed.items.find((c) => c.id === code.id)).toMatchObject({ uses: 2, maxUses: 2 });
    const revoked = await employer.ok('revokeInviteCode', {
      params: { id: orgId, codeId: code.id },
    });
    expect(revoked.revokedAt).not.toBeNull();
    const body = JSON.stringify([listed, after]);
    expect(body).not.toContain('first@example.com');
  });

  it('never gives the same last use of a code to two people signing up at once', async () => {
    const employer = await signInAs(t, tenant.people.employerAdmin);
    const code = await employer.ok('createInviteCode', {
      params: { id: tenant.organizations[0]!.id },
      body: { maxUses: 1 },
    });
    // The code is used when an account is created, so the race is between confirmations.
    const tokens = await Promise.all(
      Array.from({ length: 5 }, async (_, i) => {
        const email = `race${i}@example.com`;
        await new TestClient(t.app).ok('signUp', { body: signUpBody(code.code, email) });
        return confirmationTokenIn(await nextMailTo(smtp.mails, email, 0));
      }),
    );
    const results = await Promise.all(
      tokens.map((token) =>
        new TestClient(t.app).call('confirmSignUp', { body: { token: token ?? 'missing-token' } }),
      ),
    );
    expect(results.filter((r) => r.statusCode === 200)).toHaveLength(1);
    expect(results.filter((r) => r.statusCode === 400)).toHaveLength(4);
  });

  it('does not let an employer admin manage another employer of the same city', async () => {
    const employer = await signInAs(t, tenant.people.employerAdmin);
    const other = tenant.organizations[1]!.id;
    expect((await employer.call('listInviteCodes', { params: { id: other } })).statusCode).toBe(
      403,
    );
    expect((await employer.call('getEnrolment', { params: { id: other } })).statusCode).toBe(403);
    expect((await employer.ok('listOrganizations')).items.map((o) => o.id)).toEqual([
      tenant.organizations[0]!.id,
    ]);
  });
});

describe('family codes', () => {
  it('enrols one family member, linked to the worker’s employer for statistics only', async () => {
    const worker = await signInAs(t, tenant.people.worker);
    const familyCode = await worker.ok('createFamilyCode');
    expect(
      await new TestClient(t.app).ok('lookupInvite', { body: { inviteCode: familyCode.code } }),
    ).toMatchObject({ kind: 'family' });
    const family = await signUpThroughMail(
      t,
      smtp.mails,
      signUpBody(familyCode.code, 'family-member@example.com'),
    );
    const session = await family.ok('getSession');
    expect(session.user).toMatchObject({
      role: 'family',
      organization: { id: tenant.organizations[0]!.id },
    });
    const again = await new TestClient(t.app).call('signUp', {
      body: signUpBody(familyCode.code, 'another@example.com'),
    });
    expect(again.json().error.code).toBe('INVITE_CODE_INVALID');
    const codes = await worker.ok('listFamilyCodes');
    expect(codes.items.find((c) => c.id === familyCode.id)?.usedAt).not.toBeNull();
    const exported = await family.ok('exportMyData');
    expect(exported.familyLinks).toEqual([expect.objectContaining({ relation: 'family_of' })]);
  });

  it('is only for workers, and a revoked or expired code does not work', async () => {
    const familyMember = await signInAs(t, tenant.people.family);
    expect((await familyMember.call('createFamilyCode')).statusCode).toBe(403);
    const worker = await signInAs(t, tenant.people.worker);
    const revoked = await worker.ok('createFamilyCode');
    await worker.ok('revokeFamilyCode', { params: { id: revoked.id } });
    expect(
      (await new TestClient(t.app).call('lookupInvite', { body: { inviteCode: revoked.code } }))
        .statusCode,
    ).toBe(400);
    const expiring = await worker.ok('createFamilyCode');
    t.clock.advance(15 * 86_400_000);
    expect(
      (await new TestClient(t.app).call('lookupInvite', { body: { inviteCode: expiring.code } }))
        .statusCode,
    ).toBe(400);
  });
});
