import { createDeidentifier, type Deidentifier } from '@yorisoi/deidentify';
import type { AppContext } from './context.ts';
import { createSendQueue } from '../consultations/send-queue.ts';
import { LedgerMemberships } from '../insights/ledger-memberships.ts';
import { createTableUpdates } from '../insights/table-updates.ts';
import { createMailer } from '../notifications/mailer.ts';
import { createOutbox } from '../notifications/outbox/outbox-worker.ts';
import { createMetrics } from '../operations/metrics.ts';

/**
 * The context of a process (or a test, or a benchmark) on an open database: everything
 * that lives as long as it (queues, the mailer, the de-identifier, memory caches) is made
 * here, once, and nowhere else.
 */
export function createAppContext({
  config,
  database,
  keyring,
  now,
}: Pick<AppContext, 'config' | 'database' | 'keyring' | 'now'>): AppContext {
  let deidentifier: Promise<Deidentifier> | null = null;
  const ctx: AppContext = {
    config,
    database,
    db: database.db,
    keyring,
    now,
    sends: createSendQueue(database.db),
    tableUpdates: createTableUpdates(),
    outbox: createOutbox(() => ctx),
    mailer: createMailer(config),
    deidentifier: () => (deidentifier ??= createDeidentifier()),
    ledgerMemberships: new LedgerMemberships(),
    metrics: createMetrics({ config, database, now }),
  };
  return ctx;
}
