import crypto from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { round, sleep, summarize, type LatencySummary } from './stats.ts';
import { ackTimeoutMs, type Deliveries, type Participant } from './sockets.ts';

export interface PhaseResult {
  sent: number;
  acked: number;
  refused: number;
  timedOut: number;
  firstError: string | null;
  seconds: number;
  ackedPerSecond: number;
  delivered: number;
  deliveredPerSecond: number;
  ack: LatencySummary;
  delivery: LatencySummary;
}

const deliveryGraceMs = 15_000;

/** Neutral everyday text (no risk expression, so no crisis flag), about 50 characters. */
const bodyOf = (side: Participant['side'], n: number) =>
  side === 'worker'
    ? `保育園のお迎えと残業が重なる日の相談です。今週の予定を整理したいです（${n}）`
    : `ご連絡ありがとうございます。今週の予定を一緒に整理してみましょう（${n}）`;

class PhaseCounters {
  sent = 0;
  acked = 0;
  refused = 0;
  timedOut = 0;
  firstError: string | null = null;
  lastAckAt = 0;
  ackLatencies: number[] = [];

  private readonly deliveries: Deliveries;

  constructor(deliveries: Deliveries) {
    this.deliveries = deliveries;
  }

  /** One durable send: acknowledged by the server only after the commit. */
  async send(participant: Participant) {
    const clientMsgId = crypto.randomUUID();
    const n = this.sent++;
    const start = performance.now();
    this.deliveries.expect(clientMsgId, start);
    try {
      const response = await participant.socket.timeout(ackTimeoutMs).emitWithAck('message:send', {
        consultationId: participant.consultationId,
        clientMsgId,
        body: bodyOf(participant.side, n),
      });
      if ('error' in response) {
        this.refused++;
        this.firstError ??= response.error.code;
        return;
      }
      this.lastAckAt = performance.now();
      this.acked++;
      this.ackLatencies.push(this.lastAckAt - start);
    } catch {
      this.timedOut++;
    }
  }

  async finish(start: number): Promise<PhaseResult> {
    const graceEnd = performance.now() + deliveryGraceMs;
    while (this.deliveries.count < this.acked && performance.now() < graceEnd) await sleep(10);
    const ackSeconds = (this.lastAckAt - start) / 1000;
    const deliverySeconds = (this.deliveries.lastAt - start) / 1000;
    return {
      sent: this.sent,
      acked: this.acked,
      refused: this.refused,
      timedOut: this.timedOut,
      firstError: this.firstError,
      seconds: round(ackSeconds),
      ackedPerSecond: ackSeconds > 0 ? round(this.acked / ackSeconds, 0) : 0,
      delivered: this.deliveries.count,
      deliveredPerSecond:
        deliverySeconds > 0 ? round(this.deliveries.count / deliverySeconds, 0) : 0,
      ack: summarize(this.ackLatencies),
      delivery: summarize(this.deliveries.latencies),
    };
  }
}

/**
 * Full load: every socket sends `messages` messages back to back, the next as soon as the
 * previous is acknowledged (one in flight per socket), until done or the time limit.
 */
export async function runFullLoad(
  participants: Participant[],
  deliveries: Deliveries,
  { messages, maxSeconds }: { messages: number; maxSeconds: number },
): Promise<PhaseResult> {
  deliveries.reset();
  const counters = new PhaseCounters(deliveries);
  const start = performance.now();
  const deadline = start + maxSeconds * 1000;
  await Promise.all(
    participants.map(async (participant) => {
      for (let i = 0; i < messages && performance.now() < deadline; i++) {
        await counters.send(participant);
      }
    }),
  );
  return counters.finish(start);
}

/**
 * Paced load: `total` sends spread evenly at `ratePerSecond` over the sockets in turn,
 * open loop (a send does not wait for earlier acks), so latency is not hidden by back-off.
 */
export async function runPacedLoad(
  participants: Participant[],
  deliveries: Deliveries,
  {
    ratePerSecond,
    total,
    maxSeconds,
  }: { ratePerSecond: number; total: number; maxSeconds: number },
): Promise<PhaseResult> {
  deliveries.reset();
  const counters = new PhaseCounters(deliveries);
  const inFlight: Promise<void>[] = [];
  const intervalMs = 1000 / ratePerSecond;
  const start = performance.now();
  const deadline = start + maxSeconds * 1000;
  let issued = 0;
  while (issued < total && performance.now() < deadline) {
    const due = Math.min(total, Math.floor((performance.now() - start) / intervalMs) + 1);
    for (; issued < due; issued++) {
      inFlight.push(counters.send(participants[issued % participants.length] as Participant));
    }
    await sleep(1);
  }
  await Promise.all(inFlight);
  return counters.finish(start);
}
