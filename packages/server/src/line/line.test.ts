import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import {
  auditLog,
  lineAccounts,
  lineWebhookEvents,
  municipalities,
  notificationOutbox,
} from '../platform/db/schema/index.ts';
import {
  createTenant,
  signInAs,
  type FixturePerson,
  type TenantFixture,
} from '../testing/fixtures.ts';
import { newClientMsgId, startConsultationAs } from '../testing/consultation-fixtures.ts';
import { snapshotDatabase } from '../testing/db-snapshot.ts';
import { mailText } from '../testing/smtp-sink.ts';
import { useSmtpSink } from '../testing/use-smtp-sink.ts';
import { payloadsOf, subscribeDevice, usePushService } from '../testing/use-push-service.ts';
import { useTestApp } from '../testing/use-test-app.ts';
import { waitFor } from '../testing/wait-for.ts';
import { lineTexts } from './line-texts.ts';
import {
  lineEvent,
  signedWebhook,
  startLineStandIn,
  type LineStandIn,
} from './testing/line-stand-in.ts';

/**
 * LINE as the door and the bell (issue 19), against a local server that plays LINE's
 * Messaging API and signs webhooks as LINE does.
 */
let line: LineStandIn;
beforeAll(async () => {
  line = await startLineStandIn();
});
afterAll(() => line?.close());
const smtp = useSmtpSink();
const push = usePushService();
const t = useTestApp(() => ({
  LINE_API_BASE_URL: line.url,
  LINE_PUSH_MAX_ATTEMPTS: '3',
  SMTP_URL: smtp.url,
  MAIL_FROM: 'Yorisoi <bell@test.example>',
}));

interface LineTenant {
  fixture: TenantFixture;
  code: string;
  secret: string;
  token: string;
}

async function lineTenant(label: string, monthlyPushBudget = 1000): Promise<LineTenant> {
  const fixture = await createTenant(t.ctx, label);
  const [row] = await t.ctx.db
    .select({ code: municipalities.code })
    .from(municipalities)
    .where(eq(municipalities.id, fixture.municipalityId));
  const secret = crypto.randomBytes(16).toString('hex');
  const token = `token-${crypto.randomBytes(24).toString('base64url')}`;
  const city = await signInAs(t, fixture.people.cityStaff);
  await city.ok('updateLineSettings', {
    body: { channelId: '1650000001', channelSecret: secret, accessToken: token, monthlyPushBudget },
  });
  return { fixture, code: row!.code, secret, token };
}

function webhook(
  tenant: LineTenant,
  events: Record<string, unknown>[],
  sign: (body: Buffer) => string | undefined = (body) => signedFor(tenant.secret, body),
) {
  const { body } = signedWebhook(tenant.secret, events);
  const signature = sign(body);
  return t.app.inject({
    method: 'POST',
    url: `/line/webhook/${tenant.code}`,
    headers: {
      'content-type': 'application/json; charset=utf-8',
      ...(signature === undefined ? {} : { 'x-line-signature': signature }),
    },
    payload: body,
  });
}

const signedFor = (secret: string, body: Buffer) =>
  crypto.createHmac('sha256', secret).update(body).digest('base64');

const repliesAfter = (count: number) =>
  waitFor(() => line.replies.length >= count, { what: `${count} LINE replies` });

/** follow → the link token in the reply → sign in → nonce → accountLink: linked. */
async function linkPerson(tenant: LineTenant, person: FixturePerson, lineUserId: string) {
  const before = line.replies.length;
  expect((await webhook(tenant, [lineEvent('follow', lineUserId)])).statusCode).toBe(200);
  await repliesAfter(before + 1);
  const linkToken = linkTokenIn(line.replies[before]!.text);
  expect(line.linkTokens.get(linkToken)).toBe(lineUserId);
  const client = await signInAs(t, person);
  const started = await client.ok('startLineLink', { body: { linkToken } });
  const redirect = new URL(started.redirectUrl);
  expect(`${redirect.origin}${redirect.pathname}`).toBe(
    'https://access.line.me/dialog/bot/accountLink',
  );
  expect(redirect.searchParams.get('linkToken')).toBe(linkToken);
  const nonce = redirect.searchParams.get('nonce')!;
  const linked = await webhook(tenant, [
    lineEvent('accountLink', lineUserId, { link: { result: 'ok', nonce } }),
  ]);
  expect(linked.statusCode).toBe(200);
  await repliesAfter(before + 2);
  expect(line.replies[before + 1]!.text).toContain('LINEの連携が完了しました');
  return { client, nonce };
}

