import { loadConfig, ConfigError } from '../config/config.ts';
import { openDatabase } from '../platform/db/database.ts';
import { DataDirLockedError } from '../platform/db/data-dir-lock.ts';
import { verifyAuditChain } from '../audit/audit.service.ts';
import { currentTotp } from '../auth/totp.ts';
import { startServer } from '../app/start-server.ts';
import { transferDatabase } from './transfer-database.ts';
import { runOpenDataCommand } from './opendata-command.ts';
import { runBackupCommand, runRestoreCommand, runVerifyBackupCommand } from './backup-commands.ts';
import { runDoctorCommand } from './doctor-command.ts';
import { createAppContext } from '../app/create-app-context.ts';
import { loadKeyring } from '../platform/crypto/keyring.ts';

const usage = `Usage: yorisoi <command>

  serve                  start the server (migrates and, unless DEMO_SEED=false, seeds the demo)
  migrate                apply database migrations and exit
  audit-verify           verify the audit log's hash chain
  deidentify             de-identify JSON lines {"id","text"} from stdin to stdout
  transfer-to <url>      copy the embedded database (DATA_DIR) into an empty PostgreSQL server
  backup --to <file>     an encrypted backup (BACKUP_KEY) while the server runs
  verify-backup --from <file>  check a backup whole (key, every part's checksum, row counts)
  restore --from <file>  restore a backup into an empty DATA_DIR or DATABASE_URL
  doctor                 check config, database, keys, backups, SMTP and TURN; exit 1 on a failure
  totp <secret>          print the current TOTP code for a base32 secret (demo and testing)
  opendata import|export open data of a municipality (子育て施設一覧, vacancy table); see \`yorisoi opendata\`
`;

function databaseTarget(config: ReturnType<typeof loadConfig>) {
  return config.database.kind === 'postgres'
    ? config.database
    : ({ kind: 'embedded', dataDir: config.dataDir } as const);
}

const writeLine = (line: string) => process.stdout.write(`${line}\n`);

async function run(args: string[]): Promise<number> {
  const [command, ...rest] = args;
  switch (command) {
    case 'serve': {
      const server = await startServer(loadConfig());
      const stop = async () => {
        await server.stop();
        process.exit(0);
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      // Diagnostics: `kill -USR2 <pid>` logs memory use; under `node --expose-gc` it collects
      // garbage first, so that measurements (bench:chat) compare like with like.
      process.on('SIGUSR2', () => {
        (globalThis as { gc?: () => void }).gc?.();
        server.app.log.warn({ memory: process.memoryUsage() }, 'memory report');
      });
      return new Promise<number>(() => undefined);
    }
    case 'migrate': {
      const database = await openDatabase(databaseTarget(loadConfig()));
      try {
        await database.migrate();
        process.stdout.write('migrations applied\n');
      } finally {
        await database.close();
      }
      return 0;
    }
    case 'audit-verify': {
      const database = await openDatabase(databaseTarget(loadConfig()));
      try {
        const result = await verifyAuditChain(database.db);
        process.stdout.write(`${JSON.stringify(result)}\n`);
        return result.ok ? 0 : 1;
      } finally {
        await database.close();
      }
    }
    case 'deidentify': {
      const { runDeidentifyCli } = await import('@yorisoi/deidentify/cli');
      return runDeidentifyCli({
        input: process.stdin,
        output: process.stdout,
        errorOutput: process.stderr,
      });
    }
    case 'transfer-to': {
      const target = rest[0];
      if (!target) throw new ConfigError('transfer-to needs a postgres:// URL');
      await transferDatabase({
        dataDir: loadConfig().dataDir,
        targetUrl: target,
        log: (l) => process.stdout.write(`${l}\n`),
      });
      return 0;
    }
    case 'backup':
      return runBackupCommand(loadConfig(), rest, writeLine);
    case 'verify-backup':
      return runVerifyBackupCommand(loadConfig(), rest, writeLine);
    case 'restore':
      return runRestoreCommand(loadConfig(), rest, writeLine);
    case 'doctor':
      return runDoctorCommand(writeLine);
    case 'opendata': {
      const config = loadConfig();
      const database = await openDatabase(databaseTarget(config));
      try {
        await database.migrate();
        const ctx = createAppContext({
          config,
          database,
          keyring: loadKeyring(config.encryptionKeys, config.dataDir),
          now: () => new Date(),
        });
        return await runOpenDataCommand(ctx, rest, {
          readInput: async () => {
            const chunks: Buffer[] = [];
            for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
            return new Uint8Array(Buffer.concat(chunks));
          },
          write: (text) => process.stdout.write(text),
          writeError: (text) => process.stderr.write(text),
        });
      } finally {
        await database.close();
      }
    }
    case 'totp': {
      if (!rest[0]) throw new ConfigError('totp needs a base32 secret');
      process.stdout.write(`${currentTotp(rest[0])}\n`);
      return 0;
    }
    default:
      process.stdout.write(usage);
      return command === undefined || command === 'help' ? 0 : 2;
  }
}

export async function runCli(args: string[]): Promise<number> {
  try {
    return await run(args);
  } catch (error) {
    if (error instanceof ConfigError || error instanceof DataDirLockedError) {
      process.stderr.write(`${error.message}\n`);
      return 1;
    }
    throw error;
  }
}
