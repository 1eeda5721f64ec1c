import { sql } from 'drizzle-orm';
import { signUpValidityHours } from '@yorisoi/shared';
import { describe, expect, it } from 'vitest';
import { startTestApp } from '../testing/test-app.ts';
import { createTenant, fixturePassword } from '../testing/fixtures.ts';
import { TestClient } from '../testing/test-client.ts';
import {
  confirmationTokenIn,
  mailsTo,
  nextMailTo,
  signUpThroughMail,
} from '../testing/sign-up-mail.ts';
import { observableAnswer } from '../testing/observable-answer.ts';
import { interleavedSamples } from '../testing/timed-samples.ts';
import { mannWhitneyPValue } from '../testing/rank-test.ts';
import { snapshotDatabase, tableRowCounts } from '../testing/db-snapshot.ts';
import { queryRows } from '../platform/db/database.ts';
import { useSmtpSink } from '../testing/use-smtp-sink.ts';
import { useTestApp, useTenant } from '../testing/use-test-app.ts';

const smtp = useSmtpSink();
const t = useTestApp(() => ({ SMTP_URL: smtp.url, MAIL_FROM: 'Yorisoi <accounts@test.example>' }));
const tenant = useTenant(t, 'signup');

let fresh = 0;
const newAddress = () => `signup-${++fresh}-${Date.now()}@example.com`;

const form = (email: string) => ({
  inviteCode: tenant.inviteCode,
  email,
  password: 'a long enough password',
  displayName: 'ひまわり',
});

const signUp = (email: string) => new TestClient(t.app).call('signUp', { body: form(email) });

async function tokenMailedTo(email: string, already = 0): Promise<string> {
  const token = confirmationTokenIn(await nextMailTo(smtp.mails, email, already));
  if (!token) throw new Error(`no confirmation link in the mail to ${email}`);
  return token;
}

describe('sign-up does not tell who is enrolled', () => {
  it('answers a registered address exactly as a new one, with the same kinds of writes', async () => {
    const registered = tenant.people.worker.email;
    const beforeKnown = await tableRowCounts(t.ctx.db);
    const known = await signUp(registered);
    const afterKnown = await tableRowCounts(t.ctx.db);
    const unknown = await signUp(newAddress());
    const afterUnknown = await tableRowCounts(t.ctx.db);

    expect(known.statusCode).toBe(200);
    expect(known.json()).toEqual({ delivery: 'mail' });
    expect(observableAnswer(unknown)).toEqual(observableAnswer(known));
    const grew = (from: Record<string, number>, to: Record<string, number>) =>
      Object.fromEntries(Object.keys(to).map((table) => [table, to[table]! - from[table]!]));
    expect(grew(beforeKnown, afterKnown)).toEqual(grew(afterKnown, afterUnknown));
    expect(grew(beforeKnown, afterKnown)).toMatchObject({
      sign_up_requests: 1,
      audit_log: 1,
      users: 0,
    });
  });

  it('takes the same time and work for both: the samples are not told apart by a rank test', async () => {
    const [known, unknown] = await interleavedSamples(
      40,
      () => signUp(tenant.people.family.email),
      () => signUp(newAddress()),
    );
    // The same generous level as the sign-in test: a loaded machine must not fail it.
    expect(mannWhitneyPValue(known.work, unknown.work)).toBeGreaterThan(0.001);
    expect(mannWhitneyPValue(known.elapsed, unknown.elapsed)).toBeGreaterThan(0.001);
  }, 180_000);

  it('tells the owner of a registered address by mail, and changes nothing of the account', async () => {
    const owner = tenant.people.coordinator;
    const already = mailsTo(smtp.mails, owner.email).length;
    await signUp(owner.email);
    const text = await nextMailTo(smtp.mails, owner.email, already);
    expect(text).toContain('このメールアドレスで登録の申し込みがありました');
    expect(text).toContain(`${t.ctx.config.publicUrl}/signin`);
    expect(text).toContain(`${t.ctx.config.publicUrl}/password-reset/request`);
    expect(confirmationTokenIn(text)).toBeNull();
    const client = new TestClient(t.app);
    const stranger = await client.call('signIn', {
      body: { email: owner.email, password: 'a long enough password' },
    });
    expect(stranger.json().error.code).toBe('INVALID_CREDENTIALS');
    const own = await client.ok('signIn', {
      body: { email: owner.email, password: fixturePassword },
    });
    expect(own.user?.role).toBe('coordinator');
  });
});

