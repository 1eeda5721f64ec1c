import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TMessage, TMessageAck } from '../contracts/consultations.ts';
import { ChatSync } from './chat-sync.ts';
import { at, ModelChatServer, uuid } from './model-chat-server.ts';
import { memoryOutboxStore, newOutboxEntry, type OutboxEntry } from './outbox.ts';

/** One device and the network between it and the server, every step chosen by the test. */
class World {
  readonly server = new ModelChatServer();
  readonly sync = new ChatSync(memoryOutboxStore(), 'worker');
  readonly written: string[] = [];
  connected = false;
  /** Sends on their way to the server. */
  requests: { entry: OutboxEntry; round: number }[] = [];
  /** Answers on their way back. */
  answers: { entry: OutboxEntry; round: number; ack: TMessageAck | null; refusal?: string }[] = [];
  /** Live deliveries (`message:new`) on their way, the same one possibly twice. */
  live: TMessage[] = [];
  private counter = 0;

  run(step: Step) {
    const pick = <T>(list: T[]): T | undefined =>
      list.length === 0 ? undefined : list.splice(step.at % list.length, 1)[0];
    switch (step.kind) {
      case 'write': {
        const entry = newOutboxEntry(`message ${this.counter}`, at, uuid('aaa', this.counter++));
        this.written.push(entry.clientMsgId);
        this.sync.add(entry);
        return;
      }
      case 'otherWrites': {
        const ack = this.server.append(uuid('bbb', this.counter++), 'reply', false);
        if (this.connected) this.live.push(this.server.message(ack.seq));
        return;
      }
      case 'send': {
        if (!this.connected) return;
        const { round, entries } = this.sync.takeSendable(step.at % 3 === 0 ? 1 : undefined);
        for (const entry of entries) this.requests.push({ entry, round });
        return;
      }
      case 'serverTakes': {
        const request = pick(this.requests);
        if (!request) return;
        const ack = this.server.append(request.entry.clientMsgId, request.entry.body, true);
        this.answers.push({ ...request, ack });
        if (this.connected) this.live.push(this.server.message(ack.seq));
        return;
      }
      case 'serverRefusesForNow': {
        const request = pick(this.requests);
        if (request) this.answers.push({ ...request, ack: null, refusal: 'RATE_LIMITED' });
        return;
      }
      case 'requestLost': {
        const request = pick(this.requests);
        if (request) this.answers.push({ ...request, ack: null });
        return;
      }
      case 'answerArrives': {
        const answer = pick(this.answers);
        if (!answer) return;
        if (answer.ack) this.sync.acknowledged(answer.entry, answer.ack, answer.round);
        else this.sync.notSent(answer.entry.clientMsgId, answer.round, answer.refusal ?? null);
        return;
      }
      case 'liveArrives': {
        const message = step.at % 4 === 0 ? this.live[0] : pick(this.live);
        if (message) this.sync.received([message]);
        return;
      }
      case 'replay': {
        if (this.server.log.length === 0) return;
        this.sync.received([this.server.message((step.at % this.server.log.length) + 1)]);
        return;
      }
      case 'disconnect':
        this.connected = false;
        this.live = [];
        this.sync.linkLost();
        return;
      case 'connect':
        if (this.connected) return;
        this.connected = true;
        this.sync.received(this.server.after(this.sync.contiguousSeq));
        return;
    }
  }

  /** The network heals: every send arrives and every answer comes back, until none waits. */
  settle() {
    this.run({ kind: 'disconnect', at: 0 });
    for (const answer of this.answers) {
      this.sync.notSent(answer.entry.clientMsgId, answer.round);
    }
    this.requests = [];
    this.answers = [];
    this.run({ kind: 'connect', at: 0 });
    for (let round = 0; round < this.written.length + 1; round++) {
      const { round: sendRound, entries } = this.sync.takeSendable();
      for (const entry of entries) {
        this.sync.acknowledged(
          entry,
          this.server.append(entry.clientMsgId, entry.body, true),
          sendRound,
        );
      }
    }
  }

