import { describe, expect, it } from 'vitest';
import type { TMessageAck, TSocketError } from '@yorisoi/shared';
import { fixturePassword, signInAs } from '../testing/fixtures.ts';
import { TestClient } from '../testing/test-client.ts';
import { snapshotDatabase } from '../testing/db-snapshot.ts';
import {
  newClientMsgId,
  startConsultationAs,
  liveConsultation,
  strangersToConsultation,
} from '../testing/consultation-fixtures.ts';
import { connectSocket, nextEvents, type TestSocket } from '../testing/socket-client.ts';
import { useSockets, useTestApp, useTenant } from '../testing/use-test-app.ts';

const t = useTestApp();
const tenant = useTenant(t, 'live');
const other = useTenant(t, 'elsewhere');
const sockets = useSockets(t);

const isError = (response: unknown): response is TSocketError =>
  typeof response === 'object' && response !== null && 'error' in response;

describe('socket handshake', () => {
  it('refuses a socket without a session', async () => {
    await expect(connectSocket(sockets.url, null)).rejects.toMatchObject({
      message: 'UNAUTHENTICATED',
      data: { error: { code: 'UNAUTHENTICATED' } },
    });
  });

  it('refuses a foreign Origin even with a valid session', async () => {
    const worker = await signInAs(t, tenant.people.worker);
    await expect(
      connectSocket(sockets.url, worker.cookie, { origin: 'https://evil.example' }),
    ).rejects.toMatchObject({ message: 'CSRF_INVALID' });
  });

  it('refuses staff who have not passed their second factor', async () => {
    const client = new TestClient(t.app);
    await client.ok('signIn', {
      body: { email: tenant.people.coordinator.email, password: fixturePassword },
    });
    await expect(connectSocket(sockets.url, client.cookie)).rejects.toMatchObject({
      message: 'MFA_VERIFICATION_REQUIRED',
    });
  });
});

describe('live messages', () => {
  it('acknowledges after commit and delivers to the other party with mine per recipient', async () => {
    const { worker, id, workerSocket, coordinatorSocket } = await liveConsultation(
      t,
      tenant,
      sockets,
    );
    const secondDevice = await sockets.connect(worker);
    await secondDevice.emitWithAck('consultation:join', { consultationId: id });
    const atCoordinator = nextEvents(coordinatorSocket, 'message:new', 1);
    const atSecondDevice = nextEvents(secondDevice, 'message:new', 1);
    const clientMsgId = newClientMsgId();
    const ack = (await workerSocket.emitWithAck('message:send', {
      consultationId: id,
      clientMsgId,
      body: '熱が下がりません',
    })) as TMessageAck;
    expect(ack).toMatchObject({ consultationId: id, clientMsgId, seq: 2 });
    const [received] = await atCoordinator;
    expect(received).toMatchObject({ seq: 2, clientMsgId, mine: false, body: '熱が下がりません' });
    expect((await atSecondDevice)[0]).toMatchObject({ seq: 2, mine: true });
    // The sending socket has the message from its acknowledgement and is not sent it
    // again: the first message it is sent is the reply (a socket's events keep their order).
    const atSender = nextEvents(workerSocket, 'message:new', 1);
    await coordinatorSocket.emitWithAck('message:send', {
      consultationId: id,
      clientMsgId: newClientMsgId(),
      body: '様子を教えてください',
    });
    expect((await atSender)[0]).toMatchObject({ seq: 3, mine: false });
    // The same message through HTTP and the socket again: one message, one seq.
    const viaHttp = await worker.ok('sendMessage', {
      params: { id },
      body: { clientMsgId, body: '熱が下がりません' },
    });
    expect(viaHttp).toEqual(ack);
    expect(
      await workerSocket.emitWithAck('message:send', {
        consultationId: id,
        clientMsgId,
        body: '熱が下がりません',
      }),
    ).toEqual(ack);
    const page = await worker.ok('listMessages', { params: { id } });
    expect(page.lastSeq).toBe(3);
  });

  it('pushes messages sent over HTTP and receipts to joined sockets', async () => {
    const { coordinator, id, workerSocket } = await liveConsultation(t, tenant, sockets);
    const messages = nextEvents(workerSocket, 'message:new', 1);
    await coordinator.ok('sendMessage', {
      params: { id },
      body: { clientMsgId: newClientMsgId(), body: 'お話を聞かせてください' },
    });
    expect((await messages)[0]).toMatchObject({ senderRole: 'coordinator', mine: false });
    const receipts = nextEvents(workerSocket, 'receipt:update', 1);
    await coordinator.ok('markRead', { params: { id }, body: { readSeq: 2 } });
    expect((await receipts)[0]).toMatchObject({
      consultationId: id,
      readerRole: 'coordinator',
      mine: false,
      readSeq: 2,
    });
    const own = await workerSocket.emitWithAck('receipt:mark', {
      consultationId: id,
      deliveredSeq: 2,
    });
    expect(own).toMatchObject({ mine: true, deliveredSeq: 2, readSeq: 0 });
  });

  it('replays what a client missed while disconnected, in order, from the log', async () => {
    const { worker, coordinatorSocket, id, workerSocket } = await liveConsultation(
      t,
      tenant,
      sockets,
    );
    workerSocket.close();
    const acks: TMessageAck[] = [];
    for (let i = 0; i < 5; i++) {
      acks.push(
        (await coordinatorSocket.emitWithAck('message:send', {
          consultationId: id,
          clientMsgId: newClientMsgId(),
          body: `while you were away ${i}`,
        })) as TMessageAck,
      );
    }
    const again = await sockets.connect(worker);
    const page = await again.emitWithAck('consultation:sync', { consultationId: id, afterSeq: 1 });
    if (isError(page)) throw new Error(page.error.code);
    expect(page.items.map((m) => m.seq)).toEqual(acks.map((a) => a.seq));
    expect(page.items.map((m) => m.body)).toEqual(acks.map((_, i) => `while you were away ${i}`));
    expect(page).toMatchObject({ lastSeq: 6, hasMore: false });
    const partial = await again.emitWithAck('consultation:sync', {
      consultationId: id,
      afterSeq: 4,
      limit: 1,
    });
    expect(partial).toMatchObject({ items: [{ seq: 5 }], hasMore: true });
  });

  it('disconnects sockets whose session ended', async () => {
    const worker = await signInAs(t, tenant.people.worker);
    const socket = await sockets.connect(worker);
    const closed = new Promise<string>((resolve) => socket.once('disconnect', resolve));
    await worker.ok('signOut');
    expect(await t.app.realtime.sweepSessions()).toBeGreaterThanOrEqual(1);
    expect(await closed).toBe('io server disconnect');
  });
});

