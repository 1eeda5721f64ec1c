import fs from 'node:fs';
import path from 'node:path';
import type { Database } from '../platform/db/database.ts';
import { backUpDatabase, type BackupSummary } from './backup.service.ts';

/** yorisoi-20261207T031500Z.ybak: sorts by time, and is the only name pruning ever removes. */
const BACKUP_NAME = /^yorisoi-(\d{8}T\d{6}Z)\.ybak$/;

export function backupFileName(at: Date): string {
  const stamp = at
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
  return `yorisoi-${stamp}.ybak`;
}

function takenAt(name: string): Date | null {
  const stamp = BACKUP_NAME.exec(name)?.[1];
  if (!stamp) return null;
  const iso = `${stamp.slice(0, 4)}-${stamp.slice(4, 6)}-${stamp.slice(6, 11)}:${stamp.slice(11, 13)}:${stamp.slice(13, 15)}Z`;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** The scheduled backups in `dir`, newest first. */
export function listBackups(dir: string): { file: string; takenAt: Date }[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .flatMap((name) => {
      const at = takenAt(name);
      return at ? [{ file: path.join(dir, name), takenAt: at }] : [];
    })
    .sort((a, b) => b.takenAt.getTime() - a.takenAt.getTime());
}

/** When the newest scheduled backup was taken, for the health page and the alert rules. */
export function lastBackup(dir: string, now: Date): { takenAt: string; ageHours: number } | null {
  const newest = listBackups(dir)[0];
  if (!newest) return null;
  const ageHours = (now.getTime() - newest.takenAt.getTime()) / 3_600_000;
  return { takenAt: newest.takenAt.toISOString(), ageHours: Math.round(ageHours * 100) / 100 };
}

/**
 * Takes a backup when the newest is older than the interval, writes its SHA-256 beside it
 * (`sha256sum -c` reads it), then removes the oldest beyond `keep`. Run as a background
 * job: one run at a time across instances, and a shared directory is not backed up twice.
 */
export async function takeScheduledBackup({
  database,
  key,
  dir,
  everyHours,
  keep,
  now,
}: {
  database: Database;
  key: Buffer;
  dir: string;
  everyHours: number;
  keep: number;
  now: Date;
}): Promise<BackupSummary | null> {
  const newest = listBackups(dir)[0];
  if (newest && now.getTime() - newest.takenAt.getTime() < everyHours * 3_600_000) return null;
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const name = backupFileName(now);
  const summary = await backUpDatabase({ database, key, to: path.join(dir, name), now });
  fs.writeFileSync(path.join(dir, `${name}.sha256`), `${summary.sha256}  ${name}\n`, {
    mode: 0o600,
  });
  for (const old of listBackups(dir).slice(keep)) {
    fs.rmSync(old.file, { force: true });
    fs.rmSync(`${old.file}.sha256`, { force: true });
  }
  return summary;
}