function linkTokenIn(text: string): string {
  const url = /(https?:\/\/\S+)/.exec(text)?.[1];
  const token = url ? new URL(url).searchParams.get('linkToken') : null;
  if (!token) throw new Error(`no link token in ${text}`);
  return token;
}

/** A coordinator answers the person's consultation while the person is away. */
async function coordinatorReplies(tenant: LineTenant, body: string) {
  const worker = await signInAs(t, tenant.fixture.people.worker);
  const coordinator = await signInAs(t, tenant.fixture.people.coordinator);
  const started = await startConsultationAs(worker, 'LINE-SECRET-TOPIC 夜に眠れません');
  const id = started.consultation.id;
  await coordinator.ok('claimConsultation', { params: { id } });
  await coordinator.ok('sendMessage', {
    params: { id },
    body: { clientMsgId: newClientMsgId(), body },
  });
  return { id, worker };
}

const outboxOf = (tenant: LineTenant, channel: string) =>
  t.ctx.db
    .select()
    .from(notificationOutbox)
    .where(
      and(
        eq(notificationOutbox.municipalityId, tenant.fixture.municipalityId),
        eq(notificationOutbox.channel, channel),
      ),
    );

/** Runs the outbox as its sweep would, moving the clock past every backoff between rounds. */
async function sweepOutbox(rounds: number) {
  for (let i = 0; i < rounds; i++) {
    t.ctx.outbox.wake();
    await t.ctx.outbox.idle();
    t.clock.advance(2 * 3_600_000);
  }
}

const pushesTo = (lineUserId: string) => line.pushes.filter((p) => p.to === lineUserId);

describe('the door and the bell', () => {
  it('follow → link → a coordinator’s reply rings LINE once, with no content → read in Yorisoi', async () => {
    const tenant = await lineTenant('line-flow');
    const lineUserId = `U${crypto.randomBytes(16).toString('hex')}`;
    const { client } = await linkPerson(tenant, tenant.fixture.people.worker, lineUserId);
    expect(await client.ok('getMyLine')).toMatchObject({
      available: true,
      linked: true,
      blocked: false,
    });

    const { id, worker } = await coordinatorReplies(
      tenant,
      'LINE-MARKER お返事です、ゆっくりで大丈夫です',
    );
    await waitFor(() => pushesTo(lineUserId).length > 0, { what: 'the LINE bell' });
    await t.ctx.outbox.idle();
    const [bell] = pushesTo(lineUserId);
    expect(pushesTo(lineUserId)).toHaveLength(1);
    const link = `${t.ctx.config.publicUrl}/consultations/${id}`;
    expect(bell!.text).toBe(lineTexts.bell(link));
    expect(bell!.text.startsWith('保健室から新しいメッセージがあります')).toBe(true);
    expect(bell!.authorization).toBe(`Bearer ${tenant.token}`);
    expect(bell!.retryKey).toMatch(/^[0-9a-f-]{36}$/);
    for (const leak of [
      'LINE-MARKER',
      'お返事',
      'LINE-SECRET-TOPIC',
      '眠れません',
      tenant.fixture.people.worker.displayName,
    ]) {
      expect(bell!.text).not.toContain(leak);
    }
    // Nothing of what anyone wrote went to LINE at all, replies included.
    for (const reply of line.replies) expect(reply.text).not.toContain('LINE-MARKER');

    // The person opens the link: the message is in Yorisoi, for them.
    const path = new URL(link).pathname;
    expect(path).toBe(`/consultations/${id}`);
    const page = await worker.ok('listMessages', { params: { id }, query: { afterSeq: 0 } });
    expect(page.items.map((m) => m.body)).toContain('LINE-MARKER お返事です、ゆっくりで大丈夫です');

    const city = await signInAs(t, tenant.fixture.people.cityStaff);
    const settings = await city.ok('getLineSettings');
    expect(settings).toMatchObject({
      configured: true,
      pushedThisMonth: 1,
      monthlyPushBudget: 1000,
    });
    expect(JSON.stringify(settings)).not.toContain(tenant.secret);
    expect(JSON.stringify(settings)).not.toContain(tenant.token);
    expect(settings.accessTokenEnding).toBe(tenant.token.slice(-4));
  });

  it('answers a plain message with the door and keeps nothing of it', async () => {
    const tenant = await lineTenant('line-message');
    const before = line.replies.length;
    const event = lineEvent('message', 'Uplain', {
      message: { type: 'text', id: '1', text: 'MESSAGE-MARKER 上司からのハラスメントがつらい' },
    });
    expect((await webhook(tenant, [event])).statusCode).toBe(200);
    await repliesAfter(before + 1);
    expect(line.replies[before]!.text).toContain('LINEでは相談をお受けしていません');
    expect(line.replies[before]!.text).toContain('/me/line?');
    const dump = JSON.stringify(
      await t.ctx.db
        .select()
        .from(lineWebhookEvents)
        .where(eq(lineWebhookEvents.municipalityId, tenant.fixture.municipalityId)),
    );
    expect(dump).not.toContain('MESSAGE-MARKER');
    expect(dump).toContain('"kind":"message"');
  });
});

