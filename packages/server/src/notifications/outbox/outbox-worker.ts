import type { FastifyBaseLogger } from 'fastify';
import pg from 'pg';
import type { AppContext } from '../../app/context.ts';
import { deliverNotification } from './deliver.ts';
import { fallBackFromLine } from '../../line/line-bell.ts';
import {
  claimDueNotifications,
  outboxChannel,
  recordDelivery,
  type OutboxChannel,
  type OutboxRow,
} from './outbox.repository.ts';

export interface Outbox {
  /** Delivers what is due, in the background: called after a commit that queued something. */
  wake(): void;
  /** The periodic sweep and, on PostgreSQL, a LISTEN that hears other instances' commits. */
  start(log: FastifyBaseLogger): void;
  /** Takes no more rows, interrupts deliveries in flight (they are retried) and waits for them. */
  stop(): Promise<void>;
  /** Resolves once nothing is being claimed or delivered (tests, benchmarks). */
  idle(): Promise<void>;
}

type Log = Pick<FastifyBaseLogger, 'warn' | 'error'>;

const channels: readonly OutboxChannel[] = ['email', 'push', 'line'];
/** Deliveries in flight per channel: a hung mail server holds at most this many mails. */
const perChannel = 4;
const sweepMs = 30_000;
const listenRetryMs = 5_000;
const retryBaseMs = 30_000;
const retryMaxMs = 3_600_000;

/**
 * Exponential backoff with jitter: 30 s, 1 min, 2 min … capped at an hour, each drawn
 * between half and all of that, so instances that failed together do not retry together.
 */
export function retryDelayMs(attempts: number, random: () => number = Math.random): number {
  const ceiling = Math.min(retryMaxMs, retryBaseMs * 2 ** Math.max(0, attempts - 1));
  return Math.round(ceiling * (0.5 + random() * 0.5));
}

/**
 * The outbox worker of one instance. Rows are claimed with SKIP LOCKED and a lease (one
 * short statement, so PGlite's single connection is never held during a delivery), then
 * delivered outside any transaction, each within the delivery timeout. A failure is
 * retried with backoff up to the attempt limit, then kept as failed and logged, by code.
 */
export function createOutbox(context: () => AppContext): Outbox {
  let log: Log | null = null;
  let stopped = false;
  let sweep: NodeJS.Timeout | null = null;
  let listener: pg.Client | null = null;
  let relisten: NodeJS.Timeout | null = null;
  const abort = new AbortController();
  const inFlight: Record<OutboxChannel, number> = { email: 0, push: 0, line: 0 };
  const claiming: Record<OutboxChannel, boolean> = { email: false, push: false, line: false };
  const again: Record<OutboxChannel, boolean> = { email: false, push: false, line: false };
  const busy = new Set<Promise<void>>();

  const track = (work: Promise<void>) => {
    busy.add(work);
    void work.finally(() => busy.delete(work));
  };

  async function deliver(ctx: AppContext, row: OutboxRow) {
    const attempt = await deliverNotification(ctx, row, abort.signal);
    const now = ctx.now();
    if (attempt.status !== 'error') {
      await recordDelivery(ctx.db, row.id, { status: attempt.status, at: now });
      return;
    }
    const event = { outboxId: row.id, kind: row.kind, channel: row.channel, code: attempt.code };
    // A LINE bell gives up sooner: its fallback (web push or e-mail) should not wait hours.
    const maxAttempts =
      row.channel === 'line' ? ctx.config.line.pushMaxAttempts : ctx.config.outbox.maxAttempts;
    if (attempt.permanent || row.attempts >= maxAttempts) {
      await recordDelivery(ctx.db, row.id, { status: 'failed', error: attempt.code });
      log?.error({ ...event, attempts: row.attempts }, 'notification given up');
      if (row.channel === 'line') await fallBackFromLine(ctx, row);
      return;
    }
    // An interrupted delivery (shutdown) is due again at once, for another instance; a
    // server that said when to come back (Retry-After) is not asked sooner.
    const delay =
      attempt.code === 'interrupted'
        ? 0
        : Math.max(retryDelayMs(row.attempts), attempt.retryAfterMs ?? 0);
    await recordDelivery(ctx.db, row.id, {
      status: 'pending',
      error: attempt.code,
      retryAt: new Date(now.getTime() + delay),
    });
    log?.warn({ ...event, attempts: row.attempts, retryInMs: delay }, 'notification retried');
  }

  function launch(ctx: AppContext, row: OutboxRow) {
    const channel = row.channel as OutboxChannel;
    inFlight[channel]++;
    track(
      deliver(ctx, row)
        .catch((error: unknown) => log?.error({ err: error }, 'notification delivery failed'))
        .finally(() => {
          inFlight[channel]--;
          pump(channel);
        }),
    );
  }

  /** Claims due rows of one channel while there is room; one claim at a time per channel. */
  function pump(channel: OutboxChannel) {
    if (stopped) return;
    if (claiming[channel]) {
      again[channel] = true;
      return;
    }
    claiming[channel] = true;
    const ctx = context();
    const run = async () => {
      do {
        again[channel] = false;
        const room = perChannel - inFlight[channel];
        if (room <= 0) return;
        const now = ctx.now();
        const rows = await claimDueNotifications(ctx.db, {
          channel,
          now,
          leaseUntil: new Date(now.getTime() + ctx.config.outbox.deliveryTimeoutMs + 60_000),
          limit: room,
        });
        rows.forEach((row) => launch(ctx, row));
        if (rows.length === room) again[channel] = true;
      } while (again[channel] && !stopped);
    };
    track(
      run()
        .catch((error: unknown) => log?.error({ err: error }, 'notification claim failed'))
        .finally(() => {
          claiming[channel] = false;
        }),
    );
  }

  const wake = () => channels.forEach(pump);

  async function listen(url: string) {
    if (stopped) return;
    const client = new pg.Client({ connectionString: url });
    const retry = () => {
      if (listener !== client) return;
      listener = null;
      void client.end().catch(() => undefined);
      if (!stopped) relisten = setTimeout(() => void listen(url), listenRetryMs).unref();
    };
    listener = client;
    client.on('notification', wake);
    client.on('error', (error) => {
      log?.warn({ err: error }, 'notification outbox LISTEN lost');
      retry();
    });
    client.on('end', retry);
    try {
      await client.connect();
      await client.query(`LISTEN ${outboxChannel}`);
      // Whatever was committed while this instance was not listening.
      wake();
    } catch (error) {
      log?.warn({ err: error }, 'notification outbox LISTEN failed');
      retry();
    }
  }

  return {
    wake,
    start(logger) {
      log = logger;
      const { config } = context();
      sweep = setInterval(wake, sweepMs);
      sweep.unref();
      if (config.database.kind === 'postgres') void listen(config.database.url);
      wake();
    },
    async stop() {
      stopped = true;
      if (sweep) clearInterval(sweep);
      if (relisten) clearTimeout(relisten);
      const client = listener;
      listener = null;
      await client?.end().catch(() => undefined);
      abort.abort();
      while (busy.size > 0) await Promise.allSettled([...busy]);
    },
    async idle() {
      while (busy.size > 0) await Promise.allSettled([...busy]);
    },
  };
}
