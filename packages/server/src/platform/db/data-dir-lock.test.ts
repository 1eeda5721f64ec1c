import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { DataDirLockedError, lockDataDir } from './data-dir-lock.ts';
import { openDatabase } from './database.ts';

const cli = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../bin/yorisoi.mjs');
const dirs: string[] = [];
const tempDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yorisoi-lock-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function runCli(
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cli, ...args], { env: { ...process.env, ...env } });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

describe('embedded data directory lock', () => {
  it('refuses a second opener at once, in this process', () => {
    const dir = tempDir();
    const lock = lockDataDir(dir);
    expect(() => lockDataDir(dir)).toThrow(DataDirLockedError);
    lock.release();
    lockDataDir(dir).release();
  });

  it('takes over a lock left by a process that died', () => {
    const dir = tempDir();
    fs.writeFileSync(
      path.join(dir, 'yorisoi.lock'),
      JSON.stringify({ pid: 2 ** 22 + 12345, host: os.hostname() }),
    );
    const lock = lockDataDir(dir);
    lock.release();
  });

  it('makes another process fail with a clear message while the database is open', async () => {
    const dir = tempDir();
    const database = await openDatabase({ kind: 'embedded', dataDir: dir });
    try {
      const result = await runCli(['migrate'], { DATA_DIR: dir, DATABASE_URL: '' });
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/in use by another Yorisoi process/);
    } finally {
      await database.close();
    }
    expect(fs.existsSync(path.join(dir, 'yorisoi.lock'))).toBe(false);
  });
});
