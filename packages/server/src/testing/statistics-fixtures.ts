import crypto from 'node:crypto';
import {
  blocksOf,
  categoriesOf,
  noneCategory,
  topicGroups,
  type StatisticsDimension,
  type TProtectedTable,
} from '@yorisoi/shared';
import type { AppContext } from '../app/context.ts';
import { sealedUserValues } from '../auth/users.repository.ts';
import { caseRecords, users } from '../platform/db/schema/index.ts';
import type { Actor } from '../policy/actor.ts';
import type { CountTableInput } from '../insights/disclosure/count-table.ts';
import type { TableRelease } from '../insights/disclosure/protect-table.ts';
import { personPseudonym } from '../insights/pseudonyms.ts';

/** A synthetic case record as tests generate it (the fields tests break down by). */
export interface SyntheticRecord {
  userId: string;
  organizationId: string | null;
  month: string;
  topics: string[];
  lifeEvents: string[];
  severity: 'low' | 'moderate' | 'high' | 'crisis';
  timeBand: 'day' | 'night' | 'holiday';
}

/** Inserts enrolled persons of an employer directly (no sign-in needed for statistics). */
export async function enrolPersons(
  ctx: AppContext,
  municipalityId: string,
  organizationId: string,
  n: number,
): Promise<string[]> {
  const ids = Array.from({ length: n }, () => crypto.randomUUID());
  if (n === 0) return ids;
  await ctx.db.insert(users).values(
    ids.map((id) =>
      sealedUserValues(ctx, {
        id,
        municipalityId,
        organizationId,
        role: 'worker',
        email: `${id}@test.yorisoi.example`,
        displayName: `テスト ${id.slice(0, 4)}`,
      }),
    ),
  );
  return ids;
}

export async function insertRecords(
  ctx: AppContext,
  municipalityId: string,
  records: readonly SyntheticRecord[],
) {
  if (records.length === 0) return;
  await ctx.db.insert(caseRecords).values(
    records.map((r) => ({
      municipalityId,
      personKey: personPseudonym(ctx, r.userId),
      caseKey: crypto.randomUUID(),
      organizationId: r.organizationId,
      month: `${r.month}-01`,
      contactWeekday: 1,
      contactHour: 10,
      timeBand: r.timeBand,
      channel: 'chat',
      topics: r.topics,
      lifeEvents: r.lifeEvents,
      severity: r.severity,
      outcome: 'advice_given',
      referralTypes: [],
    })),
  );
}

export function actorOf(
  role: Actor['role'],
  municipalityId: string,
  organizationId: string | null = null,
): Actor {
  return {
    userId: crypto.randomUUID(),
    sessionId: crypto.randomUUID(),
    role,
    municipalityId,
    organizationId,
    locale: 'ja',
    mfaSatisfied: true,
  };
}

function valuesOf(
  record: SyntheticRecord,
  dimension: StatisticsDimension,
  period: { from: string; to: string },
): string[] {
  switch (dimension) {
    case 'topic':
      return record.topics;
    case 'topicGroup':
      return [
        ...new Set(
          record.topics.map(
            (t) =>
              Object.entries(topicGroups).find(([, topics]) =>
                (topics as readonly string[]).includes(t),
              )?.[0] ?? 'other',
          ),
        ),
      ];
    case 'quarter':
    case 'halfYear':
      return [
        blocksOf(period.from, period.to, dimension).findLast((start) => start <= record.month)!,
      ];
    case 'lifeEvent':
      return record.lifeEvents.length === 0 ? [noneCategory] : record.lifeEvents;
    case 'month':
      return [record.month];
    case 'severity':
      return [record.severity];
    case 'timeBand':
      return [record.timeBand];
    default:
      throw new Error(`tests do not generate ${dimension}`);
  }
}

/** The true table, computed independently of the SQL: what the attacker must not learn. */
export function trueCountTable(
  records: readonly SyntheticRecord[],
  table: TProtectedTable,
  person: (userId: string) => string,
  headcount: number | null,
): CountTableInput {
  const rows = categoriesOf(table.rowDimension, table.period);
  const columns =
    table.columnDimension === null ? null : categoriesOf(table.columnDimension, table.period);
  const sets = rows.map(() => (columns ?? ['']).map(() => new Set<string>()));
  for (const record of records) {
    if (record.month < table.period.from || record.month > table.period.to) continue;
    for (const r of valuesOf(record, table.rowDimension, table.period)) {
      const columnValues =
        table.columnDimension === null
          ? ['']
          : valuesOf(record, table.columnDimension, table.period);
      for (const c of columnValues) {
        const ri = rows.indexOf(r);
        const ci = columns === null ? 0 : columns.indexOf(c);
        if (ri >= 0 && ci >= 0) sets[ri]![ci]!.add(person(record.userId));
      }
    }
  }
  const everyone = new Set(sets.flat().flatMap((s) => [...s]));
  return {
    rows,
    ...(columns === null ? {} : { columns }),
    persons: sets.map((row) => row.map((s) => [...s])),
    headcounts: { total: headcount !== null && headcount >= everyone.size ? headcount : null },
  };
}

/** The published table in the engine's shape, for its test helpers. */
export function asRelease(table: TProtectedTable): TableRelease {
  return {
    table: {
      rows: table.rows,
      columns: table.columns,
      cells: table.cells,
      rowTotals: table.rowTotals,
      columnTotals: table.columnTotals,
      total: table.total,
    },
    disclosedGroups: [],
    population: { persons: new Set(), count: table.total },
    hiddenLabels: [],
  };
}
