import { sql, type SQL } from 'drizzle-orm';
import type { StatisticsDimension } from '@yorisoi/shared';
import { queryRows, type Db } from '../platform/db/database.ts';

/**
 * Each dimension as an array per case record, so one- and two-way tables, list fields and
 * single codes all become the same unnest. Lists use `none` for a person with none.
 */
const dimensionValues: Record<StatisticsDimension, SQL> = {
  topic: sql`cr.topics`,
  lifeEvent: sql`case when cardinality(cr.life_events) = 0 then array['none'] else cr.life_events end`,
  month: sql`array[substr(cr.month, 1, 7)]`,
  weekday: sql`array[cr.contact_weekday::text]`,
  hour: sql`array[cr.contact_hour::text]`,
  timeBand: sql`array[cr.time_band]`,
  referralType: sql`case when cardinality(cr.referral_types) = 0 then array['none'] else cr.referral_types end`,
  outcome: sql`array[cr.outcome]`,
  severity: sql`array[cr.severity]`,
  satisfaction: sql`array[coalesce(cr.satisfaction::text, 'unrated')]`,
  channel: sql`array[cr.channel]`,
  industry: sql`array[coalesce(cr.industry, 'unknown')]`,
  sizeBand: sql`array[coalesce(cr.size_band, 'unknown')]`,
  ageBand: sql`array[coalesce(cr.age_band, 'unknown')]`,
};

export interface RecordFilter {
  municipalityId: string;
  /** First and last month, YYYY-MM, both included. */
  from: string;
  to: string;
  /** Only these employers' records; null: the whole municipality. */
  organizationIds: readonly string[] | null;
}

export interface CellPersons {
  row: string;
  column: string | null;
  persons: string[];
}

/**
 * The distinct person pseudonyms of every non-empty cell, computed in the database.
 * Pseudonyms never leave the server: they feed disclosure control and the ledger only.
 */
export async function personsByCell(
  db: Db,
  filter: RecordFilter,
  rows: StatisticsDimension,
  columns: StatisticsDimension | null,
): Promise<CellPersons[]> {
  const organizations =
    filter.organizationIds === null
      ? sql``
      : filter.organizationIds.length === 0
        ? sql`and false`
        : sql`and cr.organization_id in (${sql.join(
            filter.organizationIds.map((id) => sql`${id}::uuid`),
            sql`, `,
          )})`;
  const columnJoin =
    columns === null
      ? sql`cross join (select null::text as v) c`
      : sql`cross join lateral unnest(${dimensionValues[columns]}) c(v)`;
  // Pseudonyms are base64url, so a comma joins them safely; one string per cell is far
  // cheaper for the driver to hand over than a parsed text array of thousands.
  const cells = await queryRows<Omit<CellPersons, 'persons'> & { persons: string }>(
    db,
    sql`select r.v as "row", c.v as "column", string_agg(distinct cr.person_key, ',') as "persons"
        from case_records cr
        cross join lateral unnest(${dimensionValues[rows]}) r(v)
        ${columnJoin}
        where cr.municipality_id = ${filter.municipalityId}
          and cr.month >= ${`${filter.from}-01`} and cr.month <= ${`${filter.to}-01`}
          ${organizations}
        group by r.v, c.v`,
  );
  return cells.map((cell) => ({ ...cell, persons: cell.persons.split(',') }));
}
