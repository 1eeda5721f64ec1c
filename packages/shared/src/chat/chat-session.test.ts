import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ChatSession } from './chat-session.ts';
import { ChatSync } from './chat-sync.ts';
import { ChatRefusal, type ChatTransport } from './chat-transport.ts';
import { at, consultationId, ModelChatServer, uuid } from './model-chat-server.ts';
import { memoryOutboxStore, newOutboxEntry } from './outbox.ts';

/** What becomes of one send. */
const fates = ['ack', 'ackAndEcho', 'lost', 'answerLost', 'refusedForNow', 'linkDrops'] as const;
type Fate = (typeof fates)[number];

const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

/** A chat over a transport to the model server whose sends meet the fates planned. */
function chatOver(server: ModelChatServer, plan: Fate[], maxInFlight: number) {
  const sync = new ChatSync(memoryOutboxStore(), 'worker');
  const marked: number[] = [];
  const session = new ChatSession({ sync, onReceipt: (r) => marked.push(r.readSeq) });
  const transport: ChatTransport = {
    maxInFlight,
    join: async () => server.consultation(),
    fetchPage: async (afterSeq, limit) => {
      const missing = server.after(afterSeq);
      return {
        items: missing.slice(0, limit),
        lastSeq: server.log.length,
        hasMore: missing.length > limit,
      };
    },
    send: async ({ clientMsgId, body }) => {
      const fate = plan.shift() ?? 'ack';
      if (fate === 'lost') throw new Error('no acknowledgement');
      if (fate === 'refusedForNow') throw new ChatRefusal('RATE_LIMITED');
      const ack = server.append(clientMsgId, body, true);
      if (fate === 'answerLost') throw new Error('no acknowledgement');
      if (fate === 'linkDrops') {
        session.linkLost(transport);
        throw new Error('disconnected');
      }
      if (fate === 'ackAndEcho') session.received([server.message(ack.seq)]);
      return ack;
    },
    markRead: async (seq) => ({
      consultationId,
      readerRole: 'worker',
      mine: true,
      deliveredSeq: seq,
      readSeq: seq,
      updatedAt: at.toISOString(),
    }),
  };
  return { sync, session, transport, marked };
}

describe('chat session', () => {
  it('delivers every message exactly once through lost sends, answers and connections', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.constantFrom(...fates), { maxLength: 40 }),
        fc.integer({ min: 1, max: 8 }),
        fc.integer({ min: 0, max: 3 }),
        fc.constantFrom(1, 3, Number.POSITIVE_INFINITY),
        async (plan, before, replies, maxInFlight) => {
          const server = new ModelChatServer();
          for (let i = 0; i < replies; i++) server.append(uuid('bbb', i), 'reply', false);
          const { sync, session, transport } = chatOver(server, [...plan], maxInFlight);
          const written: string[] = [];
          const write = () => {
            const entry = newOutboxEntry('message', at, uuid('aaa', written.length));
            written.push(entry.clientMsgId);
            sync.add(entry);
            session.pump();
          };
          for (let i = 0; i < before; i++) write();
          for (let attempt = 0; attempt < 60 && sync.pending.length > 0; attempt++) {
            if (!session.joinedOver) await session.resume(transport);
            if (attempt === 1) write();
            session.pump();
            await settled();
          }
          expect(sync.pending).toEqual([]);
          const ids = sync.messages.map((m) => m.clientMsgId);
          for (const id of written) expect(ids.filter((c) => c === id)).toHaveLength(1);
          await session.refresh();
          expect(sync.messages.map((m) => m.clientMsgId)).toEqual(
            server.log.map((m) => m.clientMsgId),
          );
        },
      ),
      { numRuns: 200 },
    );
  });

  it('keeps the order of messages over a transport that takes one at a time', async () => {
    const server = new ModelChatServer();
    const { sync, session, transport } = chatOver(server, ['lost', 'ack', 'lost'], 1);
    await session.resume(transport);
    for (let i = 0; i < 3; i++) sync.add(newOutboxEntry(`m${i}`, at, uuid('ccc', i)));
    for (let i = 0; i < 4; i++) {
      session.pump();
      await settled();
    }
    expect(server.log.map((m) => m.body)).toEqual(['m0', 'm1', 'm2']);
  });

  it('catches up page by page on joining and marks reading once', async () => {
    const server = new ModelChatServer();
    for (let i = 0; i < 450; i++) server.append(uuid('ddd', i), 'reply', false);
    const { sync, session, transport, marked } = chatOver(server, [], 1);
    await session.resume(transport);
    expect(sync.contiguousSeq).toBe(450);
    session.markRead();
    session.markRead();
    await settled();
    expect(marked).toEqual([450]);
  });

  it('sends nothing over a transport whose connection is gone', async () => {
    const server = new ModelChatServer();
    const { sync, session, transport } = chatOver(server, [], 5);
    await session.resume(transport);
    session.linkLost(transport);
    sync.add(newOutboxEntry('待つ', at, uuid('eee', 1)));
    session.pump();
    await settled();
    expect(server.log).toEqual([]);
    expect(sync.pending).toHaveLength(1);
  });
});
