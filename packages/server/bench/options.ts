import fs from 'node:fs';
import { parseArgs } from 'node:util';

export interface BenchOptions {
  consultations: number;
  /** Messages each socket sends in the full-load phase (and, paced, at half load). */
  messages: number;
  /**
   * Consultations one coordinator holds at once. The server refuses claims beyond
   * MAX_CONCURRENT_CONSULTATIONS (default 3, at most 20); the server is started with this value.
   */
  perCoordinator: number;
  inserts: number;
  poolSize: number;
  databaseUrl: string | null;
}

const usage = `Usage: npm run bench:chat -- [--consultations 500] [--messages 20] [--per-coordinator 3] [--inserts 2000]
Environment: BENCH_CONSULTATIONS, BENCH_MESSAGES, BENCH_INSERTS, DATABASE_URL (a PostgreSQL server;
a fresh database is created on it and dropped afterwards), DATABASE_POOL_SIZE (default 10).`;

/** A bad flag: reported with the usage, without a stack trace. */
export class UsageError extends Error {
  override name = 'UsageError';
}

function positive(name: string, raw: string | undefined, fallback: number, max: number): number {
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > max) {
    throw new UsageError(`${name} must be an integer from 1 to ${max}, got "${raw}"\n${usage}`);
  }
  return value;
}

/**
 * Every socket is a file descriptor on both ends, and the server process inherits our
 * limit: fail at once rather than with EMFILE half-way through the run.
 */
export function checkOpenFileLimit(sockets: number) {
  const limits = fs.readFileSync('/proc/self/limits', 'utf8');
  const soft = Number(/^Max open files\s+(\d+)/m.exec(limits)?.[1] ?? Infinity);
  const needed = sockets + 500;
  if (soft < needed) {
    throw new UsageError(
      `open file limit ${soft} is below ${needed}: raise it (ulimit -n ${needed})`,
    );
  }
}

export function readOptions(argv: string[], env: NodeJS.ProcessEnv): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      consultations: { type: 'string' },
      messages: { type: 'string' },
      'per-coordinator': { type: 'string' },
      inserts: { type: 'string' },
    },
  });
  return {
    consultations: positive(
      'consultations',
      values.consultations ?? env.BENCH_CONSULTATIONS,
      500,
      20_000,
    ),
    messages: positive('messages', values.messages ?? env.BENCH_MESSAGES, 20, 10_000),
    perCoordinator: positive('per-coordinator', values['per-coordinator'], 3, 20),
    inserts: positive('inserts', values.inserts ?? env.BENCH_INSERTS, 2_000, 1_000_000),
    poolSize: positive('DATABASE_POOL_SIZE', env.DATABASE_POOL_SIZE, 10, 200),
    databaseUrl: env.DATABASE_URL || null,
  };
}
