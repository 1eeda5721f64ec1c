import { and, eq, type AnyColumn, type SQL } from 'drizzle-orm';

/** A table (or an alias of one) whose rows belong to one municipality (tenant). */
export interface TenantOwned {
  municipalityId: AnyColumn<{ data: string }>;
}

/**
 * The condition that keeps a query inside one municipality: `table.municipality_id = id`,
 * joined with the query's other conditions. Every query of a tenant-owned table starts
 * here, so another tenant's row is never found (rather than found and then refused).
 *
 * A query that joins tenant-owned tables names them all (`[consultations, riskFlags]`):
 * each is held to the same municipality, so a join can never reach into another tenant.
 */
export function ofMunicipality(
  tables: TenantOwned | readonly [TenantOwned, ...TenantOwned[]],
  municipalityId: string,
  ...conditions: (SQL | undefined)[]
): SQL {
  const owned: readonly TenantOwned[] = Array.isArray(tables) ? tables : [tables as TenantOwned];
  const tenant = owned.map((table) => eq(table.municipalityId, municipalityId));
  const all = [...tenant, ...conditions];
  return all.length === 1 ? tenant[0]! : (and(...all) ?? tenant[0]!);
}
