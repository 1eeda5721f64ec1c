import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * PGlite has no lock of its own, and two processes opening one data directory corrupt it.
 * We hold an exclusive lock file with our pid; a lock left by a process that died (SIGKILL,
 * power loss) is taken over, a live one makes the second process fail at once.
 */
export class DataDirLockedError extends Error {
  override name = 'DataDirLockedError';
}

export interface DataDirLock {
  release(): void;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readHolder(lockPath: string): { pid: number; host: string } | null {
  try {
    const parsed: unknown = JSON.parse(fs.readFileSync(lockPath, 'utf8'));
    if (
      typeof parsed === 'object' &&
      parsed !== null &&
      'pid' in parsed &&
      'host' in parsed &&
      typeof parsed.pid === 'number' &&
      typeof parsed.host === 'string'
    ) {
      return { pid: parsed.pid, host: parsed.host };
    }
    return null;
  } catch {
    return null;
  }
}

export function lockDataDir(dataDir: string): DataDirLock {
  fs.mkdirSync(dataDir, { recursive: true });
  const lockPath = path.join(dataDir, 'yorisoi.lock');
  const me = JSON.stringify({
    pid: process.pid,
    host: os.hostname(),
    since: new Date().toISOString(),
  });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lockPath, me, { flag: 'wx', mode: 0o600 });
      let released = false;
      return {
        release() {
          if (released) return;
          released = true;
          const holder = readHolder(lockPath);
          if (holder?.pid === process.pid) fs.rmSync(lockPath, { force: true });
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = readHolder(lockPath);
      // A lock from another host cannot be checked, so it is respected; ours is live or stale.
      const heldByLiveProcess =
        holder !== null && (holder.host !== os.hostname() || isAlive(holder.pid));
      if (heldByLiveProcess) {
        throw new DataDirLockedError(
          `The data directory ${dataDir} is in use by another Yorisoi process (pid ${holder.pid} on ${holder.host}). ` +
            'Stop that process first, or set DATA_DIR to another directory. Opening it twice would corrupt the embedded database.',
        );
      }
      // The holder is gone: take the stale lock over.
      fs.rmSync(lockPath, { force: true });
    }
  }
  throw new DataDirLockedError(`Could not lock the data directory ${dataDir}.`);
}
