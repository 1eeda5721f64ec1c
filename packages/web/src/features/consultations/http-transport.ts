import { ChatRefusal, type ChatTransport } from '@yorisoi/shared';
import { call } from '../../api/client.ts';
import { ApiError } from '../../api/errors.ts';

/** A refusal by the API as the chat's refusal; no answer (offline) stays as it is. */
export async function refusedAsChat<T>(request: Promise<T>): Promise<T> {
  try {
    return await request;
  } catch (error) {
    if (error instanceof ApiError) throw new ChatRefusal(error.code);
    throw error;
  }
}

/**
 * The chat over plain HTTP, for where the socket is blocked (a proxy, a policy) or refused.
 * Requests may overtake each other, so messages go one at a time, in order.
 */
export function httpTransport(consultationId: string): ChatTransport {
  const params = { id: consultationId };
  return {
    maxInFlight: 1,
    join: () => refusedAsChat(call('getConsultation', { params })),
    fetchPage: (afterSeq, limit) =>
      refusedAsChat(call('listMessages', { params, query: { afterSeq, limit } })),
    send: (body) => refusedAsChat(call('sendMessage', { params, body })),
    markRead: (seq) =>
      refusedAsChat(call('markRead', { params, body: { deliveredSeq: seq, readSeq: seq } })),
  };
}
