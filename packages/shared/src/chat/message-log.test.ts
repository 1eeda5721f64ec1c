import { describe, expect, it } from 'vitest';
import {
  contiguousSeq,
  fromAck,
  hasGap,
  mergeMessages,
  stillPending,
  type LoggedMessage,
} from './message-log.ts';
import { newOutboxEntry } from './outbox.ts';

const at = '2026-11-22T03:00:00.000Z';
const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const msg = (seq: number, clientNo = seq): LoggedMessage => ({
  seq,
  clientMsgId: id(clientNo),
  senderRole: 'worker',
  mine: true,
  body: `message ${seq}`,
  attachments: [],
  createdAt: at,
});

describe('message log', () => {
  it('keeps messages in seq order whatever order they arrive in', () => {
    const log = mergeMessages([msg(3)], [msg(1), msg(2)]);
    expect(log.map((m) => m.seq)).toEqual([1, 2, 3]);
  });

  it('never holds a message twice, by seq or by client id', () => {
    const once = mergeMessages([], [msg(1), msg(2)]);
    const again = mergeMessages(once, [msg(2), msg(1), { ...msg(9), clientMsgId: id(2) }]);
    expect(again.map((m) => m.seq)).toEqual([1, 2]);
  });

  it('finds where a catch-up must start and whether anything is missing', () => {
    expect(contiguousSeq([])).toBe(0);
    const log = mergeMessages([], [msg(1), msg(2), msg(4)]);
    expect(contiguousSeq(log)).toBe(2);
    expect(hasGap(log)).toBe(true);
    const filled = mergeMessages(log, [msg(3)]);
    expect(contiguousSeq(filled)).toBe(4);
    expect(hasGap(filled)).toBe(false);
    expect(hasGap(filled, 6)).toBe(true);
  });

  it('turns an acknowledgement into our own message at its seq', () => {
    const entry = newOutboxEntry('ありがとうございます', new Date(at), id(7));
    const logged = fromAck(
      { consultationId: id(99), clientMsgId: id(7), seq: 5, createdAt: at },
      entry,
      'family',
    );
    expect(logged).toEqual({
      seq: 5,
      clientMsgId: id(7),
      senderRole: 'family',
      mine: true,
      body: 'ありがとうございます',
      attachments: [],
      createdAt: at,
    });
  });

  it('shows as pending only what the log does not hold yet', () => {
    const delivered = newOutboxEntry('届いた', new Date(at), id(1));
    const waiting = newOutboxEntry('まだ', new Date(at), id(50));
    expect(stillPending([delivered, waiting], [msg(1)])).toEqual([waiting]);
  });
});
