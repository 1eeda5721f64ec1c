import type { MessageRow } from './messages.repository.ts';
import type { ReceiptRow } from './receipts.repository.ts';
import type { ConsultationRow } from './consultations.repository.ts';

/**
 * What the consultation use-cases announce after a commit. Delivery is best effort by
 * design: a client that misses an event catches up from the log with its last sequence
 * number. The real-time module implements it; tests without sockets use `noEvents`.
 */
export interface ConsultationEvents {
  /**
   * `origin`: the socket the message was sent through. Its acknowledgement carries the
   * message to it, so it is not sent the message again; the sender's other devices are.
   */
  messageCommitted(message: MessageRow, origin?: MessageOrigin): void;
  receiptAdvanced(receipt: ReceiptRow): void;
  /** Status, assignee, urgency or participants changed; `queue` when the waiting queue moved. */
  consultationChanged(change: ConsultationChange): void;
}

export interface MessageOrigin {
  socketId: string;
}

export interface ConsultationChange {
  municipalityId: string;
  consultationId: string;
  personUserId: string;
  /** The coordinator holding it now: told of every change, an assignment included. */
  assigneeUserId: string | null;
  queue: boolean;
  /**
   * `assignee`: only the coordinator holding it hears (a new message from the person, for
   * their list's unread counts). Otherwise everyone following it, and the care team's
   * 緊急 inbox re-reads (risk flags, holder and joined supervisors are shown there).
   */
  audience?: 'all' | 'assignee';
}

export const noEvents: ConsultationEvents = {
  messageCommitted: () => undefined,
  receiptAdvanced: () => undefined,
  consultationChanged: () => undefined,
};

/** The change notice of a consultation as it is now. */
export const changeOf = (
  consultation: Pick<
    ConsultationRow,
    'municipalityId' | 'id' | 'personUserId' | 'assignedCoordinatorId'
  >,
  { queue, audience = 'all' }: { queue: boolean; audience?: 'all' | 'assignee' },
): ConsultationChange => ({
  municipalityId: consultation.municipalityId,
  consultationId: consultation.id,
  personUserId: consultation.personUserId,
  assigneeUserId: consultation.assignedCoordinatorId,
  queue,
  audience,
});

/** After a send: the message goes out; a risk hit re-orders the queue and the care team's view. */
export function announceSent(
  events: ConsultationEvents,
  sent: { message: MessageRow; consultation: ConsultationRow; riskFlagged: boolean },
  origin?: MessageOrigin,
) {
  events.messageCommitted(sent.message, origin);
  if (sent.riskFlagged) {
    events.consultationChanged(
      changeOf(sent.consultation, { queue: sent.consultation.status === 'queued' }),
    );
  } else if (
    sent.message.senderUserId === sent.consultation.personUserId &&
    sent.consultation.assignedCoordinatorId
  ) {
    events.consultationChanged(changeOf(sent.consultation, { queue: false, audience: 'assignee' }));
  }
}
