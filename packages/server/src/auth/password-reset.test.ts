import { describe, expect, it } from 'vitest';
import { startTestApp } from '../testing/test-app.ts';
import { createTenant, fixturePassword, signInAs } from '../testing/fixtures.ts';
import { TestClient } from '../testing/test-client.ts';
import { mailText } from '../testing/smtp-sink.ts';
import { tokenFromFragment } from './reset-token.ts';
import { useSmtpSink } from '../testing/use-smtp-sink.ts';
import { useTestApp, useTenant } from '../testing/use-test-app.ts';

const smtp = useSmtpSink();
const t = useTestApp(() => ({
  SMTP_URL: smtp.url,
  MAIL_FROM: 'Yorisoi <accounts@test.example>',
  LOGIN_MAX_FAILURES: '2',
  LOGIN_ACCOUNT_FAILURES: '3',
}));
const tenant = useTenant(t, 'reset');

async function waitForMailTo(email: string, already: number): Promise<string> {
  for (let i = 0; i < 200; i++) {
    const mails = smtp.mails.filter((m) => m.to.includes(email));
    if (mails.length > already) return mailText(mails.at(-1)!.raw);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`no mail to ${email}`);
}

function linkToken(text: string): string {
  const link = /https?:\/\/\S+\/password-reset#\S+/.exec(text)?.[0];
  const token = link ? tokenFromFragment(new URL(link).hash) : null;
  if (!token) throw new Error('no reset link in the mail');
  return token;
}

const mailsTo = (email: string) => smtp.mails.filter((m) => m.to.includes(email)).length;

describe('password reset by e-mail', () => {
  it('mails a single-use link, ends every session, and the new password works', async () => {
    const person = tenant.people.worker;
    const otherDevice = await signInAs(t, person);
    const before = mailsTo(person.email);
    const client = new TestClient(t.app);
    expect(await client.ok('requestPasswordReset', { body: { email: person.email } })).toEqual({
      delivery: 'mail',
    });
    const text = await waitForMailTo(person.email, before);
    expect(text).toContain('パスワード');
    const token = linkToken(text);
    const newPassword = 'a brand new long password';
    await client.ok('resetPassword', { body: { token, password: newPassword } });
    expect((await otherDevice.ok('getSession')).user).toBeNull();
    const again = await client.call('resetPassword', {
      body: { token, password: 'yet another long password' },
    });
    expect(again.json().error.code).toBe('PASSWORD_RESET_TOKEN_INVALID');
    const old = await client.call('signIn', {
      body: { email: person.email, password: fixturePassword },
    });
    expect(old.json().error.code).toBe('INVALID_CREDENTIALS');
    await client.ok('signIn', { body: { email: person.email, password: newPassword } });
  });

  it('answers the same for an address nobody uses, and mails nobody', async () => {
    const client = new TestClient(t.app);
    const total = smtp.mails.length;
    const known = await client.call('requestPasswordReset', {
      body: { email: tenant.people.family.email },
    });
    const unknown = await client.call('requestPasswordReset', {
      body: { email: 'nobody.at.all@example.com' },
    });
    expect(unknown.statusCode).toBe(known.statusCode);
    expect(unknown.body).toBe(known.body);
    await waitForMailTo(tenant.people.family.email, 0);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(smtp.mails.length).toBe(total + 1);
  });

  it('refuses an expired link and a made-up one, and lets a throttled person through', async () => {
    const person = tenant.people.employerAdmin;
    const client = new TestClient(t.app);
    for (let i = 0; i < 5; i++) {
      await client.call('signIn', {
        body: { email: person.email, password: 'a stranger guessing' },
        remoteAddress: `203.0.113.${i + 1}`,
      });
    }
    const throttled = await client.call('signIn', {
      body: { email: person.email, password: fixturePassword },
    });
    expect(throttled.json().error.code).toBe('SIGN_IN_THROTTLED');

    let before = mailsTo(person.email);
    await client.ok('requestPasswordReset', { body: { email: person.email } });
    const expired = linkToken(await waitForMailTo(person.email, before));
    t.clock.advance(31 * 60_000);
    const late = await client.call('resetPassword', {
      body: { token: expired, password: 'a brand new long password' },
    });
    expect(late.json().error.code).toBe('PASSWORD_RESET_TOKEN_INVALID');
    const madeUp = await client.call('resetPassword', {
      body: { token: 'x'.repeat(43), password: 'a brand new long password' },
    });
    expect(madeUp.json().error.code).toBe('PASSWORD_RESET_TOKEN_INVALID');

    before = mailsTo(person.email);
    await client.ok('requestPasswordReset', { body: { email: person.email } });
    const fresh = linkToken(await waitForMailTo(person.email, before));
    await client.ok('resetPassword', {
      body: { token: fresh, password: 'a brand new long password' },
    });
    await client.ok('signIn', {
      body: { email: person.email, password: 'a brand new long password' },
    });
  });

  it('says when this installation sends no mail, the same for every address', async () => {
    const quiet = await startTestApp();
    try {
      const client = new TestClient(quiet.app);
      const answer = await client.ok('requestPasswordReset', {
        body: { email: 'anyone@example.com' },
      });
      expect(answer).toEqual({ delivery: 'unavailable' });
    } finally {
      await quiet.close();
    }
  });
});

describe('staff access reset by a supervisor', () => {
  it('clears password and second factor, ends sessions, and the member enrols again', async () => {
    const member = tenant.people.coordinator;
    const memberDevice = await signInAs(t, member);
    const supervisor = await signInAs(t, tenant.people.supervisor);
    const invitation = await supervisor.ok('resetCareTeamMemberAccess', {
      params: { id: member.id },
    });
    expect((await memberDevice.ok('getSession')).user).toBeNull();
    const old = await new TestClient(t.app).call('signIn', {
      body: { email: member.email, password: fixturePassword },
    });
    expect(old.json().error.code).toBe('INVALID_CREDENTIALS');
    const token = new URL(invitation.activationUrl).searchParams.get('token')!;
    const fresh = new TestClient(t.app);
    const session = await fresh.ok('activateAccount', {
      body: { token, password: 'the nurse chose a new one' },
    });
    // The old authenticator is gone: the member must enrol a new one before anything else.
    expect(session.mfa).toBe('enrol');
  });

  it('is refused to the member themselves, other roles and other municipalities', async () => {
    const other = await createTenant(t.ctx, 'reset-other');
    const outsider = await signInAs(t, other.people.supervisor);
    const target = { params: { id: tenant.people.supervisor.id } };
    expect((await outsider.call('resetCareTeamMemberAccess', target)).statusCode).toBe(404);
    const coordinator = await signInAs(t, other.people.coordinator);
    const denied = await coordinator.call('resetCareTeamMemberAccess', {
      params: { id: other.people.supervisor.id },
    });
    expect(denied.statusCode).toBe(403);
    const self = await signInAs(t, tenant.people.supervisor);
    expect((await self.call('resetCareTeamMemberAccess', target)).statusCode).toBe(403);
  });
});
