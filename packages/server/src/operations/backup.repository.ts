import { getTableName, sql } from 'drizzle-orm';
import { tablesInDependencyOrder } from '../cli/transfer-database.ts';
import { queryRows, type Db } from '../platform/db/database.ts';

/** Every table, parents before children, as a backup writes and a restore inserts them. */
export const backupTableNames: readonly string[] = tablesInDependencyOrder.map((table) =>
  getTableName(table),
);

/** Which migrations the database has: a backup restores only into the same schema. */
export async function readSchemaVersion(db: Db): Promise<{ migrations: number; latest: string }> {
  const [row] = await queryRows<{ migrations: number; latest: string | null }>(
    db,
    sql`select count(*)::int as migrations, max(created_at)::text as latest from drizzle.__drizzle_migrations`,
  );
  return { migrations: row?.migrations ?? 0, latest: row?.latest ?? '' };
}

const fetchSize = 1000;

/**
 * A table's rows as JSON text, a thousand at a time, through a cursor of the caller's
 * transaction: the whole backup reads one snapshot, and a large table is read once.
 */
export async function* readTableBatches(tx: Db, name: string): AsyncGenerator<string[]> {
  await tx.execute(
    sql`declare backup_rows no scroll cursor for select row_to_json(t)::text as r from ${sql.identifier(name)} t`,
  );
  try {
    for (;;) {
      const rows = await queryRows<{ r: string }>(
        tx,
        sql.raw(`fetch ${fetchSize} from backup_rows`),
      );
      if (rows.length === 0) return;
      yield rows.map((row) => row.r);
    }
  } finally {
    await tx.execute(sql`close backup_rows`);
  }
}

export async function countRows(db: Db, name: string): Promise<number> {
  const [row] = await queryRows<{ n: number }>(
    db,
    sql`select count(*)::int as n from ${sql.identifier(name)}`,
  );
  return row?.n ?? 0;
}

/** Inserts rows given as JSON objects, every column as it was written. */
export async function insertRows(tx: Db, name: string, rowsJson: string): Promise<void> {
  const table = sql.identifier(name);
  await tx.execute(
    sql`insert into ${table} select * from json_populate_recordset(null::${table}, ${rowsJson}::json)`,
  );
}

/** The audit log numbers its entries from a sequence: go on after the restored ones. */
export async function continueAuditSequence(tx: Db): Promise<void> {
  await tx.execute(
    sql`select setval(pg_get_serial_sequence('audit_log', 'seq'), coalesce((select max(seq) from audit_log), 0) + 1, false)`,
  );
}

/** Tables of any schema version that hold a row: read before migrating a restore target. */
export async function tablesHoldingRows(db: Db): Promise<string[]> {
  const tables = await queryRows<{ name: string }>(
    db,
    sql`select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`,
  );
  const holding: string[] = [];
  for (const { name } of tables) {
    const [row] = await queryRows<{ holds: boolean }>(
      db,
      sql`select exists (select 1 from ${sql.identifier(name)}) as holds`,
    );
    if (row?.holds) holding.push(name);
  }
  return holding;
}
