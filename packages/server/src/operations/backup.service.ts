import { once } from 'node:events';
import zlib from 'node:zlib';
import type { Database } from '../platform/db/database.ts';
import { ArchiveError, writeArchive } from './backup-archive.ts';
import { encodeLine, readBackupLines, type BackupHeader } from './backup-lines.ts';
import {
  backupTableNames,
  continueAuditSequence,
  countRows,
  insertRows,
  readSchemaVersion,
  readTableBatches,
  tablesHoldingRows,
} from './backup.repository.ts';

export interface BackupSummary {
  file: string;
  bytes: number;
  sha256: string;
  createdAt: string;
  counts: Record<string, number>;
}

/** Why a restore was refused before anything changed. */
export class RestoreRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RestoreRefused';
  }
}

/**
 * Writes every table into an encrypted archive from one consistent snapshot (a read-only
 * repeatable-read transaction) while the installation keeps running: on PostgreSQL writers
 * go on beside it; on the embedded database, which has one connection, they wait for it.
 */
export async function backUpDatabase({
  database,
  key,
  to,
  now,
}: {
  database: Database;
  key: Buffer;
  to: string;
  now: Date;
}): Promise<BackupSummary> {
  const counts: Record<string, number> = {};
  const gzip = zlib.createGzip();
  const written = writeArchive(to, key, gzip);
  // If reading fails first, the archive's own failure is the one to report.
  written.catch(() => undefined);
  const put = async (text: string) => {
    if (!gzip.write(text)) await once(gzip, 'drain');
  };
  try {
    await database.db.transaction(
      async (tx) => {
        const header: BackupHeader = {
          format: 1,
          createdAt: now.toISOString(),
          engine: database.kind,
          schema: await readSchemaVersion(tx),
          tables: [...backupTableNames],
        };
        await put(encodeLine({ kind: 'header', header }));
        for (const name of backupTableNames) {
          counts[name] = 0;
          await put(encodeLine({ kind: 'table', name }));
          for await (const rows of readTableBatches(tx, name)) {
            counts[name] += rows.length;
            await put(
              encodeLine({ kind: 'rows', count: rows.length, json: `[${rows.join(',')}]` }),
            );
          }
        }
        await put(encodeLine({ kind: 'end', counts }));
      },
      { isolationLevel: 'repeatable read', accessMode: 'read only' },
    );
    gzip.end();
  } catch (error) {
    gzip.destroy(error instanceof Error ? error : new Error(String(error)));
    await written.catch(() => undefined);
    throw error;
  }
  const { bytes, sha256 } = await written;
  return { file: to, bytes, sha256, createdAt: now.toISOString(), counts };
}

/**
 * Reads the whole archive once without writing anything: the key, every chunk's checksum,
 * the order of the tables and the rows counted against the archive's own totals.
 */
export async function verifyBackup({
  from,
  key,
}: {
  from: string;
  key: Buffer;
}): Promise<{ header: BackupHeader; counts: Record<string, number> }> {
  let header: BackupHeader | null = null;
  let current: string | null = null;
  const counts: Record<string, number> = {};
  for await (const line of readBackupLines(from, key)) {
    if (line.kind === 'header') {
      if (header) throw new ArchiveError('DAMAGED');
      header = line.header;
    } else if (!header) {
      throw new ArchiveError('DAMAGED');
    } else if (line.kind === 'table') {
      if (!header.tables.includes(line.name) || line.name in counts)
        throw new ArchiveError('DAMAGED');
      current = line.name;
      counts[current] = 0;
    } else if (line.kind === 'rows') {
      if (current === null) throw new ArchiveError('DAMAGED');
      counts[current] = (counts[current] ?? 0) + line.count;
    } else {
      const same =
        header.tables.every((name) => line.counts[name] === counts[name]) &&
        Object.keys(line.counts).length === header.tables.length;
      if (!same) throw new ArchiveError('DAMAGED');
      return { header, counts };
    }
  }
  throw new ArchiveError('TRUNCATED');
}

/** A restore never mixes with what a target holds: checked before and after migrating it. */
export async function refuseTargetWithData(database: Database): Promise<void> {
  const holding = (await tablesHoldingRows(database.db)).filter(
    (name) => name !== 'socket_io_attachments',
  );
  if (holding.length > 0)
    throw new RestoreRefused(
      `The target already holds data (${holding.slice(0, 3).join(', ')}); restore only into an empty database.`,
    );
}

/**
 * Restores an archive into an empty database of the same schema, all in one transaction:
 * the archive is verified whole first, then a target that holds anything, a schema of
 * another version, or any failure while inserting leaves the target as it was.
 */
export async function restoreDatabase({
  database,
  from,
  key,
}: {
  database: Database;
  from: string;
  key: Buffer;
}): Promise<{ header: BackupHeader; counts: Record<string, number> }> {
  const { header, counts } = await verifyBackup({ from, key });
  const unknown = header.tables.filter((name) => !backupTableNames.includes(name));
  const schema = await readSchemaVersion(database.db);
  if (
    unknown.length > 0 ||
    schema.migrations !== header.schema.migrations ||
    schema.latest !== header.schema.latest
  ) {
    throw new RestoreRefused(
      `This backup was made with another version of the schema (${header.schema.migrations} migrations, this installation has ${schema.migrations}). Restore it with the Yorisoi release that made it, then upgrade.`,
    );
  }
  await refuseTargetWithData(database);
  await database.db.transaction(async (tx) => {
    let current: string | null = null;
    for await (const line of readBackupLines(from, key)) {
      if (line.kind === 'table') current = line.name;
      if (line.kind === 'rows' && current) await insertRows(tx, current, line.json);
    }
    for (const name of backupTableNames) {
      if ((await countRows(tx, name)) !== (counts[name] ?? 0)) throw new ArchiveError('DAMAGED');
    }
    await continueAuditSequence(tx);
  });
  return { header, counts };
}
