import type { TConsultation, TMessage, TMessageAck } from '../contracts/consultations.ts';

/** For the chat's tests: one consultation's log on a server, without a database. */
export const consultationId = '00000000-0000-4000-8000-00000000c0de';
export const at = new Date('2026-12-07T12:00:00.000Z');
export const uuid = (prefix: string, n: number) =>
  `00000000-0000-4000-8${prefix}-${String(n).padStart(12, '0')}`;

/** The server as far as the chat can tell: one log, deduplicated by client id. */
export class ModelChatServer {
  readonly log: { seq: number; clientMsgId: string; mine: boolean; body: string }[] = [];

  append(clientMsgId: string, body: string, mine: boolean): TMessageAck {
    const held = this.log.find((m) => m.clientMsgId === clientMsgId);
    const seq = held?.seq ?? this.log.length + 1;
    if (!held) this.log.push({ seq, clientMsgId, mine, body });
    return { consultationId, clientMsgId, seq, createdAt: at.toISOString() };
  }

  message(seq: number): TMessage {
    const m = this.log[seq - 1]!;
    return {
      id: uuid('111', seq),
      consultationId,
      seq,
      clientMsgId: m.clientMsgId,
      senderRole: m.mine ? 'worker' : 'coordinator',
      mine: m.mine,
      body: m.body,
      attachments: [],
      createdAt: at.toISOString(),
    };
  }

  consultation(): TConsultation {
    return {
      id: consultationId,
      status: 'active',
      topics: ['mental_health'],
      preference: 'chat',
      urgency: 0,
      lastSeq: this.log.length,
      viewerIs: 'person',
      coordinatorAssigned: true,
      receipts: [],
      createdAt: at.toISOString(),
      closedAt: null,
    };
  }

  after(seq: number): TMessage[] {
    return this.log.filter((m) => m.seq > seq).map((m) => this.message(m.seq));
  }
}
