import { describe, expect, it } from 'vitest';
import { signInAs } from '../testing/fixtures.ts';
import { newClientMsgId, startConsultationAs } from '../testing/consultation-fixtures.ts';
import { connectSocket, type TestSocket } from '../testing/socket-client.ts';
import { sql } from 'drizzle-orm';
import { queryRows } from '../platform/db/database.ts';
import { useTestApp, useTenant, useSockets } from '../testing/use-test-app.ts';

const candidate = {
  candidate: 'candidate:842163049 1 udp 1677729535 127.0.0.1 54321 typ srflx raddr 0.0.0.0 rport 0',
  sdpMid: '0',
  sdpMLineIndex: 0,
};

const t = useTestApp(() => ({
  SOCKET_MESSAGES_PER_MINUTE: '60',
  SOCKET_MESSAGE_BURST: '3',
  SOCKET_TYPING_PER_MINUTE: '60',
  SOCKET_TYPING_BURST: '2',
  SOCKET_CALLS_PER_MINUTE: '60',
  SOCKET_CALL_BURST: '2',
  SOCKET_SIGNALS_PER_MINUTE: '60',
  SOCKET_SIGNAL_BURST: '3',
}));
const tenant = useTenant(t, 'socket-limits');
const sockets = useSockets(t);

const send = (socket: TestSocket, consultationId: string, body: string) =>
  socket.emitWithAck('message:send', { consultationId, clientMsgId: newClientMsgId(), body });

describe('socket rate limits', () => {
  it('refuses sends over the limit with RATE_LIMITED and stores nothing, per socket and per account', async () => {
    const worker = await signInAs(t, tenant.people.worker);
    const started = await startConsultationAs(worker);
    const id = started.consultation.id;
    const first = await connectSocket(sockets.url, worker.cookie);
    const second = await connectSocket(sockets.url, worker.cookie);
    const third = await connectSocket(sockets.url, worker.cookie);
    sockets.closeAfterTest(first, second, third);

    const fromFirst = [];
    for (let i = 0; i < 4; i++) fromFirst.push(await send(first, id, `first ${i}`));
    expect(fromFirst.slice(0, 3).every((ack) => 'seq' in ack)).toBe(true);
    expect(fromFirst[3]).toMatchObject({
      error: { code: 'RATE_LIMITED', message: expect.stringContaining('リクエストが多すぎます') },
    });

    // The account allows twice a socket's burst: 3 more from another socket, then refused.
    const fromSecond = [];
    for (let i = 0; i < 3; i++) fromSecond.push(await send(second, id, `second ${i}`));
    expect(fromSecond.filter((ack) => 'seq' in ack)).toHaveLength(3);
    expect(await send(third, id, 'third')).toMatchObject({ error: { code: 'RATE_LIMITED' } });

    const page = await worker.ok('listMessages', { params: { id } });
    expect(page.items.map((m) => m.body).filter((b) => b.startsWith('first'))).toHaveLength(3);
    expect(page.items.some((m) => m.body === 'third')).toBe(false);

    // Tokens come back with time.
    t.clock.advance(2_000);
    expect(await send(first, id, 'later')).toHaveProperty('seq');
  });

  it('limits typing updates too', async () => {
    const family = await signInAs(t, tenant.people.family);
    const started = await startConsultationAs(family);
    const consultationId = started.consultation.id;
    const socket = await sockets.connect(family);
    await socket.emitWithAck('consultation:join', { consultationId });
    const acks = [];
    for (let i = 0; i < 3; i++) {
      acks.push(await socket.emitWithAck('typing:set', { consultationId, typing: i % 2 === 0 }));
    }
    expect(acks.slice(0, 2)).toEqual([{ ok: true }, { ok: true }]);
    expect(acks[2]).toMatchObject({ error: { code: 'RATE_LIMITED' } });
  });

  it('limits call invitations and signalling, refusing before anything is stored or relayed', async () => {
    const worker = await signInAs(t, tenant.people.worker);
    const id = (await startConsultationAs(worker)).consultation.id;
    const nurse = await signInAs(t, tenant.people.coordinator);
    await nurse.ok('claimConsultation', { params: { id } });
    const caller = await connectSocket(sockets.url, nurse.cookie);
    const callee = await connectSocket(sockets.url, worker.cookie);
    sockets.closeAfterTest(caller, callee);
    let rang = 0;
    callee.on('call:ringing', () => rang++);
    let candidates = 0;
    callee.on('call:ice', () => candidates++);

    const invite = () => caller.emitWithAck('call:invite', { consultationId: id, kind: 'video' });
    const callsNow = async () =>
      (await queryRows<{ n: number }>(t.ctx.db, sql`select count(*)::int as n from calls`))[0]?.n;
    for (let i = 0; i < 2; i++) {
      const placed = await invite();
      expect(placed).toHaveProperty('id');
      // Hanging up is never held to the invitations' limit.
      expect(
        await caller.emitWithAck('call:hangup', { callId: (placed as { id: string }).id }),
      ).toHaveProperty('id');
    }
    // Two invitations were the burst: a third is refused and rings nowhere.
    const before = await callsNow();
    expect(await invite()).toMatchObject({ error: { code: 'RATE_LIMITED' } });
    expect(await callsNow()).toBe(before);

    t.clock.advance(60_000);
    const ringing = await invite();
    expect(ringing).toHaveProperty('id');
    const ice = { callId: (ringing as { id: string }).id, candidate };
    const signals = [];
    for (let i = 0; i < 4; i++) signals.push(await caller.emitWithAck('call:ice', ice));
    expect(signals.slice(0, 3)).toEqual([{ ok: true }, { ok: true }, { ok: true }]);
    expect(signals[3]).toMatchObject({ error: { code: 'RATE_LIMITED' } });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(rang).toBe(3);
    expect(candidates).toBe(3);
  });
});
