import path from 'node:path';
import { z } from 'zod';

/**
 * Every setting the server reads, validated once at boot. A bad value stops the process
 * with a message naming the variable. Documented in README.md and .env.example.
 */
const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

/** Comma-separated `stun:` / `turn:` (or `turns:`) URLs, as RTCIceServer.urls takes them. */
const iceUrlList = (scheme: 'stun' | 'turn') =>
  z
    .string()
    .default('')
    .transform((v) =>
      v
        .split(',')
        .map((url) => url.trim())
        .filter((url) => url !== ''),
    )
    .pipe(
      z.array(
        z
          .string()
          .regex(
            new RegExp(`^${scheme}s?:[A-Za-z0-9.:\\[\\]-]+(\\?transport=(udp|tcp))?$`),
            `must be ${scheme}:host[:port] URLs, comma-separated`,
          ),
      ),
    );

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
    LOGIN_ACCOUNT_FAILURES: z.coerce.number().int().min(1).max(100_000).default(20),
    LOGIN_SOURCE_FAILURES: z.coerce.number().int().min(1).max(100_000).default(100),
    LOGIN_LOCK_MINUTES: z.coerce
      .number()
      .int()
      .min(1)
      .max(24 * 60)
      .default(15),
    AUTH_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(100_000).default(30),
    /** Requests per minute and client address to the public API (facility search, vacancy tables). */
    PUBLIC_API_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(100_000).default(120),
    DELETION_GRACE_DAYS: z.coerce.number().int().min(0).max(365).default(30),
    // Days after an event ends that its registrants' contact details are kept (then erased).
    EVENT_CONTACT_RETENTION_DAYS: z.coerce.number().int().min(0).max(365).default(30),
    MAX_CONCURRENT_CONSULTATIONS: z.coerce.number().int().min(1).max(20).default(3),
    SMTP_URL: z
      .string()
      .regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://')
      .optional(),
    MAIL_FROM: z.string().min(3).default('寄り添い Yorisoi <no-reply@localhost>'),
    // One delivery (an SMTP conversation, a push) gives up after this; the outbox retries it.
    NOTIFY_DELIVERY_TIMEOUT_MS: z.coerce.number().int().min(100).max(300_000).default(20_000),
    NOTIFY_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(10),
    // LINE's Messaging API (push, reply, link token); tests point it at a local stand-in.
    LINE_API_BASE_URL: z
      .url()
      .regex(/^https?:\/\//, 'must be an http(s) URL')
      .default('https://api.line.me'),
    // Attempts at one LINE push before the bell falls back to web push or e-mail.
    LINE_PUSH_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(20).default(5),
    SOCKET_MESSAGES_PER_MINUTE: z.coerce.number().int().min(1).max(100_000).default(30),
    SOCKET_MESSAGE_BURST: z.coerce.number().int().min(1).max(100_000).default(10),
    SOCKET_TYPING_PER_MINUTE: z.coerce.number().int().min(1).max(100_000).default(120),
    SOCKET_TYPING_BURST: z.coerce.number().int().min(1).max(100_000).default(20),
    SOCKET_CALLS_PER_MINUTE: z.coerce.number().int().min(1).max(100_000).default(20),
    SOCKET_CALL_BURST: z.coerce.number().int().min(1).max(100_000).default(6),
    SOCKET_SIGNALS_PER_MINUTE: z.coerce.number().int().min(1).max(100_000).default(600),
    SOCKET_SIGNAL_BURST: z.coerce.number().int().min(1).max(100_000).default(120),
    STUN_URLS: iceUrlList('stun'),
    TURN_URLS: iceUrlList('turn'),
    TURN_SECRET: z.string().min(16, 'must be at least 16 characters').optional(),
    TURN_CREDENTIAL_TTL: z.coerce
      .number()
      .int()
      .min(60)
      .max(24 * 3600)
      .default(3600),
    ICE_TRANSPORT_POLICY: z.enum(['all', 'relay']).default('all'),
    VAPID_PUBLIC_KEY: z
      .string()
      .regex(/^[A-Za-z0-9_-]{87}$/, 'must be a base64url P-256 public key (87 characters)')
      .optional(),
    VAPID_PRIVATE_KEY: z
      .string()
      .regex(/^[A-Za-z0-9_-]{43}$/, 'must be a base64url P-256 private key (43 characters)')
      .optional(),
    VAPID_SUBJECT: z
      .string()
      .regex(/^(mailto:|https:\/\/)\S+$/, 'must be a mailto: or https:// address')
      .optional(),
    ATTACHMENT_MAX_FILE_BYTES: z.coerce
      .number()
      .int()
      .min(1024)
      .max(50 * 1024 * 1024)
      .default(10 * 1024 * 1024),
    ATTACHMENT_MAX_MESSAGE_BYTES: z.coerce
      .number()
      .int()
      .min(1024)
      .max(200 * 1024 * 1024)
      .default(20 * 1024 * 1024),
    IDENTITY_INDEX_KEY: z
      .string()
      .refine((v) => Buffer.from(v, 'base64').length >= 32, 'must be at least 32 bytes, base64')
      .optional(),
    /** The key of backup archives: not a data key, so a stolen archive alone opens nothing. */
    BACKUP_KEY: z
      .string()
      .refine((v) => Buffer.from(v, 'base64').length === 32, 'must be exactly 32 bytes, base64')
      .optional(),
    /** The bearer token Prometheus presents at /metrics; unset, there is no /metrics. */
    METRICS_TOKEN: z.string().min(32, 'must be at least 32 characters').optional(),
    /** Where scheduled backups go; unset, the server takes none (the CLI still can). */
    BACKUP_DIR: z.string().min(1).optional(),
    BACKUP_EVERY_HOURS: z.coerce.number().int().min(1).max(168).default(24),
    BACKUP_KEEP: z.coerce.number().int().min(1).max(366).default(14),
    PSEUDONYM_KEY: z
      .string()
      .refine((v) => Buffer.from(v, 'base64').length >= 32, 'must be at least 32 bytes, base64')
      .optional(),
    REPORT_FONT_PATH: z
      .string()
      .min(1)
      .default('/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc'),
    /** The facility map's tiles: an XYZ template Leaflet fills in ({s} optional). */
    MAP_TILE_URL: z
      .string()
      .regex(
        /^https?:\/\/[^\s]*\{z\}[^\s]*\{x\}[^\s]*\{y\}[^\s]*$/,
        'must be an http(s) tile address with {z}, {x} and {y}',
      )
      .default('https://cyberjapandata.gsi.go.jp/xyz/std/{z}/{x}/{y}.png'),
    MAP_TILE_ATTRIBUTION: z.string().min(1).max(200).default('地理院タイル'),
    MAP_TILE_ATTRIBUTION_URL: z
      .url({ protocol: /^https?$/ })
      .default('https://maps.gsi.go.jp/development/ichiran.html'),
  })
  .superRefine((env, ctx) => {
    if (env.TURN_URLS.length > 0 && !env.TURN_SECRET) {
      ctx.addIssue({
        code: 'custom',
        path: ['TURN_SECRET'],
        message: 'is required with TURN_URLS',
      });
    }
  })
  .refine((env) => (env.VAPID_PUBLIC_KEY === undefined) === (env.VAPID_PRIVATE_KEY === undefined), {
    path: ['VAPID_PRIVATE_KEY'],
    message: 'VAPID_PUBLIC_KEY and VAPID_PRIVATE_KEY are set together or not at all',
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
      /** Growing delays (auth/sign-in-throttle.ts) from one second up to LOGIN_LOCK_MINUTES. */
      throttle: {
        pair: {
          freeFailures: env.LOGIN_MAX_FAILURES,
          firstDelayMs: 1000,
          maxDelayMs: env.LOGIN_LOCK_MINUTES * 60_000,
        },
        account: {
          freeFailures: env.LOGIN_ACCOUNT_FAILURES,
          firstDelayMs: 1000,
          maxDelayMs: env.LOGIN_LOCK_MINUTES * 60_000,
        },
        source: {
          freeFailures: env.LOGIN_SOURCE_FAILURES,
          firstDelayMs: 1000,
          maxDelayMs: env.LOGIN_LOCK_MINUTES * 60_000,
        },
      },
      ratePerMinute: env.AUTH_RATE_LIMIT_PER_MINUTE,
    },
    publicApiRatePerMinute: env.PUBLIC_API_RATE_LIMIT_PER_MINUTE,
    deletionGraceDays: env.DELETION_GRACE_DAYS,
    eventContactRetentionDays: env.EVENT_CONTACT_RETENTION_DAYS,
    maxConcurrentConsultations: env.MAX_CONCURRENT_CONSULTATIONS,
    mail: env.SMTP_URL ? { url: env.SMTP_URL, from: env.MAIL_FROM } : null,
    outbox: {
      deliveryTimeoutMs: env.NOTIFY_DELIVERY_TIMEOUT_MS,
      maxAttempts: env.NOTIFY_MAX_ATTEMPTS,
    },
    line: {
      apiBaseUrl: env.LINE_API_BASE_URL.replace(/\/$/, ''),
      pushMaxAttempts: env.LINE_PUSH_MAX_ATTEMPTS,
    },
    socketRateLimits: {
      message: { perMinute: env.SOCKET_MESSAGES_PER_MINUTE, burst: env.SOCKET_MESSAGE_BURST },
      typing: { perMinute: env.SOCKET_TYPING_PER_MINUTE, burst: env.SOCKET_TYPING_BURST },
      call: { perMinute: env.SOCKET_CALLS_PER_MINUTE, burst: env.SOCKET_CALL_BURST },
      signal: { perMinute: env.SOCKET_SIGNALS_PER_MINUTE, burst: env.SOCKET_SIGNAL_BURST },
    },
    ice: {
      stunUrls: env.STUN_URLS,
      turn:
        env.TURN_URLS.length > 0 && env.TURN_SECRET
          ? { urls: env.TURN_URLS, secret: env.TURN_SECRET, ttlSeconds: env.TURN_CREDENTIAL_TTL }
          : null,
      transportPolicy: env.ICE_TRANSPORT_POLICY,
    },
    // Without keys (development, demo) a pair is generated once into DATA_DIR: see push/vapid-keys.ts.
    push: {
      keys:
        env.VAPID_PUBLIC_KEY && env.VAPID_PRIVATE_KEY
          ? { publicKey: env.VAPID_PUBLIC_KEY, privateKey: env.VAPID_PRIVATE_KEY }
          : null,
      subject: env.VAPID_SUBJECT ?? 'mailto:no-reply@yorisoi.invalid',
      subjectSet: env.VAPID_SUBJECT !== undefined,
      // Push services on loopback over plain HTTP are the tests' local peer, nothing else.
      allowLoopbackHttp: env.NODE_ENV === 'test',
    },
    attachments: {
      maxFileBytes: env.ATTACHMENT_MAX_FILE_BYTES,
      maxMessageBytes: env.ATTACHMENT_MAX_MESSAGE_BYTES,
    },
    pseudonymKey: env.PSEUDONYM_KEY ? Buffer.from(env.PSEUDONYM_KEY, 'base64') : null,
    metricsToken: env.METRICS_TOKEN ?? null,
    backup: {
      key: env.BACKUP_KEY ? Buffer.from(env.BACKUP_KEY, 'base64') : null,
      dir: env.BACKUP_DIR ? path.resolve(env.BACKUP_DIR) : null,
      everyHours: env.BACKUP_EVERY_HOURS,
      keep: env.BACKUP_KEEP,
    },
    identityIndexKey: env.IDENTITY_INDEX_KEY ? Buffer.from(env.IDENTITY_INDEX_KEY, 'base64') : null,
    reportFontPath: env.REPORT_FONT_PATH,
    mapTiles: {
      urlTemplate: env.MAP_TILE_URL,
      attribution: env.MAP_TILE_ATTRIBUTION,
      attributionUrl: env.MAP_TILE_ATTRIBUTION_URL,
    },
  }))
  .superRefine((config, ctx) => {
    if (config.ice.transportPolicy === 'relay' && !config.ice.turn) {
      ctx.addIssue({
        code: 'custom',
        path: ['ICE_TRANSPORT_POLICY'],
        message: 'relay needs TURN_URLS and TURN_SECRET',
      });
    }
    if (config.env === 'production' && !config.encryptionKeys) {
      ctx.addIssue({
        code: 'custom',
        path: ['ENCRYPTION_KEYS'],
        message: 'is required in production (keys must live outside the database)',
      });
    }
    if (config.env === 'production' && (!config.push.keys || !config.push.subjectSet)) {
      for (const variable of ['VAPID_PUBLIC_KEY', 'VAPID_PRIVATE_KEY', 'VAPID_SUBJECT']) {
        ctx.addIssue({
          code: 'custom',
          path: [variable],
          message: 'is required in production (push subscriptions are bound to the key pair)',
        });
      }
    }
    if (config.env === 'production' && !config.identityIndexKey) {
      ctx.addIssue({
        code: 'custom',
        path: ['IDENTITY_INDEX_KEY'],
        message: 'is required in production (the key of the e-mail blind index)',
      });
    }
    if (config.backup.dir && !config.backup.key) {
      ctx.addIssue({
        code: 'custom',
        path: ['BACKUP_KEY'],
        message: 'is required when BACKUP_DIR is set (backups are always encrypted)',
      });
    }
    if (config.env === 'production' && !config.pseudonymKey) {
      ctx.addIssue({
        code: 'custom',
        path: ['PSEUDONYM_KEY'],
        message: 'is required in production (the key of the statistics pseudonyms)',
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
