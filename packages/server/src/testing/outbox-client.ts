import crypto from 'node:crypto';
import type { TMessage, TMessageAck, TSocketError } from '@yorisoi/shared';
import { openSocket, type TestSocket } from './socket-client.ts';

const maxInFlight = 5;
const ackTimeoutMs = 5_000;

/**
 * A chat client as the web app should behave on a bad network: messages wait in an
 * outbox until the server acknowledges them; on every (re)connection it joins, syncs
 * everything after the last contiguous sequence number it holds, and resends what is
 * still unacknowledged. It keeps a few sends in flight at once.
 */
export class OutboxClient {
  readonly socket: TestSocket;
  /** Unacknowledged messages, oldest first. */
  readonly outbox = new Map<string, string>();
  readonly acked = new Map<string, number>();
  /** The consultation as this client has seen it, by seq. */
  readonly log = new Map<number, TMessage>();
  /** Sends made again after a lost connection or a lost acknowledgement. */
  resent = 0;
  /** Sends the server refused (a test expects none). */
  readonly refusals: string[] = [];
  private readonly inFlight = new Set<string>();
  private readonly attempted = new Set<string>();
  private ready = false;

  constructor(
    url: string,
    cookie: string,
    private readonly consultationId: string,
    private readonly onAck: (ack: TMessageAck) => void = () => undefined,
  ) {
    this.socket = openSocket(url, cookie, { reconnection: true });
    this.socket.io.reconnectionDelay(50);
    this.socket.io.reconnectionDelayMax(250);
    this.socket.on('connect', () => void this.resume());
    this.socket.on('disconnect', () => {
      this.ready = false;
      this.inFlight.clear();
    });
    this.socket.on('message:new', (message) => this.log.set(message.seq, message));
  }

  enqueue(count: number, label: string) {
    for (let i = 0; i < count; i++) this.outbox.set(crypto.randomUUID(), `${label} ${i}`);
    this.pump();
  }

  get lastContiguousSeq(): number {
    let seq = 0;
    while (this.log.has(seq + 1)) seq++;
    return seq;
  }

  /** Catches up from the log until nothing is missing. */
  async sync(): Promise<void> {
    for (;;) {
      const page = await this.socket.timeout(ackTimeoutMs).emitWithAck('consultation:sync', {
        consultationId: this.consultationId,
        afterSeq: this.lastContiguousSeq,
        limit: 200,
      });
      if ('error' in page) throw new Error(page.error.code);
      for (const message of page.items) this.log.set(message.seq, message);
      if (!page.hasMore) return;
    }
  }

  close() {
    this.socket.close();
  }

  private async resume() {
    try {
      const joined = await this.socket
        .timeout(ackTimeoutMs)
        .emitWithAck('consultation:join', { consultationId: this.consultationId });
      if ('error' in joined) throw new Error(joined.error.code);
      await this.sync();
      this.ready = true;
      this.pump();
    } catch {
      // The server went away mid-resume; the next connection resumes again.
    }
  }

  private pump() {
    if (!this.ready || !this.socket.connected) return;
    for (const [clientMsgId, body] of this.outbox) {
      if (this.inFlight.size >= maxInFlight) return;
      if (this.inFlight.has(clientMsgId)) continue;
      this.inFlight.add(clientMsgId);
      if (this.attempted.has(clientMsgId)) this.resent++;
      this.attempted.add(clientMsgId);
      this.socket
        .timeout(ackTimeoutMs)
        .emitWithAck('message:send', { consultationId: this.consultationId, clientMsgId, body })
        .then(
          (ack: TMessageAck | TSocketError) => {
            this.inFlight.delete(clientMsgId);
            this.outbox.delete(clientMsgId);
            if ('error' in ack) {
              this.refusals.push(ack.error.code);
            } else {
              this.acked.set(clientMsgId, ack.seq);
              this.onAck(ack);
            }
            this.pump();
          },
          () => {
            // No acknowledgement: it stays in the outbox and is sent again.
            this.inFlight.delete(clientMsgId);
            this.pump();
          },
        );
    }
  }
}