describe('bad webhooks', () => {
  it('refuses a bad, missing or foreign signature with 401 and processes nothing', async () => {
    const tenant = await lineTenant('line-badsig');
    const other = crypto.randomBytes(16).toString('hex');
    const before = await snapshotDatabase(t.ctx.db);
    const replies = line.replies.length;
    for (const sign of [
      () => undefined,
      () => 'not-a-signature',
      (body: Buffer) => signedFor(other, body),
      (body: Buffer) => signedFor(tenant.secret, Buffer.concat([body, Buffer.from(' ')])),
    ]) {
      const response = await webhook(tenant, [lineEvent('follow', 'Ubad')], sign);
      expect(response.statusCode).toBe(401);
    }
    // An unknown municipality has no secret to check against: the same answer.
    const unknown = await t.app.inject({
      method: 'POST',
      url: '/line/webhook/999999',
      headers: { 'content-type': 'application/json', 'x-line-signature': 'x' },
      payload: '{"events":[]}',
    });
    expect(unknown.statusCode).toBe(401);
    expect(await snapshotDatabase(t.ctx.db)).toBe(before);
    expect(line.replies.length).toBe(replies);
  });

  it('processes a redelivered event once', async () => {
    const tenant = await lineTenant('line-replay');
    const event = lineEvent('follow', 'Ureplay');
    const before = line.replies.length;
    expect((await webhook(tenant, [event])).statusCode).toBe(200);
    const again = { ...event, deliveryContext: { isRedelivery: true } };
    expect((await webhook(tenant, [again])).statusCode).toBe(200);
    expect((await webhook(tenant, [again])).statusCode).toBe(200);
    await repliesAfter(before + 1);
    const rows = await t.ctx.db
      .select()
      .from(lineWebhookEvents)
      .where(eq(lineWebhookEvents.municipalityId, tenant.fixture.municipalityId));
    expect(rows).toHaveLength(1);
    // Give a second reply the time to show up if one were (wrongly) sent.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(line.replies.length).toBe(before + 1);
  });
});

describe('the account-link nonce', () => {
  it('links once: a nonce used again, or a link token used twice, changes nothing', async () => {
    const tenant = await lineTenant('line-nonce');
    const { client, nonce } = await linkPerson(tenant, tenant.fixture.people.worker, 'Ufirst');
    const before = line.replies.length;
    // Someone else's LINE presents the same nonce: refused, the first link stands.
    await webhook(tenant, [lineEvent('accountLink', 'Uthief', { link: { result: 'ok', nonce } })]);
    await repliesAfter(before + 1);
    expect(line.replies[before]!.text).toContain('連携ができませんでした');
    const rows = await t.ctx.db
      .select()
      .from(lineAccounts)
      .where(eq(lineAccounts.municipalityId, tenant.fixture.municipalityId));
    expect(rows).toHaveLength(1);
    expect(await client.ok('getMyLine')).toMatchObject({ linked: true });

    // The same link token cannot make a second nonce.
    await webhook(tenant, [lineEvent('message', 'Utwice')]);
    await repliesAfter(before + 2);
    const linkToken = linkTokenIn(line.replies[before + 1]!.text);
    const family = await signInAs(t, tenant.fixture.people.family);
    await family.ok('startLineLink', { body: { linkToken } });
    const snapshot = await snapshotDatabase(t.ctx.db);
    const second = await family.call('startLineLink', { body: { linkToken } });
    expect(second.statusCode).toBe(409);
    expect(second.json()).toMatchObject({ error: { code: 'LINE_LINK_TOKEN_USED' } });
    expect(await snapshotDatabase(t.ctx.db)).toBe(snapshot);
  });

  it('refuses a nonce after ten minutes', async () => {
    const tenant = await lineTenant('line-expiry');
    const before = line.replies.length;
    await webhook(tenant, [lineEvent('follow', 'Ulate')]);
    await repliesAfter(before + 1);
    const family = await signInAs(t, tenant.fixture.people.family);
    const started = await family.ok('startLineLink', {
      body: { linkToken: linkTokenIn(line.replies[before]!.text) },
    });
    const nonce = new URL(started.redirectUrl).searchParams.get('nonce')!;
    t.clock.advance(10 * 60_000 + 1000);
    await webhook(tenant, [lineEvent('accountLink', 'Ulate', { link: { result: 'ok', nonce } })]);
    await repliesAfter(before + 2);
    expect(line.replies[before + 1]!.text).toContain('連携ができませんでした');
    expect(await family.ok('getMyLine')).toMatchObject({ linked: false });
  });
});

