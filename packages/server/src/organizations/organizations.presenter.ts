import type { Industry, SizeBand, TOrganization } from '@yorisoi/shared';
import type { OrganizationRow } from './organizations.repository.ts';

export function presentOrganization(row: OrganizationRow): TOrganization {
  return {
    id: row.id,
    name: row.name,
    industry: row.industry as Industry,
    sizeBand: row.sizeBand as SizeBand,
    consortiumMember: row.consortiumMember,
    ikubossDeclared: row.ikubossDeclared,
    createdAt: row.createdAt.toISOString(),
  };
}
