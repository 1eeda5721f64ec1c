import type { Config } from '../config/config.ts';
import type { Database, Db } from '../platform/db/database.ts';
import type { Keyring } from '../platform/crypto/keyring.ts';
import { createSendQueue, type SendQueue } from '../consultations/send-queue.ts';
import { createTableUpdates, type TableUpdates } from '../insights/table-updates.ts';
import { createOutbox, type Outbox } from '../notifications/outbox/outbox-worker.ts';

/** What every use-case may depend on. Built once at boot, passed explicitly. */
export interface AppContext {
  config: Config;
  database: Database;
  db: Db;
  keyring: Keyring;
  now: () => Date;
  /** The message log's group commit (consultations/send-queue.ts). */
  sends: SendQueue;
  /** Statistics tables computed again in the background (insights/table-updates.ts). */
  tableUpdates: TableUpdates;
  /** Alerts and notices queued with their events, delivered after commit (notifications/outbox/). */
  outbox: Outbox;
}

/** The context of a process (or a test, or a benchmark) on an open database. */
export function createAppContext({
  config,
  database,
  keyring,
  now,
}: Pick<AppContext, 'config' | 'database' | 'keyring' | 'now'>): AppContext {
  const ctx: AppContext = {
    config,
    database,
    db: database.db,
    keyring,
    now,
    sends: createSendQueue(database.db),
    tableUpdates: createTableUpdates(),
    outbox: createOutbox(() => ctx),
  };
  return ctx;
}