describe('when LINE cannot carry the bell', () => {
  it('waits out a 429’s Retry-After, then sends once', async () => {
    const tenant = await lineTenant('line-429');
    await linkPerson(tenant, tenant.fixture.people.worker, 'U429');
    line.answerPushesWith({ status: 429, retryAfter: '600' });
    const sentAt = t.ctx.now().getTime();
    await coordinatorReplies(tenant, 'RATE お返事です');
    await waitFor(async () => (await outboxOf(tenant, 'line'))[0]?.lastError, {
      what: 'the rate-limited attempt recorded',
    });
    const [waiting] = await outboxOf(tenant, 'line');
    expect(waiting).toMatchObject({ status: 'pending', attempts: 1, lastError: 'line_429' });
    expect(waiting!.nextAttemptAt.getTime()).toBeGreaterThanOrEqual(sentAt + 600_000);
    expect(pushesTo('U429')).toHaveLength(0);
    await sweepOutbox(1);
    t.ctx.outbox.wake();
    await t.ctx.outbox.idle();
    expect(pushesTo('U429')).toHaveLength(1);
    const [sent] = await outboxOf(tenant, 'line');
    expect(sent).toMatchObject({ status: 'sent', attempts: 2 });
  });

  it('gives up after repeated 500s and falls back to e-mail', async () => {
    const tenant = await lineTenant('line-500');
    await linkPerson(tenant, tenant.fixture.people.worker, 'U500');
    line.answerPushesWith({ status: 500 }, { status: 500 }, { status: 500 });
    const { id } = await coordinatorReplies(tenant, 'FAIL-MARKER お返事です');
    await waitFor(async () => (await outboxOf(tenant, 'line'))[0]?.lastError, {
      what: 'the first failed attempt',
    });
    await sweepOutbox(4);
    const [given] = await outboxOf(tenant, 'line');
    expect(given).toMatchObject({ status: 'failed', attempts: 3, lastError: 'line_500' });
    expect(pushesTo('U500')).toHaveLength(0);
    const toWorker = () =>
      smtp.mails.find((m) => m.to.includes(tenant.fixture.people.worker.email));
    await waitFor(toWorker, { what: 'the fallback mail' });
    const mail = toWorker()!;
    const text = mailText(mail.raw);
    expect(text).toContain(`/consultations/${id}`);
    expect(mail.raw).not.toContain('FAIL-MARKER');
    const [fallback] = await outboxOf(tenant, 'email');
    expect(fallback).toMatchObject({ kind: 'person_message', status: 'sent' });
  });

  it('falls back to web push once the month’s budget is spent, and counts only what LINE took', async () => {
    const tenant = await lineTenant('line-budget', 0);
    const { client } = await linkPerson(tenant, tenant.fixture.people.worker, 'Ubudget');
    const device = await subscribeDevice(push, client);
    const { id } = await coordinatorReplies(tenant, 'BUDGET お返事です');
    await waitFor(() => push.pushesFor(device.id).length > 0, { what: 'the fallback web push' });
    await t.ctx.outbox.idle();
    expect(pushesTo('Ubudget')).toHaveLength(0);
    expect(payloadsOf(push, device.id)).toEqual([
      expect.objectContaining({ kind: 'new_message', url: `/consultations/${id}` }),
    ]);
    const city = await signInAs(t, tenant.fixture.people.cityStaff);
    expect(await city.ok('getLineSettings')).toMatchObject({
      pushedThisMonth: 0,
      monthlyPushBudget: 0,
    });
  });

  it('sends nothing to LINE after an unfollow (block), and again after a follow', async () => {
    const tenant = await lineTenant('line-unfollow');
    const { client } = await linkPerson(tenant, tenant.fixture.people.worker, 'Ugone');
    await webhook(tenant, [lineEvent('unfollow', 'Ugone', { replyToken: undefined })]);
    expect(await client.ok('getMyLine')).toMatchObject({ linked: true, blocked: true });
    await coordinatorReplies(tenant, 'BLOCKED お返事です');
    await t.ctx.outbox.idle();
    expect(await outboxOf(tenant, 'line')).toEqual([]);
    expect(pushesTo('Ugone')).toHaveLength(0);

    await webhook(tenant, [lineEvent('follow', 'Ugone')]);
    expect(await client.ok('getMyLine')).toMatchObject({ linked: true, blocked: false });
    await coordinatorReplies(tenant, 'BACK お返事です');
    await waitFor(() => pushesTo('Ugone').length > 0, { what: 'the bell after following again' });
  });
});

