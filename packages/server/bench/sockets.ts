import { performance } from 'node:perf_hooks';
import type { TMessage } from '@yorisoi/shared';
import { connectSocket, type TestSocket } from '../src/testing/socket-client.ts';
import { mapLimit } from './stats.ts';

export const ackTimeoutMs = 30_000;
const connectConcurrency = 50;

export interface Participant {
  socket: TestSocket;
  consultationId: string;
  side: 'worker' | 'coordinator';
}

export interface SocketPlan {
  cookie: string;
  consultationId: string;
  side: Participant['side'];
}

/**
 * Counts what the other side of a consultation receives (`message:new` with mine=false)
 * of the messages sent in the current phase, and how long after the send it arrived.
 */
export class Deliveries {
  private sentAt = new Map<string, number>();
  latencies: number[] = [];
  count = 0;
  lastAt = 0;

  expect(clientMsgId: string, at: number) {
    this.sentAt.set(clientMsgId, at);
  }

  receive(message: TMessage) {
    if (message.mine) return;
    const sentAt = this.sentAt.get(message.clientMsgId);
    if (sentAt === undefined) return;
    this.sentAt.delete(message.clientMsgId);
    this.lastAt = performance.now();
    this.count++;
    this.latencies.push(this.lastAt - sentAt);
  }

  reset() {
    this.sentAt.clear();
    this.latencies = [];
    this.count = 0;
    this.lastAt = 0;
  }
}

/** Connects with the person's cookie and our Origin, and joins the consultation's room. */
async function connectParticipant(
  url: string,
  plan: SocketPlan,
  deliveries: Deliveries,
): Promise<Participant> {
  const socket = await connectSocket(url, plan.cookie);
  socket.on('message:new', (message) => deliveries.receive(message));
  const joined = await socket
    .timeout(ackTimeoutMs)
    .emitWithAck('consultation:join', { consultationId: plan.consultationId });
  if ('error' in joined) {
    socket.close();
    throw new Error(`join refused: ${joined.error.code}`);
  }
  return { socket, consultationId: plan.consultationId, side: plan.side };
}

export function connectAll(
  url: string,
  plans: SocketPlan[],
  deliveries: Deliveries,
  opened: Participant[],
): Promise<Participant[]> {
  return mapLimit(plans, connectConcurrency, async (plan) => {
    const participant = await connectParticipant(url, plan, deliveries);
    // Recorded at once, so the sockets are closed even if a later connection fails.
    opened.push(participant);
    return participant;
  });
}
