import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import type { TMessageAck } from '@yorisoi/shared';
import { signInAs } from '../../testing/fixtures.ts';
import {
  newClientMsgId,
  startConsultationAs,
  liveConsultation,
} from '../../testing/consultation-fixtures.ts';
import { nextEvents } from '../../testing/socket-client.ts';
import { mailText, startStallableSmtp } from '../../testing/smtp-sink.ts';
import { waitFor } from '../../testing/wait-for.ts';
import { anotherInstanceOf } from '../../testing/test-cluster.ts';
import { notificationOutbox } from '../../platform/db/schema/index.ts';
import { retryDelayMs } from './outbox-worker.ts';
import { useTestApp, useTenant, useSockets } from '../../testing/use-test-app.ts';

/**
 * The send path never waits for a mail server (issue 14): alerts are outbox rows that
 * commit with the message, and a worker mails them afterwards, retrying a hung server.
 * A real SMTP server behind a switch plays the hung one.
 */
let smtp: Awaited<ReturnType<typeof startStallableSmtp>>;

beforeAll(async () => {
  smtp = await startStallableSmtp();
});
const t = useTestApp(() => ({
  SMTP_URL: smtp.url,
  MAIL_FROM: 'Yorisoi <alerts@test.example>',
  // Longer than any test waits: a message that arrives did not wait for a timeout.
  NOTIFY_DELIVERY_TIMEOUT_MS: '120000',
}));
const tenant = useTenant(t, 'outbox');
const sockets = useSockets(t);
afterEach(() => {
  smtp.recover();
});
afterAll(() => smtp?.close());

/** The person writes a high-risk message; resolves with what the coordinator's socket got. */
async function sendRiskMessage(live: Awaited<ReturnType<typeof liveConsultation>>) {
  const atCoordinator = nextEvents(live.coordinatorSocket, 'message:new', 1);
  const ack = (await live.workerSocket.emitWithAck('message:send', {
    consultationId: live.id,
    clientMsgId: newClientMsgId(),
    body: 'OUTBOX-MARKER もう死にたいです',
  })) as TMessageAck;
  expect(ack).toMatchObject({ consultationId: live.id, seq: 2 });
  const [received] = await atCoordinator;
  return received;
}

const alertsAbout = (consultationId: string) =>
  smtp.mails.filter(
    (m) =>
      m.to.includes(tenant.people.supervisor.email) &&
      mailText(m.raw).includes(`/consultations/${consultationId}`),
  );

async function supervisorMailRow() {
  const rows = await t.ctx.db
    .select()
    .from(notificationOutbox)
    .where(
      and(
        eq(notificationOutbox.municipalityId, tenant.municipalityId),
        eq(notificationOutbox.kind, 'high_risk'),
        eq(notificationOutbox.userId, tenant.people.supervisor.id),
        eq(notificationOutbox.channel, 'email'),
      ),
    );
  return rows;
}

