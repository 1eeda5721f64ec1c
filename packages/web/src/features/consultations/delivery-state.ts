import type { MessageSenderRole, TReceipt } from '@yorisoi/shared';

export type DeliveryState = 'pending' | 'refused' | 'sent' | 'read';

/** How far the other side has read: the furthest read receipt that is not one's own. */
export function peerReadSeq(receipts: readonly TReceipt[]): number {
  return receipts.reduce((max, r) => (r.mine ? max : Math.max(max, r.readSeq)), 0);
}

/** Replaces the receipt of the same reader, keeping the furthest position (receipts never move back). */
export function applyReceipt(receipts: readonly TReceipt[], update: TReceipt): TReceipt[] {
  const same = (r: TReceipt) => r.mine === update.mine && r.readerRole === update.readerRole;
  const previous = receipts.find(same);
  const merged = previous
    ? {
        ...update,
        deliveredSeq: Math.max(previous.deliveredSeq, update.deliveredSeq),
        readSeq: Math.max(previous.readSeq, update.readSeq),
      }
    : update;
  return [...receipts.filter((r) => !same(r)), merged];
}

export function sentState(seq: number, readByPeer: number): DeliveryState {
  return seq <= readByPeer ? 'read' : 'sent';
}

export type SenderLabel = 'you' | 'person' | 'coordinator' | 'supervisor';

/** Licence types are not known per message, so the care team is named by its role only. */
export function senderLabel(role: MessageSenderRole, mine: boolean): SenderLabel {
  if (mine) return 'you';
  if (role === 'worker' || role === 'family') return 'person';
  return role;
}
