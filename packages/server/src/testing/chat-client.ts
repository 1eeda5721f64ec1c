import {
  ChatSession,
  ChatSync,
  memoryOutboxStore,
  newOutboxEntry,
  socketChatTransport,
  type ChatTransport,
  type LoggedMessage,
  type MessageSenderRole,
  type TMessageAck,
} from '@yorisoi/shared';
import crypto from 'node:crypto';
import { openSocket, type TestSocket } from './socket-client.ts';

const maxInFlight = 5;
const ackTimeoutMs = 5_000;
/** How often sends whose acknowledgement never came are made again. */
const retryMs = 250;

/**
 * A chat client as the web app behaves on a bad network, on the web app's own sync core
 * (`ChatSession` over `ChatSync`): messages wait in an outbox until the server acknowledges
 * them; on every (re)connection it joins, catches up after the last contiguous seq and
 * sends again what is still unacknowledged, a few at a time.
 */
export class ChatClient {
  readonly socket: TestSocket;
  readonly chat: ChatSync;
  /** Client ids of the messages written here, in order. */
  readonly written: string[] = [];
  /** Client id → seq, as acknowledged. */
  readonly acked = new Map<string, number>();
  /** Sends made again after a lost connection or a lost acknowledgement. */
  resent = 0;
  private readonly session: ChatSession;
  private readonly attempted = new Set<string>();
  private readonly retry: ReturnType<typeof setInterval>;

  private readonly onAck: (ack: TMessageAck) => void;

  constructor(
    url: string,
    cookie: string,
    consultationId: string,
    senderRole: MessageSenderRole,
    onAck: (ack: TMessageAck) => void = () => undefined,
  ) {
    this.onAck = onAck;
    const socket = openSocket(url, cookie, { reconnection: true });
    socket.io.reconnectionDelay(50);
    socket.io.reconnectionDelayMax(250);
    this.socket = socket;
    this.chat = new ChatSync(memoryOutboxStore(), senderRole);
    this.session = new ChatSession({ sync: this.chat });
    const ask = () => socket.timeout(ackTimeoutMs);
    const overSocket = socketChatTransport(
      {
        join: (payload) => ask().emitWithAck('consultation:join', payload),
        sync: (payload) => ask().emitWithAck('consultation:sync', payload),
        send: (payload) => ask().emitWithAck('message:send', payload),
        markReceipt: (payload) => ask().emitWithAck('receipt:mark', payload),
      },
      consultationId,
    );
    const transport: ChatTransport = {
      ...overSocket,
      maxInFlight,
      send: async (message) => {
        if (this.attempted.has(message.clientMsgId)) this.resent++;
        this.attempted.add(message.clientMsgId);
        const ack = await overSocket.send(message);
        this.acked.set(ack.clientMsgId, ack.seq);
        this.onAck(ack);
        return ack;
      },
    };
    socket.on('connect', () => {
      // A resume cut short by the server going away is made again on the next connection.
      this.session.resume(transport).catch(() => undefined);
    });
    socket.on('disconnect', () => this.session.linkLost(transport));
    socket.on('message:new', (message) => {
      if (message.consultationId === consultationId) this.session.received([message]);
    });
    this.retry = setInterval(() => this.session.pump(), retryMs);
  }

  enqueue(count: number, label: string) {
    for (let i = 0; i < count; i++) {
      const entry = newOutboxEntry(`${label} ${i}`, new Date(), crypto.randomUUID());
      this.written.push(entry.clientMsgId);
      this.chat.add(entry);
    }
    this.session.pump();
  }

  /** Messages written and neither in the log nor refused for good. */
  get unsent(): number {
    return this.chat.pending.filter((e) => !this.chat.refusals.has(e.clientMsgId)).length;
  }

  /** Joined and caught up over the socket now. */
  get joined(): boolean {
    return this.session.joinedOver !== null;
  }

  /** The log as this client holds it, in seq order. */
  get log(): readonly LoggedMessage[] {
    return this.chat.messages;
  }

  /** Codes of sends the server refused for good (a test expects none). */
  get refusals(): string[] {
    return [...this.chat.refusals.values()];
  }

  /** Catches up until nothing is missing. */
  catchUp(): Promise<void> {
    return this.session.refresh();
  }

  close() {
    clearInterval(this.retry);
    this.socket.close();
  }
}
