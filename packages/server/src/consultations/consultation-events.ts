import type { MessageRow } from './messages.repository.ts';
import type { ReceiptRow } from './receipts.repository.ts';

/**
 * What the consultation use-cases announce after a commit. Delivery is best effort by
 * design: a client that misses an event catches up from the log with its last sequence
 * number. The real-time module implements it; tests without sockets use `noEvents`.
 */
export interface ConsultationEvents {
  messageCommitted(message: MessageRow): void;
  receiptAdvanced(receipt: ReceiptRow): void;
}

export const noEvents: ConsultationEvents = {
  messageCommitted: () => undefined,
  receiptAdvanced: () => undefined,
};
