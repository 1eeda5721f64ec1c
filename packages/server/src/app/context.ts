import type { Config } from '../config/config.ts';
import type { Database, Db } from '../platform/db/database.ts';
import type { Keyring } from '../platform/crypto/keyring.ts';

/** What every use-case may depend on. Built once at boot, passed explicitly. */
export interface AppContext {
  config: Config;
  database: Database;
  db: Db;
  keyring: Keyring;
  now: () => Date;
}