describe('the send path with a mail server that hangs', () => {
  it('gives the coordinator a risk message while the alert waits, and mails it once the server recovers', async () => {
    smtp.stall();
    const live = await liveConsultation(t, tenant, sockets);
    const received = await sendRiskMessage(live);
    expect(received).toMatchObject({ seq: 2, body: 'OUTBOX-MARKER もう死にたいです' });
    // Nothing has come back from the mail server, and no conversation with it has ended.
    expect(smtp.counts.endedWhileHeld).toBe(0);
    expect(alertsAbout(live.id)).toEqual([]);
    // The alert is queued and its delivery is hanging on the server.
    await waitFor(() => smtp.holding() > 0, { what: 'the worker talking to the hung server' });
    const [queued] = await supervisorMailRow();
    expect(queued).toMatchObject({ status: 'pending', attempts: 1, sentAt: null });

    smtp.recover();
    // The hung attempt fails; its retry waits out its backoff, with a code and no text.
    await waitFor(async () => (await supervisorMailRow())[0]?.lastError, {
      what: 'the failed attempt recorded',
    });
    const [failed] = await supervisorMailRow();
    expect(failed).toMatchObject({ status: 'pending', attempts: 1 });
    expect(failed!.lastError).toMatch(/^[A-Za-z_0-9]+$/);
    expect(failed!.nextAttemptAt.getTime()).toBeGreaterThan(t.ctx.now().getTime());

    t.clock.advance(2 * 3_600_000);
    // What the periodic sweep does.
    t.ctx.outbox.wake();
    await t.ctx.outbox.idle();
    const mails = alertsAbout(live.id);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.raw).not.toContain('OUTBOX-MARKER');
    const [sent] = await supervisorMailRow();
    expect(sent).toMatchObject({ status: 'sent', attempts: 2 });
  });

  it('does not hold a risk message for a mail server that answers late', async () => {
    smtp.slow(8_000);
    const live = await liveConsultation(t, tenant, sockets);
    const received = await sendRiskMessage(live);
    expect(received).toMatchObject({ seq: 2 });
    // Had the send waited for the mail, the mail would be here before the message.
    expect(alertsAbout(live.id)).toEqual([]);
    await waitFor(() => alertsAbout(live.id).length > 0, { what: 'the late alert mail' });
    await t.ctx.outbox.idle();
    expect(alertsAbout(live.id)).toHaveLength(1);
  });
});

describe('once per event and recipient', () => {
  it('mails each alert once when two instances deliver from one outbox', async () => {
    const second = anotherInstanceOf(t);
    const worker = await signInAs(t, tenant.people.worker);
    const ids: string[] = [];
    try {
      await Promise.all(
        Array.from({ length: 4 }, async () => {
          const started = await startConsultationAs(worker, 'ONCE-MARKER 死にたい');
          ids.push(started.consultation.id);
          // The other instance hears of each commit too (on PostgreSQL, by NOTIFY).
          second.outbox.wake();
        }),
      );
      second.outbox.wake();
      await Promise.all([t.ctx.outbox.idle(), second.outbox.idle()]);
    } finally {
      await second.outbox.stop();
    }
    for (const id of ids) expect(alertsAbout(id)).toHaveLength(1);
    const rows = await supervisorMailRow();
    expect(rows.filter((r) => r.status === 'sent').length).toBe(rows.length);
  });
});

describe('retries', () => {
  it('backs off exponentially with jitter, up to an hour', () => {
    expect(retryDelayMs(1, () => 1)).toBe(30_000);
    expect(retryDelayMs(1, () => 0)).toBe(15_000);
    expect(retryDelayMs(3, () => 1)).toBe(120_000);
    expect(retryDelayMs(30, () => 1)).toBe(3_600_000);
  });

  it('gives up after the last attempt and keeps the row as failed, by code', async () => {
    const impatient = anotherInstanceOf(t, {
      ...t.ctx.config,
      outbox: { ...t.ctx.config.outbox, deliveryTimeoutMs: 300, maxAttempts: 2 },
    });
    smtp.stall();
    // Written directly, so only `impatient` is woken to deliver it.
    const [row] = await t.ctx.db
      .insert(notificationOutbox)
      .values({
        municipalityId: tenant.municipalityId,
        kind: 'high_risk',
        refId: (await supervisorMailRow())[0]!.refId,
        userId: tenant.people.coordinator.id,
        channel: 'email',
        nextAttemptAt: t.ctx.now(),
      })
      .returning();
    try {
      impatient.outbox.wake();
      await impatient.outbox.idle();
      t.clock.advance(2 * 3_600_000);
      impatient.outbox.wake();
      await impatient.outbox.idle();
    } finally {
      await impatient.outbox.stop();
    }
    const [given] = await t.ctx.db
      .select()
      .from(notificationOutbox)
      .where(eq(notificationOutbox.id, row!.id));
    expect(given).toMatchObject({ status: 'failed', attempts: 2, lastError: 'timeout' });
  });
});