describe('who may use a consultation over the socket', () => {
  it('answers NOT_FOUND to every non-party, sends them nothing, and changes nothing', async () => {
    const { id, workerSocket, coordinatorSocket } = await liveConsultation(t, tenant, sockets);
    const strangers = await strangersToConsultation(t.ctx, tenant, other);
    const strangerSockets: [string, TestSocket][] = [];
    for (const [label, person] of strangers) {
      strangerSockets.push([label, await sockets.connect(await signInAs(t, person))]);
    }
    const leaked: string[] = [];
    for (const [label, socket] of strangerSockets) {
      socket.on('message:new', () => leaked.push(label));
      socket.on('receipt:update', () => leaked.push(label));
    }
    const before = await snapshotDatabase(t.ctx.db);
    for (const [label, socket] of strangerSockets) {
      const answers = [
        await socket.emitWithAck('consultation:join', { consultationId: id }),
        await socket.emitWithAck('consultation:sync', { consultationId: id, afterSeq: 0 }),
        await socket.emitWithAck('message:send', {
          consultationId: id,
          clientMsgId: newClientMsgId(),
          body: 'intrusion',
        }),
        await socket.emitWithAck('receipt:mark', { consultationId: id, readSeq: 1 }),
      ];
      for (const answer of answers) {
        expect(answer, label).toMatchObject({ error: { code: 'NOT_FOUND' } });
      }
    }
    expect(await snapshotDatabase(t.ctx.db)).toBe(before);
    // A message the parties exchange now reaches none of them; its arrival at the
    // coordinator proves delivery ran.
    const delivered = nextEvents(coordinatorSocket, 'message:new', 1);
    await workerSocket.emitWithAck('message:send', {
      consultationId: id,
      clientMsgId: newClientMsgId(),
      body: 'only for the care team',
    });
    await delivered;
    expect(leaked).toEqual([]);
  });
});

describe('bad socket payloads', () => {
  it('get VALIDATION_FAILED or NOT_FOUND and change nothing', async () => {
    const { id, workerSocket } = await liveConsultation(t, tenant, sockets);
    const foreign = await startConsultationAs(await signInAs(t, other.people.worker));
    const before = await snapshotDatabase(t.ctx.db);
    const uuid = newClientMsgId();
    const sends: [unknown, string][] = [
      [{ consultationId: id, clientMsgId: uuid, body: 'x'.repeat(4001) }, 'VALIDATION_FAILED'],
      [{ consultationId: id, clientMsgId: uuid, body: ['array'] }, 'VALIDATION_FAILED'],
      [{ consultationId: id, clientMsgId: 17, body: 'x' }, 'VALIDATION_FAILED'],
      [{ consultationId: 'abc', clientMsgId: uuid, body: 'x' }, 'VALIDATION_FAILED'],
      [{ consultationId: id, body: 'x' }, 'VALIDATION_FAILED'],
      ['just a string', 'VALIDATION_FAILED'],
      [null, 'VALIDATION_FAILED'],
      [{ consultationId: newClientMsgId(), clientMsgId: uuid, body: 'forged' }, 'NOT_FOUND'],
      [{ consultationId: foreign.consultation.id, clientMsgId: uuid, body: 'x' }, 'NOT_FOUND'],
    ];
    const loose = workerSocket as unknown as {
      emitWithAck(event: string, payload: unknown): Promise<unknown>;
    };
    for (const [payload, code] of sends) {
      const answer = await loose.emitWithAck('message:send', payload);
      expect(answer, JSON.stringify(payload)?.slice(0, 60)).toMatchObject({ error: { code } });
      expect((answer as TSocketError).error.message).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    }
    for (const payload of [
      { consultationId: id, afterSeq: '0' },
      { consultationId: id, afterSeq: -1 },
      { consultationId: id, afterSeq: 0, limit: 100_000 },
      { consultationId: id },
    ]) {
      expect(await loose.emitWithAck('consultation:sync', payload)).toMatchObject({
        error: { code: 'VALIDATION_FAILED' },
      });
    }
    for (const payload of [{ consultationId: id }, { consultationId: id, readSeq: 'all' }]) {
      expect(await loose.emitWithAck('receipt:mark', payload)).toMatchObject({
        error: { code: 'VALIDATION_FAILED' },
      });
    }
    expect(await snapshotDatabase(t.ctx.db)).toBe(before);
  });
});
