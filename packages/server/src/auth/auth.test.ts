import { describe, expect, it } from 'vitest';
import { fixturePassword, signInAs } from '../testing/fixtures.ts';
import { TestClient } from '../testing/test-client.ts';
import { signUpThroughMail } from '../testing/sign-up-mail.ts';
import { currentTotp } from './totp.ts';
import { useSmtpSink } from '../testing/use-smtp-sink.ts';
import { useTestApp, useTenant } from '../testing/use-test-app.ts';

const smtp = useSmtpSink();
const t = useTestApp(() => ({ SMTP_URL: smtp.url }));
const tenant = useTenant(t, 'auth');

describe('sign-up with a company invite code', () => {
  it('enrols a worker of that employer, whatever way the code is typed', async () => {
    const client = new TestClient(t.app);
    const typed = `${tenant.inviteCode.slice(0, 4).toLowerCase()} ー ${tenant.inviteCode.slice(4)}`;
    const lookup = await client.ok('lookupInvite', { body: { inviteCode: typed } });
    expect(lookup).toMatchObject({
      kind: 'worker',
      organizationName: tenant.organizations[0]!.name,
    });
    const signedIn = await signUpThroughMail(t, smtp.mails, {
      inviteCode: typed,
      email: 'New.Person@Example.com',
      password: 'a long enough password',
      displayName: 'ひまわり',
    });
    const session = await signedIn.ok('getSession');
    expect(session.user).toMatchObject({
      role: 'worker',
      email: 'new.person@example.com',
      organization: { id: tenant.organizations[0]!.id },
    });
    expect(session.user?.consent.required).toBe(true);
    expect(session.mfa).toBe('not_required');
  });

  it('refuses an unknown code without creating anything', async () => {
    const client = new TestClient(t.app);
    const unknown = await client.call('signUp', {
      body: {
        inviteCode: 'AAAA-AAAA',
        email: 'x@example.com',
        password: 'a long enough password',
        displayName: 'x',
      },
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.code).toBe('INVITE_CODE_INVALID');
    expect(await client.call('getSession').then((r) => r.json().user)).toBeNull();
  });
});

describe('sign-in', () => {
  it('answers wrong passwords and unknown accounts alike', async () => {
    const client = new TestClient(t.app);
    const wrong = await client.call('signIn', {
      body: { email: tenant.people.family.email, password: 'nope' },
    });
    const unknown = await client.call('signIn', {
      body: { email: 'nobody@example.com', password: 'nope' },
    });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json().error.code).toBe(unknown.json().error.code);
  });

  it('sets an httpOnly SameSite cookie and answers in English for English browsers', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      headers: { 'content-type': 'application/json', 'accept-language': 'en-US,en' },
      payload: JSON.stringify({ email: 'nobody@example.com', password: 'x' }),
    });
    expect(response.json().error.message).toMatch(/incorrect/);
    const ok = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ email: tenant.people.family.email, password: fixturePassword }),
    });
    const cookie = String(ok.headers['set-cookie']);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
  });
});

describe('staff second factor', () => {
  it('blocks a staff member who has not passed TOTP from everything but the second-factor endpoints', async () => {
    const client = new TestClient(t.app);
    const session = await client.ok('signIn', {
      body: { email: tenant.people.supervisor.email, password: fixturePassword },
    });
    expect(session.mfa).toBe('verify');
    const blocked = await client.call('listCareTeam');
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().error.code).toBe('MFA_VERIFICATION_REQUIRED');
    const wrong = await client.call('verifyTotp', { body: { code: '000000' } });
    expect(wrong.json().error.code).toBe('TOTP_INVALID');
    t.clock.advance(31_000);
    const code = currentTotp(tenant.people.supervisor.totpSecret!, t.ctx.now());
    const verified = await client.ok('verifyTotp', { body: { code } });
    expect(verified.mfa).toBe('ok');
    expect((await client.call('listCareTeam')).statusCode).toBe(200);
    // The same code cannot be used again in another session.
    const other = new TestClient(t.app);
    await other.ok('signIn', {
      body: { email: tenant.people.supervisor.email, password: fixturePassword },
    });
    expect((await other.call('verifyTotp', { body: { code } })).json().error.code).toBe(
      'TOTP_INVALID',
    );
  });

  it('has an invited coordinator activate, enrol TOTP, and only then work', async () => {
    const supervisor = await signInAs(t, tenant.people.supervisor);
    const invitation = await supervisor.ok('createCareTeamMember', {
      body: {
        email: 'new.nurse@example.com',
        displayName: '新人 看護師',
        role: 'coordinator',
        licenceType: 'nurse',
        licenceNumber: '０１２３４５６',
      },
    });
    const token = new URL(invitation.activationUrl).searchParams.get('token')!;
    const nurse = new TestClient(t.app);
    expect(await nurse.ok('getActivation', { body: { token } })).toMatchObject({
      role: 'coordinator',
    });
    const activated = await nurse.ok('activateAccount', {
      body: { token, password: 'nurse password 123' },
    });
    expect(activated.mfa).toBe('enrol');
    expect(
      (await nurse.call('activateAccount', { body: { token, password: 'nurse password 123' } }))
        .statusCode,
    ).toBe(400);
    const setup = await nurse.ok('startTotpSetup');
    expect(setup.qrSvg).toContain('<svg');
    t.clock.advance(31_000);
    const enabled = await nurse.ok('enableTotp', {
      body: { code: currentTotp(setup.secret, t.ctx.now()) },
    });
    expect(enabled.mfa).toBe('ok');
    expect(enabled.user?.licence).toEqual({ type: 'nurse', verification: 'pending' });
    expect((await nurse.call('startTotpSetup')).json().error.code).toBe('TOTP_ALREADY_ENROLLED');
  });
});

describe('sessions and CSRF', () => {
  it('refuses a state-changing request without the CSRF token or from another origin', async () => {
    const client = await signInAs(t, tenant.people.worker);
    const token = client.csrfToken;
    client.csrfToken = null;
    expect((await client.call('createFamilyCode')).json().error.code).toBe('CSRF_INVALID');
    client.csrfToken = token;
    const foreign = await client.call('createFamilyCode', {
      headers: { origin: 'https://evil.example' },
    });
    expect(foreign.json().error.code).toBe('CSRF_INVALID');
    expect((await client.call('createFamilyCode')).statusCode).toBe(200);
  });

  it('signs out everywhere', async () => {
    const phone = await signInAs(t, tenant.people.family);
    const laptop = await signInAs(t, tenant.people.family);
    expect((await laptop.ok('listMySessions')).items.length).toBeGreaterThanOrEqual(2);
    await phone.ok('signOutEverywhere');
    expect((await laptop.ok('getSession')).user).toBeNull();
    expect((await phone.ok('getSession')).user).toBeNull();
  });
});
