import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { Config } from '../config/config.ts';
import type { Database } from '../platform/db/database.ts';
import { lastBackup } from './scheduled-backup.ts';
import {
  readOnShift,
  readOutboxFigures,
  readQueueFigures,
  readSlaBreachCounts,
} from './metrics.repository.ts';

/**
 * What the people on call watch, in Prometheus's format (issue 21). One registry per
 * application, so test apps in one process never share counters. Counts, ages and
 * durations only: never a person, never content.
 */
export interface Metrics {
  registry: Registry;
  httpDuration: Histogram<'method' | 'route' | 'status'>;
  messagesSent: Counter;
  messageAck: Histogram;
  jobRuns: Counter<'job' | 'outcome'>;
  /** Sockets connected to this instance, read at each scrape. */
  watchSockets(count: () => number): void;
}

export function createMetrics({
  config,
  database,
  now,
}: {
  config: Config;
  database: Database;
  now: () => Date;
}): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'yorisoi_' });
  const httpDuration = new Histogram({
    name: 'yorisoi_http_request_duration_seconds',
    help: 'HTTP requests by route template and status',
    labelNames: ['method', 'route', 'status'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  const messagesSent = new Counter({
    name: 'yorisoi_messages_sent_total',
    help: 'Chat messages stored and acknowledged through this instance',
    registers: [registry],
  });
  const messageAck = new Histogram({
    name: 'yorisoi_message_ack_seconds',
    help: 'From a message arriving on a socket to its acknowledgement (after commit)',
    buckets: [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [registry],
  });
  const jobRuns = new Counter({
    name: 'yorisoi_background_job_runs_total',
    help: 'Background job runs by outcome (ok, failed; skipped when another run held it)',
    labelNames: ['job', 'outcome'],
    registers: [registry],
  });
  let sockets: () => number = () => 0;
  new Gauge({
    name: 'yorisoi_socket_connections',
    help: 'Sockets connected to this instance',
    registers: [registry],
    collect() {
      this.set(sockets());
    },
  });
  new Gauge({
    name: 'yorisoi_queue_waiting',
    help: 'Consultations waiting for a coordinator, per municipality',
    labelNames: ['municipality'],
    registers: [registry],
    async collect() {
      this.reset();
      for (const row of await readQueueFigures(database.db))
        this.set({ municipality: row.code }, row.waiting);
    },
  });
  new Gauge({
    name: 'yorisoi_queue_longest_wait_seconds',
    help: 'How long the longest-waiting consultation has waited, per municipality',
    labelNames: ['municipality'],
    registers: [registry],
    async collect() {
      this.reset();
      for (const row of await readQueueFigures(database.db))
        this.set({ municipality: row.code }, row.longestWaitSeconds);
    },
  });
  new Gauge({
    name: 'yorisoi_staff_on_shift',
    help: 'Coordinators and supervisors on a shift now, per municipality',
    labelNames: ['municipality'],
    registers: [registry],
    async collect() {
      this.reset();
      for (const row of await readOnShift(database.db))
        this.set({ municipality: row.code }, row.onShift);
    },
  });
  new Gauge({
    name: 'yorisoi_sla_breaches',
    help: 'Response-time targets missed so far, per municipality (rate() gives new misses)',
    labelNames: ['municipality'],
    registers: [registry],
    async collect() {
      this.reset();
      for (const row of await readSlaBreachCounts(database.db))
        this.set({ municipality: row.code }, row.breaches);
    },
  });
  new Gauge({
    name: 'yorisoi_outbox_messages',
    help: 'Alerts and notices in the outbox by state (pending, failed for good)',
    labelNames: ['state'],
    registers: [registry],
    async collect() {
      const figures = await readOutboxFigures(database.db);
      this.set({ state: 'pending' }, figures.pending);
      this.set({ state: 'failed' }, figures.failed);
    },
  });
  new Gauge({
    name: 'yorisoi_outbox_oldest_pending_seconds',
    help: 'Age of the oldest alert or notice not yet delivered',
    registers: [registry],
    async collect() {
      this.set((await readOutboxFigures(database.db)).oldestPendingSeconds);
    },
  });
  new Gauge({
    name: 'yorisoi_database_pool_connections',
    help: 'PostgreSQL pool connections of this instance by state (total, idle, waiting clients)',
    labelNames: ['state'],
    registers: [registry],
    collect() {
      const pool = database.poolUse();
      if (!pool) return;
      this.set({ state: 'total' }, pool.total);
      this.set({ state: 'idle' }, pool.idle);
      this.set({ state: 'waiting' }, pool.waiting);
    },
  });
  const { dir } = config.backup;
  if (dir) {
    new Gauge({
      name: 'yorisoi_backup_age_seconds',
      help: 'Age of the newest scheduled backup (absent before the first one)',
      registers: [registry],
      collect() {
        this.reset();
        const last = lastBackup(dir, now());
        if (last) this.set((now().getTime() - Date.parse(last.takenAt)) / 1000);
      },
    });
  }
  return {
    registry,
    httpDuration,
    messagesSent,
    messageAck,
    jobRuns,
    watchSockets(count) {
      sockets = count;
    },
  };
}
