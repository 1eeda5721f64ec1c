import path from 'node:path';
import { z } from 'zod';

/**
 * Every setting the server reads, validated once at boot. A bad value stops the process
 * with a message naming the variable. Documented in README.md and .env.example.
 */
const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const ZEnv = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    HOST: z.string().min(1).default('0.0.0.0'),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    PUBLIC_URL: z.url().optional(),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
      .optional(),
    DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
    DATA_DIR: z.string().min(1).default('./data'),
    LOG_LEVEL: z
      .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
      .default('info'),
    DEMO_SEED: booleanFlag.optional(),
    ENCRYPTION_KEYS: z.string().optional(),
    TRUST_PROXY: booleanFlag.default(false),
    SESSION_TTL_HOURS_WORKER: z.coerce
      .number()
      .int()
      .min(1)
      .max(24 * 90)
      .default(24 * 30),
    SESSION_TTL_HOURS_STAFF: z.coerce.number().int().min(1).max(72).default(12),
    LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).max(100).default(5),
    LOGIN_LOCK_MINUTES: z.coerce
      .number()
      .int()
      .min(1)
      .max(24 * 60)
      .default(15),
    AUTH_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(100_000).default(30),
    DELETION_GRACE_DAYS: z.coerce.number().int().min(0).max(365).default(30),
    MAX_CONCURRENT_CONSULTATIONS: z.coerce.number().int().min(1).max(20).default(3),
    SMTP_URL: z
      .string()
      .regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://')
      .optional(),
    MAIL_FROM: z.string().min(3).default('寄り添い Yorisoi <no-reply@localhost>'),
  })
  .transform((env) => ({
    env: env.NODE_ENV,
    host: env.HOST,
    port: env.PORT,
    publicUrl: (env.PUBLIC_URL ?? `http://localhost:${env.PORT}`).replace(/\/$/, ''),
    database: env.DATABASE_URL
      ? ({ kind: 'postgres', url: env.DATABASE_URL, poolSize: env.DATABASE_POOL_SIZE } as const)
      : ({ kind: 'embedded', dataDir: path.resolve(env.DATA_DIR) } as const),
    dataDir: path.resolve(env.DATA_DIR),
    logLevel: env.LOG_LEVEL,
    demoSeed: env.DEMO_SEED ?? env.NODE_ENV !== 'production',
    encryptionKeys: env.ENCRYPTION_KEYS,
    trustProxy: env.TRUST_PROXY,
    sessionTtlHours: { worker: env.SESSION_TTL_HOURS_WORKER, staff: env.SESSION_TTL_HOURS_STAFF },
    login: {
      maxFailures: env.LOGIN_MAX_FAILURES,
      lockMinutes: env.LOGIN_LOCK_MINUTES,
      ratePerMinute: env.AUTH_RATE_LIMIT_PER_MINUTE,
    },
    deletionGraceDays: env.DELETION_GRACE_DAYS,
    maxConcurrentConsultations: env.MAX_CONCURRENT_CONSULTATIONS,
    mail: env.SMTP_URL ? { url: env.SMTP_URL, from: env.MAIL_FROM } : null,
  }))
  .superRefine((config, ctx) => {
    if (config.env === 'production' && !config.encryptionKeys) {
      ctx.addIssue({
        code: 'custom',
        path: ['ENCRYPTION_KEYS'],
        message: 'is required in production (keys must live outside the database)',
      });
    }
  });

export type Config = z.output<typeof ZEnv>;

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable (`DATABASE_URL=` in a .env file) means "not set", as in most tools.
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const result = ZEnv.safeParse(present);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => {
    const variable = issue.path.join('.') || '(environment)';
    return `  ${variable}: ${issue.message}`;
  });
  throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
}
