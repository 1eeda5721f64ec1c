import { and, eq, type AnyColumn, type SQL } from 'drizzle-orm';

/** A table whose rows belong to one municipality (tenant). */
export interface TenantOwned {
  municipalityId: AnyColumn<{ data: string }>;
}

/**
 * The condition that keeps a query inside one municipality: `table.municipality_id = id`,
 * joined with the query's other conditions. Every query of a tenant-owned table starts
 * here, so another tenant's row is never found (rather than found and then refused).
 */
export function ofMunicipality(
  table: TenantOwned,
  municipalityId: string,
  ...conditions: (SQL | undefined)[]
): SQL {
  const tenant = eq(table.municipalityId, municipalityId);
  return conditions.length === 0 ? tenant : (and(tenant, ...conditions) ?? tenant);
}
