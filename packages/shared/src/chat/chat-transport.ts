import type {
  TConsultation,
  TMessageAck,
  TMessagePage,
  TReceipt,
} from '../contracts/consultations.ts';
import type { TSocketError } from '../contracts/realtime.ts';

/** What a message carries to the server; its files were uploaded before. */
export interface OutgoingMessage {
  clientMsgId: string;
  body: string;
  attachmentIds: string[];
}

/**
 * The way one chat talks to the server, for one consultation: Socket.IO in the browser and
 * the server's tests, plain HTTP where a socket cannot be used. Each call resolves with the
 * server's answer, rejects with a `ChatRefusal` when the server refused it with a catalog
 * code, and with any other error when no answer came (timeout, offline).
 */
export interface ChatTransport {
  /**
   * How many sends may await their answer at once. One socket keeps the order it sends
   * in; separate HTTP requests may overtake each other, so they go one at a time.
   */
  readonly maxInFlight: number;
  join(): Promise<TConsultation>;
  fetchPage(afterSeq: number, limit: number): Promise<TMessagePage>;
  send(message: OutgoingMessage): Promise<TMessageAck>;
  markRead(seq: number): Promise<TReceipt>;
}

/** The server answered with a refusal: a catalog code, not a lost connection. */
export class ChatRefusal extends Error {
  readonly code: string;

  constructor(code: string) {
    super(code);
    this.code = code;
    this.name = 'ChatRefusal';
  }
}

/** A socket acknowledgement `{ error }` as a rejection, anything else as the answer. */
export function answerOrRefusal<T extends object>(answer: T | TSocketError): T {
  if (isSocketError(answer)) throw new ChatRefusal(answer.error.code);
  return answer;
}

function isSocketError(answer: object): answer is TSocketError {
  return 'error' in answer;
}
