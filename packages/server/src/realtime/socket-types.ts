import type { Server, Socket } from 'socket.io';
import type { ClientToServerEvents, ServerToClientEvents } from '@yorisoi/shared';
import type { RequestSession } from '../auth/session.service.ts';

/**
 * Committed messages of one municipality, by id only: content never travels between
 * instances. Each entry is [consultationId, messageId], so an instance where nobody
 * joined those consultations reads nothing.
 */
export interface MessagesNote {
  municipalityId: string;
  messages: [consultationId: string, messageId: string][];
}

/** How instances of the previous version announce a message (one per notice). */
export interface PreviousMessageNote {
  municipalityId: string;
  consultationId: string;
  messageId: string;
}

/** A receipt carries no content, so it travels whole. */
export interface ReceiptNote {
  municipalityId: string;
  consultationId: string;
  userId: string;
  readerRole: string;
  deliveredSeq: number;
  readSeq: number;
  updatedAt: string;
}

/** Between server instances (through the adapter), never to clients. */
export interface ServerSideEvents {
  'consultation:messages': (note: MessagesNote) => void;
  'consultation:message': (note: PreviousMessageNote) => void;
  'consultation:receipt': (note: ReceiptNote) => void;
  /** A call event for one user's sockets, deflated (see calls/call-relay.ts). */
  'call:relay': (note: CallRelayNote) => void;
}

export interface CallRelayNote {
  userId: string;
  event: string;
  /** base64 of the deflated JSON payload: SDP stays under NOTIFY's limit, never in a table. */
  data: string;
}

export interface SocketData {
  session: RequestSession;
}

export type RealtimeServer = Server<
  ClientToServerEvents,
  ServerToClientEvents,
  ServerSideEvents,
  SocketData
>;
export type RealtimeSocket = Socket<
  ClientToServerEvents,
  ServerToClientEvents,
  ServerSideEvents,
  SocketData
>;