describe('settings and unlinking', () => {
  it('lets only the city’s staff set the channel; the first time needs both secrets; audited', async () => {
    const fixture = await createTenant(t.ctx, 'line-settings');
    const city = await signInAs(t, fixture.people.cityStaff);
    expect(await city.ok('getLineSettings')).toMatchObject({
      configured: false,
      pushedThisMonth: 0,
    });
    // Signed in before the snapshot: a sign-in is audited.
    const others = await Promise.all(
      [fixture.people.worker, fixture.people.coordinator, fixture.people.employerAdmin].map((p) =>
        signInAs(t, p),
      ),
    );
    const before = await snapshotDatabase(t.ctx.db);
    const missing = await city.call('updateLineSettings', {
      body: { channelId: '1650000002', monthlyPushBudget: 200 },
    });
    expect(missing.statusCode).toBe(400);
    expect(missing.json()).toMatchObject({ error: { code: 'LINE_SECRET_REQUIRED' } });
    const badSecret = await city.call('updateLineSettings', {
      body: {
        channelId: '1650000002',
        channelSecret: 'short',
        accessToken: 'x'.repeat(40),
        monthlyPushBudget: 200,
      },
    });
    expect(badSecret.statusCode).toBe(400);
    for (const client of others) {
      expect((await client.call('getLineSettings')).statusCode).toBe(403);
      const put = await client.call('updateLineSettings', {
        body: {
          channelId: '1650000002',
          channelSecret: 'a'.repeat(32),
          accessToken: 'x'.repeat(40),
          monthlyPushBudget: 200,
        },
      });
      expect(put.statusCode).toBe(403);
    }
    expect(await snapshotDatabase(t.ctx.db)).toBe(before);

    const secret = 'b'.repeat(32);
    const set = await city.ok('updateLineSettings', {
      body: {
        channelId: '1650000002',
        channelSecret: secret,
        accessToken: 'tok'.repeat(10) + 'WXYZ',
        monthlyPushBudget: 200,
      },
    });
    expect(set).toMatchObject({
      configured: true,
      channelId: '1650000002',
      accessTokenEnding: 'WXYZ',
    });
    // The budget alone changes without sending the secrets again.
    const budget = await city.ok('updateLineSettings', {
      body: { channelId: '1650000002', monthlyPushBudget: 5000 },
    });
    expect(budget).toMatchObject({ monthlyPushBudget: 5000, accessTokenEnding: 'WXYZ' });
    const audits = await t.ctx.db
      .select()
      .from(auditLog)
      .where(
        and(
          eq(auditLog.municipalityId, fixture.municipalityId),
          eq(auditLog.action, 'line.settings_updated'),
        ),
      );
    expect(audits).toHaveLength(2);
    expect(JSON.stringify(audits)).not.toContain(secret);
  });

  it('unlinks from the person’s settings: nothing more is sent to LINE', async () => {
    const tenant = await lineTenant('line-unlink');
    const { client } = await linkPerson(tenant, tenant.fixture.people.worker, 'Uunlink');
    expect(await client.ok('unlinkMyLine')).toMatchObject({ linked: false });
    await coordinatorReplies(tenant, 'UNLINKED お返事です');
    await t.ctx.outbox.idle();
    expect(pushesTo('Uunlink')).toHaveLength(0);
    const audits = await t.ctx.db
      .select()
      .from(auditLog)
      .where(
        and(
          eq(auditLog.municipalityId, tenant.fixture.municipalityId),
          eq(auditLog.action, 'line.unlinked'),
        ),
      );
    expect(audits).toHaveLength(1);
    // Staff cannot link a LINE for themselves or see anyone's.
    const coordinator = await signInAs(t, tenant.fixture.people.coordinator);
    expect((await coordinator.call('getMyLine')).statusCode).toBe(403);
  });
});
