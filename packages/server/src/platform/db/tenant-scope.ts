import { and, eq, sql, type AnyColumn, type SQL } from 'drizzle-orm';

/** A municipality id column: what every tenant-owned table carries. */
type MunicipalityColumn = AnyColumn<{ data: string }>;

/** A table (or an alias of one) whose rows belong to one municipality (tenant). */
export interface TenantOwned {
  municipalityId: MunicipalityColumn;
}

/**
 * The condition that keeps a query inside one municipality: `table.municipality_id = id`,
 * joined with the query's other conditions. Every query of a tenant-owned table starts
 * here, so another tenant's row is never found (rather than found and then refused).
 *
 * A query that joins tenant-owned tables names them all (`[consultations, riskFlags]`):
 * each is held to the same municipality, so a join can never reach into another tenant.
 * A join condition passes the joined-from row's column instead of an id, which holds the
 * joined row to that row's municipality.
 */
export function ofMunicipality(
  tables: TenantOwned | readonly [TenantOwned, ...TenantOwned[]],
  municipalityId: string | MunicipalityColumn,
  ...conditions: (SQL | undefined)[]
): SQL {
  const owned: readonly TenantOwned[] = Array.isArray(tables) ? tables : [tables as TenantOwned];
  const tenant = owned.map((table) => eq(table.municipalityId, municipalityId));
  const all = [...tenant, ...conditions];
  return all.length === 1 ? tenant[0]! : (and(...all) ?? tenant[0]!);
}

/**
 * The same condition for a raw SQL query, on the table known there as `alias`
 * (`c.municipality_id = $1`): raw queries are held to one tenant the same way.
 */
export function rawOfMunicipality(alias: string, municipalityId: string): SQL {
  return sql`${sql.identifier(alias)}.municipality_id = ${municipalityId}`;
}
