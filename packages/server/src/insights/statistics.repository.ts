import { sql, type SQL } from 'drizzle-orm';
import { rawOfMunicipality } from '../platform/db/tenant-scope.ts';
import {
  monthIndexOf,
  periodBlockMonths,
  topicGroups,
  type PeriodBlock,
  type StatisticsDimension,
} from '@yorisoi/shared';
import { queryRows, type Db } from '../platform/db/database.ts';

/**
 * Where each dimension's value of a case record comes from: one value, or a list (topics,
 * life events, referrals) that a record is counted under each of; lists use `none` for a
 * record with none. Text is compared as bytes (collate "C"): the database's locale order
 * is not needed to group, and comparing through it was most of the sorting time.
 */
type DimensionSource = { value: SQL } | { list: SQL };

/** A record's topics mapped to their areas, each area once. */
const topicGroupList = sql`array(select distinct case t ${sql.join(
  Object.entries(topicGroups).flatMap(([group, topics]) =>
    topics.map((topic) => sql`when ${topic} then ${group}`),
  ),
  sql` `,
)} else 'other' end from unnest(cr.topics) t)`;

/**
 * The first month of the block (quarter, half-year) a record's month falls in, blocks
 * counted from the period's first month; integer arithmetic on months since year 0.
 */
function periodBlockSource(block: PeriodBlock, from: string): DimensionSource {
  const size = periodBlockMonths[block];
  const first = monthIndexOf(from);
  const index = sql`(substr(cr.month, 1, 4)::int * 12 + substr(cr.month, 6, 2)::int - 1)`;
  const start = sql`(${first}::int + ((${index} - ${first}::int) / ${size}::int) * ${size}::int)`;
  return {
    value: sql`(lpad((${start} / 12)::text, 4, '0') || '-' || lpad((${start} % 12 + 1)::text, 2, '0')) collate "C"`,
  };
}

const dimensionSources: Record<Exclude<StatisticsDimension, PeriodBlock>, DimensionSource> = {
  topic: { list: sql`cr.topics` },
  topicGroup: { list: topicGroupList },
  lifeEvent: {
    list: sql`case when cardinality(cr.life_events) = 0 then array['none'] else cr.life_events end`,
  },
  month: { value: sql`substr(cr.month, 1, 7) collate "C"` },
  weekday: { value: sql`cr.contact_weekday` },
  hour: { value: sql`cr.contact_hour` },
  timeBand: { value: sql`cr.time_band collate "C"` },
  referralType: {
    list: sql`case when cardinality(cr.referral_types) = 0 then array['none'] else cr.referral_types end`,
  },
  outcome: { value: sql`cr.outcome collate "C"` },
  severity: { value: sql`cr.severity collate "C"` },
  satisfaction: { value: sql`coalesce(cr.satisfaction::text, 'unrated') collate "C"` },
  channel: { value: sql`cr.channel collate "C"` },
  industry: { value: sql`coalesce(cr.industry, 'unknown') collate "C"` },
  sizeBand: { value: sql`coalesce(cr.size_band, 'unknown') collate "C"` },
  ageBand: { value: sql`coalesce(cr.age_band, 'unknown') collate "C"` },
};

/**
 * The grouping key of a dimension and, for a list, the join that unnests it. A single
 * value is grouped on directly: unnesting a one-element array per record cost as much as
 * the rest of the query.
 */
function dimensionKey(
  dimension: StatisticsDimension,
  alias: string,
  from: string,
): { key: SQL; join: SQL } {
  const source =
    dimension === 'quarter' || dimension === 'halfYear'
      ? periodBlockSource(dimension, from)
      : dimensionSources[dimension];
  if ('value' in source) return { key: source.value, join: sql`` };
  return {
    key: sql`${sql.identifier(alias)}.v collate "C"`,
    join: sql`cross join lateral unnest(${source.list}) ${sql.identifier(alias)}(v)`,
  };
}

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
 * The person pseudonyms of every non-empty cell, computed in the database: a person with
 * several records in a cell is listed as often.
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
  const row = dimensionKey(rows, 'r', filter.from);
  const column = columns === null ? null : dimensionKey(columns, 'c', filter.from);
  // Grouped by output position: a key with parameters (blocks of months) would otherwise
  // differ between select and group by in the database's eyes.
  // Pseudonyms are base64url, so a comma joins them safely; one string per cell is far
  // cheaper for the driver to hand over than a parsed text array of thousands. Neither
  // distinct nor sorted: a person's repeats are dropped where the cell becomes a set, and
  // no order is needed (fingerprints do not depend on it), so the database sorts nothing
  // per cell (that was half of the query's time).
  // Keys leave the database as they are grouped (an hour is an integer) and become text
  // here: grouping on a text cast of them instead made the counting 20–40 % slower.
  const cells = await queryRows<{
    row: string | number;
    column: string | number | null;
    persons: string;
  }>(
    db,
    sql`select ${row.key} as "row", ${column === null ? sql`null` : column.key} as "column",
          string_agg(cr.person_key, ',') as "persons"
        from case_records cr
        ${row.join}
        ${column?.join ?? sql``}
        where ${rawOfMunicipality('cr', filter.municipalityId)}
          and cr.month >= ${`${filter.from}-01`} and cr.month <= ${`${filter.to}-01`}
          ${organizations}
        group by ${column === null ? sql`1` : sql`1, 2`}`,
  );
  return cells.map((cell) => ({
    row: String(cell.row),
    column: cell.column === null ? null : String(cell.column),
    persons: cell.persons.split(','),
  }));
}