describe('confirming a sign-up by the mailed link', () => {
  it('creates the account only when the link is opened, signs in, and works once', async () => {
    const email = newAddress();
    const client = new TestClient(t.app);
    expect(await client.ok('signUp', { body: form(email) })).toEqual({ delivery: 'mail' });
    const text = await nextMailTo(smtp.mails, email, 0);
    expect(text).toContain('登録が完了し');
    const token = confirmationTokenIn(text);
    expect(token).not.toBeNull();

    const pending = await new TestClient(t.app).call('signIn', {
      body: { email, password: 'a long enough password' },
    });
    expect(pending.json().error.code).toBe('INVALID_CREDENTIALS');

    const session = await client.ok('confirmSignUp', { body: { token: token! } });
    expect(session.user).toMatchObject({
      role: 'worker',
      email,
      displayName: 'ひまわり',
      organization: { id: tenant.organizations[0]!.id },
    });
    expect((await client.ok('getSession')).user?.email).toBe(email);
    await new TestClient(t.app).ok('signIn', {
      body: { email, password: 'a long enough password' },
    });

    const before = await snapshotDatabase(t.ctx.db);
    const again = await new TestClient(t.app).call('confirmSignUp', { body: { token: token! } });
    expect(again.statusCode).toBe(400);
    expect(again.json().error.code).toBe('SIGN_UP_LINK_INVALID');
    expect(await snapshotDatabase(t.ctx.db)).toBe(before);
  });

  it('refuses an expired link and creates nothing', async () => {
    const email = newAddress();
    await signUp(email);
    const token = await tokenMailedTo(email);
    t.clock.advance(signUpValidityHours * 3_600_000 + 60_000);
    const before = await snapshotDatabase(t.ctx.db);
    const late = await new TestClient(t.app).call('confirmSignUp', { body: { token } });
    expect(late.json().error.code).toBe('SIGN_UP_LINK_INVALID');
    expect(await snapshotDatabase(t.ctx.db)).toBe(before);
  });

  it('gives an address one account when two links for it are opened', async () => {
    const email = newAddress();
    await signUp(email);
    const first = await tokenMailedTo(email, 0);
    await signUp(email);
    const second = await tokenMailedTo(email, 1);
    await new TestClient(t.app).ok('confirmSignUp', { body: { token: second } });
    const other = await new TestClient(t.app).call('confirmSignUp', { body: { token: first } });
    expect(other.json().error.code).toBe('SIGN_UP_LINK_INVALID');
  });

  it('refuses a made-up or malformed token with the catalog errors and changes nothing', async () => {
    const before = await snapshotDatabase(t.ctx.db);
    const client = new TestClient(t.app);
    const madeUp = await client.call('confirmSignUp', {
      body: { token: 'made-up-token-of-enough-length' },
    });
    expect(madeUp.statusCode).toBe(400);
    expect(madeUp.json().error.code).toBe('SIGN_UP_LINK_INVALID');
    const malformed = await client.call('confirmSignUp', { body: { token: 'x' } });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().error.code).toBe('VALIDATION_FAILED');
    expect(await snapshotDatabase(t.ctx.db)).toBe(before);
  });

  it('keeps neither the address nor the names of a waiting sign-up in the clear', async () => {
    const email = newAddress();
    await signUp(email);
    const rows = await queryRows<Record<string, unknown>>(
      t.ctx.db,
      sql`select * from sign_up_requests`,
    );
    const dump = JSON.stringify(rows);
    expect(rows.length).toBeGreaterThan(0);
    expect(dump).not.toContain(email);
    expect(dump).not.toContain('ひまわり');
    expect(dump).not.toContain(await tokenMailedTo(email));
  });

  it('lets a person who signed up through the mail sign in again later', async () => {
    const email = newAddress();
    const client = await signUpThroughMail(t, smtp.mails, form(email));
    await client.ok('signOut');
    await client.ok('signIn', { body: { email, password: 'a long enough password' } });
  });
});

describe('an installation without mail', () => {
  it('says so for every address and stores nothing', async () => {
    const noMail = await startTestApp();
    try {
      const other = await createTenant(noMail.ctx, 'nomail');
      const before = await snapshotDatabase(noMail.ctx.db);
      for (const email of [other.people.worker.email, 'someone.new@example.com']) {
        const answer = await new TestClient(noMail.app).ok('signUp', {
          body: { ...form(email), inviteCode: other.inviteCode },
        });
        expect(answer).toEqual({ delivery: 'unavailable' });
      }
      expect(await snapshotDatabase(noMail.ctx.db)).toBe(before);
    } finally {
      await noMail.close();
    }
  });
});
