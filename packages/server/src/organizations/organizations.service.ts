import type { TCreateOrganizationRequest, TEnrolmentSummary } from '@yorisoi/shared';
import type { AppContext } from '../app/context.ts';
import { findEmployerAdmins, openUser } from '../auth/users.repository.ts';
import type { Actor } from '../policy/actor.ts';
import { authorize, can, tenantScope } from '../policy/policy.ts';
import { AppError } from '../platform/errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { inviteStaffAccount } from '../auth/staff-invitation.ts';
import {
  countEnrolled,
  findOrganization,
  insertOrganization,
  listOrganizations as selectOrganizations,
  updateOrganization as patchOrganization,
} from './organizations.repository.ts';

type OrganizationInput = Required<
  Omit<TCreateOrganizationRequest, 'consortiumMember' | 'ikubossDeclared'>
> & {
  consortiumMember: boolean;
  ikubossDeclared: boolean;
};

/** Loads an organization of the actor's municipality; another tenant's is simply not found. */
export async function loadOrganization(ctx: AppContext, actor: Actor, organizationId: string) {
  if (!actor.municipalityId) throw new AppError('NOT_FOUND');
  const organization = await findOrganization(ctx.db, actor.municipalityId, organizationId);
  if (!organization) throw new AppError('NOT_FOUND');
  return organization;
}

export async function listOrganizations(ctx: AppContext, { actor }: { actor: Actor }) {
  authorize(actor, 'organization.list', tenantScope(actor));
  const all = await selectOrganizations(ctx.db, actor.municipalityId as string);
  return all.filter((o) =>
    can(actor, 'organization.read', { municipalityId: o.municipalityId, organizationId: o.id }),
  );
}

export async function createOrganization(
  ctx: AppContext,
  { actor, input }: { actor: Actor; input: OrganizationInput },
) {
  authorize(actor, 'organization.manage', tenantScope(actor));
  return insertOrganization(ctx.db, actor.municipalityId as string, input);
}

export async function updateOrganization(
  ctx: AppContext,
  {
    actor,
    organizationId,
    changes,
  }: { actor: Actor; organizationId: string; changes: Partial<OrganizationInput> },
) {
  const organization = await loadOrganization(ctx, actor, organizationId);
  authorize(actor, 'organization.manage', organization);
  const updated = await patchOrganization(
    ctx.db,
    organization.municipalityId,
    organization.id,
    changes,
  );
  if (!updated) throw new AppError('NOT_FOUND');
  return updated;
}

export async function getEnrolmentSummary(
  ctx: AppContext,
  { actor, organizationId }: { actor: Actor; organizationId: string },
): Promise<TEnrolmentSummary> {
  const organization = await loadOrganization(ctx, actor, organizationId);
  authorize(actor, 'organization.readEnrolment', {
    ...organization,
    organizationId: organization.id,
  });
  const counts = await countEnrolled(ctx.db, organization.municipalityId, organization.id);
  return { organizationId: organization.id, ...counts };
}

export async function listEmployerAdmins(
  ctx: AppContext,
  { actor, organizationId }: { actor: Actor; organizationId: string },
) {
  const organization = await loadOrganization(ctx, actor, organizationId);
  authorize(actor, 'employerAdmin.manage', organization);
  const rows = (await findEmployerAdmins(ctx.db, organization.municipalityId, organization.id)).map(
    (row) => openUser(ctx, row),
  );
  await ctx.db.transaction((tx) =>
    recordAudit(tx, {
      action: 'employer_admins.read',
      municipalityId: organization.municipalityId,
      actor,
      target: { type: 'organization', id: organization.id },
      detail: { count: rows.length },
    }),
  );
  return rows;
}

export async function createEmployerAdmin(
  ctx: AppContext,
  {
    actor,
    organizationId,
    email,
    displayName,
  }: { actor: Actor; organizationId: string; email: string; displayName: string },
) {
  const organization = await loadOrganization(ctx, actor, organizationId);
  authorize(actor, 'employerAdmin.manage', organization);
  return ctx.db.transaction((tx) =>
    inviteStaffAccount(ctx, tx, {
      invitedBy: actor,
      municipalityId: organization.municipalityId,
      organizationId: organization.id,
      role: 'employer_admin',
      email,
      displayName,
    }),
  );
}
