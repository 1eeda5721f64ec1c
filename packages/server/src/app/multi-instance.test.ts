import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPassword } from '../demo/demo-data.ts';
import type { RunningServer } from './start-server.ts';
import { clusterServerUrl, useTestCluster } from '../testing/test-cluster.ts';
import { mailText, startSmtpSink } from '../testing/smtp-sink.ts';
import { waitFor } from '../testing/wait-for.ts';
import { eq } from 'drizzle-orm';
import { consultationRiskFlags, notificationOutbox } from '../platform/db/schema/index.ts';
import { findUserByEmail, findUserById } from '../auth/users.repository.ts';
import { enqueueNotifications } from '../notifications/outbox/outbox.repository.ts';

/**
 * Two application instances on different ports share one PostgreSQL server: they migrate
 * concurrently without conflict, seed once, and serve the same data and sessions.
 * Needs a server, so it runs when TEST_DATABASE_URL is set (the CI's second pass).
 */
let smtp: Awaited<ReturnType<typeof startSmtpSink>> | null = null;

beforeAll(async () => {
  if (clusterServerUrl) smtp = await startSmtpSink();
});
afterAll(async () => {
  await smtp?.close();
});
const cluster = useTestCluster(() => ({ demoSeed: true, env: { SMTP_URL: smtp!.url } }));

describe.runIf(clusterServerUrl)('several instances on one PostgreSQL server', () => {
  it('serves the same data and sessions from both instances', async () => {
    const [a, b] = cluster.instances as [RunningServer, RunningServer];
    expect(a.url).not.toBe(b.url);
    const signIn = await fetch(`${a.url}/api/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'worker@demo.yorisoi.example', password: demoPassword }),
    });
    expect(signIn.status).toBe(200);
    const cookie = signIn.headers.get('set-cookie')!.split(';')[0]!;
    const { csrfToken } = (await signIn.json()) as { csrfToken: string };
    const created = await fetch(`${b.url}/api/me/family-codes`, {
      method: 'POST',
      headers: { cookie, 'x-csrf-token': csrfToken },
    });
    expect(created.status).toBe(200);
    const { id } = (await created.json()) as { id: string };
    const listed = await fetch(`${a.url}/api/me/family-codes`, { headers: { cookie } });
    expect(((await listed.json()) as { items: { id: string }[] }).items.map((c) => c.id)).toContain(
      id,
    );
    const municipalities = await cluster.instances[0]!.ctx.db.query.municipalities.findMany();
    expect(municipalities.map((m) => m.name).sort()).toEqual(
      ['日置市', '長泉町', '鹿児島市'].sort(),
    );
  });

  it('mails an alert once per recipient, and hears commits of other instances', async () => {
    const [a, b] = cluster.instances as [RunningServer, RunningServer];
    const signIn = await fetch(`${a.url}/api/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'worker@demo.yorisoi.example', password: demoPassword }),
    });
    const cookie = signIn.headers.get('set-cookie')!.split(';')[0]!;
    const { csrfToken } = (await signIn.json()) as { csrfToken: string };
    const started = await fetch(`${a.url}/api/consultations`, {
      method: 'POST',
      headers: { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' },
      body: JSON.stringify({
        topics: ['physical_mental_health'],
        firstMessage: { clientMsgId: crypto.randomUUID(), body: 'もう死にたいです' },
      }),
    });
    expect(started.status).toBe(200);
    const { consultation } = (await started.json()) as { consultation: { id: string } };
    const [flag] = await a.ctx.db
      .select({ id: consultationRiskFlags.id })
      .from(consultationRiskFlags)
      .where(eq(consultationRiskFlags.consultationId, consultation.id));
    const alertRows = async () =>
      (await a.ctx.db.select().from(notificationOutbox)).filter(
        (r) => r.refId === flag!.id && r.channel === 'email',
      );
    const mailsTo = (email: string) =>
      smtp!.mails.filter(
        (m) =>
          m.to.includes(email) && mailText(m.raw).includes(`/consultations/${consultation.id}`),
      );
    await waitFor(async () => (await alertRows()).every((r) => r.status === 'sent'), {
      what: 'the alert mails sent',
    });
    await Promise.all([a.ctx.outbox.idle(), b.ctx.outbox.idle()]);
    const rows = await alertRows();
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      const email = (await findUserById(a.ctx.db, a.ctx, row.userId))!.email;
      expect(mailsTo(email)).toHaveLength(1);
      expect(row.attempts).toBe(1);
    }

    // Queued by a commit no worker was told of in-process: the NOTIFY wakes the instances.
    const coordinator = (await findUserByEmail(a.ctx.db, a.ctx, 'nurse@demo.yorisoi.example'))!;
    await a.ctx.db.transaction((tx) =>
      enqueueNotifications(
        tx,
        [
          {
            municipalityId: rows[0]!.municipalityId,
            kind: 'high_risk',
            refId: flag!.id,
            userId: coordinator.id,
            channel: 'email',
          },
        ],
        new Date(),
      ),
    );
    await waitFor(() => mailsTo(coordinator.email).length > 0, {
      what: 'the mail of a row announced by NOTIFY',
    });
  });
});
