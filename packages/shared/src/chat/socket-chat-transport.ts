import type {
  TConsultation,
  TMessageAck,
  TMessagePage,
  TReceipt,
} from '../contracts/consultations.ts';
import type {
  TSocketError,
  TSocketJoin,
  TSocketReceipt,
  TSocketSendMessage,
  TSocketSync,
} from '../contracts/realtime.ts';
import { answerOrRefusal, type ChatTransport } from './chat-transport.ts';

/**
 * The chat's four Socket.IO requests, each answered by its acknowledgement within a
 * timeout (`socket.timeout(ms).emitWithAck('consultation:join', payload)` …): the browser
 * and the server's tests each bind them to their socket.
 */
export interface ChatSocketRequests {
  join(payload: TSocketJoin): Promise<TConsultation | TSocketError>;
  sync(payload: TSocketSync): Promise<TMessagePage | TSocketError>;
  send(payload: TSocketSendMessage): Promise<TMessageAck | TSocketError>;
  markReceipt(payload: TSocketReceipt): Promise<TReceipt | TSocketError>;
}

/** The chat over one Socket.IO connection, which keeps the order of what it sends. */
export function socketChatTransport(
  requests: ChatSocketRequests,
  consultationId: string,
): ChatTransport {
  return {
    maxInFlight: Number.POSITIVE_INFINITY,
    join: async () => answerOrRefusal(await requests.join({ consultationId })),
    fetchPage: async (afterSeq, limit) =>
      answerOrRefusal(await requests.sync({ consultationId, afterSeq, limit })),
    send: async (message) => answerOrRefusal(await requests.send({ consultationId, ...message })),
    markRead: async (seq) =>
      answerOrRefusal(
        await requests.markReceipt({ consultationId, deliveredSeq: seq, readSeq: seq }),
      ),
  };
}
