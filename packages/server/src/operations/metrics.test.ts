import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import {
  liveConsultation,
  newClientMsgId,
  startConsultationAs,
} from '../testing/consultation-fixtures.ts';
import { signInAs } from '../testing/fixtures.ts';
import { useSockets, useTenant, useTestApp } from '../testing/use-test-app.ts';
import { municipalities } from '../platform/db/schema/index.ts';

/** /metrics: behind its token, what operators watch, and never a word of a consultation. */
const token = 'metrics-token-for-the-tests-0123456789';
const t = useTestApp(() => ({ METRICS_TOKEN: token }));
const tenant = useTenant(t, 'metrics');
const sockets = useSockets(t);

async function scrape(authorization?: string) {
  return t.app.inject({
    method: 'GET',
    url: '/metrics',
    headers: authorization ? { authorization } : {},
  });
}

function sample(text: string, name: string, labels = ''): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${name}${labels} `));
  return line === undefined ? undefined : Number(line.split(' ').at(-1));
}

describe('/metrics', () => {
  it('answers only the bearer of the token', async () => {
    expect((await scrape()).statusCode).toBe(401);
    expect((await scrape(`Bearer ${token}x`)).statusCode).toBe(401);
    expect((await scrape(`Basic ${token}`)).statusCode).toBe(401);
    const ok = await scrape(`Bearer ${token}`);
    expect(ok.statusCode).toBe(200);
    expect(ok.headers['content-type']).toContain('text/plain');
  });

  it('counts the queue per municipality, messages and their acknowledgements, without content', async () => {
    const [municipality] = await t.ctx.db
      .select({ code: municipalities.code })
      .from(municipalities)
      .where(eq(municipalities.id, tenant.municipalityId));
    const code = municipality?.code ?? '';
    const worker = await signInAs(t, tenant.people.family);
    await startConsultationAs(worker, 'METRICS-SECRET 夜勤のあと眠れません');
    const before = (await scrape(`Bearer ${token}`)).body;
    expect(sample(before, 'yorisoi_queue_waiting', `{municipality="${code}"}`)).toBe(1);
    expect(
      sample(before, 'yorisoi_queue_longest_wait_seconds', `{municipality="${code}"}`),
    ).toBeGreaterThanOrEqual(0);

    const live = await liveConsultation(t, tenant, sockets);
    const sentBefore = sample(before, 'yorisoi_messages_sent_total') ?? 0;
    for (let i = 0; i < 3; i += 1) {
      await live.workerSocket.emitWithAck('message:send', {
        consultationId: live.id,
        clientMsgId: newClientMsgId(),
        body: `METRICS-SECRET ${i}`,
      });
    }
    const after = (await scrape(`Bearer ${token}`)).body;
    expect(sample(after, 'yorisoi_messages_sent_total')).toBe(sentBefore + 3);
    expect(sample(after, 'yorisoi_message_ack_seconds_count')).toBeGreaterThanOrEqual(3);
    expect(sample(after, 'yorisoi_socket_connections')).toBeGreaterThanOrEqual(2);
    expect(after).toMatch(
      /yorisoi_http_request_duration_seconds_count\{method="POST",route="\/api\/consultations",status="200"\} \d+/,
    );
    expect(sample(after, 'yorisoi_outbox_messages', '{state="pending"}')).toBeGreaterThanOrEqual(0);
    expect(after).not.toContain('METRICS-SECRET');
    expect(after).not.toContain(live.id);
    expect(after).not.toContain(tenant.people.worker.email);
  });
});