  /** What must hold after every step. */
  check() {
    const log = this.sync.messages;
    const seqs = log.map((m) => m.seq);
    const ids = log.map((m) => m.clientMsgId);
    expect(new Set(seqs).size).toBe(seqs.length);
    expect(new Set(ids).size).toBe(ids.length);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    for (const message of log) {
      expect(this.server.log[message.seq - 1]?.clientMsgId).toBe(message.clientMsgId);
    }
    const serverIds = this.server.log.map((m) => m.clientMsgId);
    expect(new Set(serverIds).size).toBe(serverIds.length);
    const pending = new Set(this.sync.pending.map((e) => e.clientMsgId));
    for (const id of this.written) {
      const shown = ids.filter((c) => c === id).length + (pending.has(id) ? 1 : 0);
      expect(shown, `message ${id} shown once, sent or waiting`).toBe(1);
    }
  }
}

const stepKinds = [
  'write',
  'otherWrites',
  'send',
  'serverTakes',
  'serverRefusesForNow',
  'requestLost',
  'answerArrives',
  'liveArrives',
  'replay',
  'disconnect',
  'connect',
] as const;
type Step = { kind: (typeof stepKinds)[number]; at: number };

const steps = fc.array(
  fc.record({ kind: fc.constantFrom(...stepKinds), at: fc.nat({ max: 1000 }) }),
  { maxLength: 80 },
);

describe('chat sync', () => {
  it('never loses or duplicates a message, whatever the order of acks, drops and redeliveries', () => {
    fc.assert(
      fc.property(steps, (plan) => {
        const world = new World();
        for (const step of plan) {
          world.run(step);
          world.check();
        }
        world.settle();
        world.check();
        expect(world.sync.pending).toEqual([]);
        const ids = world.sync.messages.map((m) => m.clientMsgId);
        for (const id of world.written) expect(ids).toContain(id);
        expect(world.sync.messages.map((m) => m.seq)).toEqual(world.server.log.map((m) => m.seq));
      }),
      { numRuns: 400 },
    );
  });

  it('keeps a message refused for good, apart, until the person drops it', () => {
    const sync = new ChatSync(memoryOutboxStore(), 'family');
    const entry = newOutboxEntry('届かない', at, uuid('ccc', 1));
    sync.add(entry);
    const { round } = sync.takeSendable();
    sync.notSent(entry.clientMsgId, round, 'CONSULTATION_CLOSED');
    expect(sync.refusals.get(entry.clientMsgId)).toBe('CONSULTATION_CLOSED');
    expect(sync.takeSendable().entries).toEqual([]);
    expect(sync.pending).toEqual([entry]);
    expect(sync.discard(entry.clientMsgId)).toEqual(entry);
    expect(sync.pending).toEqual([]);
  });

  it('sends again after a lost connection, not while the first send is still awaited', () => {
    const sync = new ChatSync(memoryOutboxStore(), 'worker');
    const entry = newOutboxEntry('こんばんは', at, uuid('ddd', 1));
    sync.add(entry);
    const first = sync.takeSendable();
    expect(first.entries).toEqual([entry]);
    expect(sync.takeSendable().entries).toEqual([]);
    sync.linkLost();
    const second = sync.takeSendable();
    expect(second.entries).toEqual([entry]);
    // The first send's late failure does not free the second one.
    sync.notSent(entry.clientMsgId, first.round);
    expect(sync.takeSendable().entries).toEqual([]);
  });

  it('marks reading once per new contiguous seq, and again after a failed mark', () => {
    const sync = new ChatSync(memoryOutboxStore(), 'worker');
    const server = new ModelChatServer();
    server.append(uuid('eee', 1), 'reply', false);
    server.append(uuid('eee', 2), 'reply', false);
    sync.received([server.message(2)]);
    expect(sync.takeReadMark()).toBeNull();
    sync.received([server.message(1)]);
    expect(sync.takeReadMark()).toBe(2);
    expect(sync.takeReadMark()).toBeNull();
    sync.readMarkFailed();
    expect(sync.takeReadMark()).toBe(2);
  });
});
