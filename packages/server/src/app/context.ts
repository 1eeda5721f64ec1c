import type { Deidentifier } from '@yorisoi/deidentify';
import type { Config } from '../config/config.ts';
import type { Database, Db } from '../platform/db/database.ts';
import type { Keyring } from '../platform/crypto/keyring.ts';
import type { SendQueue } from '../consultations/send-queue.ts';
import type { TableUpdates } from '../insights/table-updates.ts';
import type { LedgerMemberships } from '../insights/ledger-memberships.ts';
import type { Mailer } from '../notifications/mailer.ts';
import type { Outbox } from '../notifications/outbox/outbox-worker.ts';
import type { Metrics } from '../operations/metrics.ts';

/**
 * What every use-case may depend on. Built once at boot by createAppContext
 * (app/create-app-context.ts), passed explicitly. This module holds the type alone, so
 * that the modules it names can import it without importing what builds it.
 */
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
  /**
   * The one SMTP mailer: account mail sent at once and the outbox worker's deliveries;
   * null when SMTP_URL is not set.
   */
  mailer: Mailer | null;
  /** The Japanese de-identifier, its dictionary loaded on first use (about a second). */
  deidentifier: () => Promise<Deidentifier>;
  /** The release ledger's groups in memory, within 48 MB (insights/ledger-memberships.ts). */
  ledgerMemberships: LedgerMemberships;
  /** What operators watch, served at /metrics (operations/metrics.ts). */
  metrics: Metrics;
}
