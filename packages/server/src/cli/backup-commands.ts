import fs from 'node:fs';
import path from 'node:path';
import { ConfigError, type Config } from '../config/config.ts';
import { DataDirLockedError } from '../platform/db/data-dir-lock.ts';
import { openDatabase, type Database } from '../platform/db/database.ts';
import { ArchiveError } from '../operations/backup-archive.ts';
import {
  backUpDatabase,
  refuseTargetWithData,
  restoreDatabase,
  RestoreRefused,
  verifyBackup,
} from '../operations/backup.service.ts';
import { requestBackupFromServer } from '../operations/ops-socket.ts';

type Write = (line: string) => void;

/** `--to <file>` / `--from <file>` (or the file as the only argument). */
function fileArgument(args: string[], flag: '--to' | '--from'): string {
  const at = args.indexOf(flag);
  const file = at >= 0 ? args[at + 1] : args.length === 1 ? args[0] : undefined;
  if (!file) throw new ConfigError(`needs ${flag} <file>`);
  return path.resolve(file);
}

function backupKey(config: Config): Buffer {
  if (!config.backup.key) throw new ConfigError('BACKUP_KEY is not set (32 bytes, base64)');
  return config.backup.key;
}

function total(counts: Record<string, number>): number {
  return Object.values(counts).reduce((sum, n) => sum + n, 0);
}

/**
 * `yorisoi backup --to <file>`: from the PostgreSQL server through a connection of its own;
 * on the embedded database from the running server that holds it (its operations socket),
 * or directly when no server is running.
 */
export async function runBackupCommand(config: Config, args: string[], write: Write) {
  const to = fileArgument(args, '--to');
  const key = backupKey(config);
  if (fs.existsSync(to)) throw new ConfigError(`${to} exists; choose a new file name`);
  let database: Database;
  try {
    database = await openDatabase(
      config.database.kind === 'postgres'
        ? config.database
        : { kind: 'embedded', dataDir: config.dataDir },
    );
  } catch (error) {
    if (!(error instanceof DataDirLockedError)) throw error;
    const answer = await requestBackupFromServer(config.dataDir, to);
    if (!answer) throw error;
    if (!answer.ok) throw new Error(`the running server could not back up: ${answer.error}`);
    write(`backup written by the running server: ${answer.file}`);
    write(`${total(answer.counts)} rows, ${answer.bytes} bytes, sha256 ${answer.sha256}`);
    return 0;
  }
  try {
    await database.migrate();
    const summary = await backUpDatabase({ database, key, to, now: new Date() });
    write(`backup written: ${summary.file}`);
    write(`${total(summary.counts)} rows, ${summary.bytes} bytes, sha256 ${summary.sha256}`);
    return 0;
  } finally {
    await database.close();
  }
}

/** `yorisoi verify-backup --from <file>`: reads it whole; writes nothing anywhere. */
export async function runVerifyBackupCommand(config: Config, args: string[], write: Write) {
  const from = fileArgument(args, '--from');
  try {
    const { header, counts } = await verifyBackup({ from, key: backupKey(config) });
    write(
      `backup of ${header.createdAt} (${header.engine}, ${header.schema.migrations} migrations)`,
    );
    write(`${total(counts)} rows in ${header.tables.length} tables: every part checks`);
    return 0;
  } catch (error) {
    if (error instanceof ArchiveError) {
      write(error.message);
      return 1;
    }
    throw error;
  }
}

/**
 * `yorisoi restore --from <file>` into DATABASE_URL or DATA_DIR, which must be empty. The
 * archive is checked whole before the target is opened; an embedded data directory that
 * the restore created is removed again if it fails, so a refused restore leaves nothing.
 */
export async function runRestoreCommand(config: Config, args: string[], write: Write) {
  const from = fileArgument(args, '--from');
  const key = backupKey(config);
  try {
    await verifyBackup({ from, key });
  } catch (error) {
    if (error instanceof ArchiveError) {
      write(`${error.message} Nothing was restored.`);
      return 1;
    }
    throw error;
  }
  const embeddedDir = config.database.kind === 'postgres' ? null : config.dataDir;
  const created = embeddedDir !== null && !fs.existsSync(path.join(embeddedDir, 'pgdata'));
  const database = await openDatabase(
    config.database.kind === 'postgres'
      ? config.database
      : { kind: 'embedded', dataDir: config.dataDir },
  );
  let restored = false;
  try {
    await refuseTargetWithData(database);
    await database.migrate();
    const { header, counts } = await restoreDatabase({ database, from, key });
    restored = true;
    write(`restored the backup of ${header.createdAt}: ${total(counts)} rows`);
    write(
      'the data keys (ENCRYPTION_KEYS, IDENTITY_INDEX_KEY, PSEUDONYM_KEY) must be those of the backed-up installation',
    );
    return 0;
  } catch (error) {
    if (error instanceof RestoreRefused || error instanceof ArchiveError) {
      write(`${error.message} Nothing was restored.`);
      return 1;
    }
    throw error;
  } finally {
    await database.close();
    if (created && !restored && embeddedDir)
      fs.rmSync(path.join(embeddedDir, 'pgdata'), { recursive: true, force: true });
  }
}
