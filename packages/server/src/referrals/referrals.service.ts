import { and, asc, eq, inArray, ne } from 'drizzle-orm';
import type { ReferralType, TReferral, TReferralResource } from '@yorisoi/shared';
import type { AppContext } from '../app/context.ts';
import {
  consultationReferrals,
  consultations,
  referralResources,
} from '../platform/db/schema/index.ts';
import type { Actor } from '../policy/actor.ts';
import { authorize, tenantScope } from '../policy/policy.ts';
import { AppError } from '../platform/errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { loadConsultationFor } from '../consultations/consultation-access.ts';

type ResourceRow = typeof referralResources.$inferSelect;
type ReferralRow = typeof consultationReferrals.$inferSelect;

export function presentResource(row: ResourceRow): TReferralResource {
  return {
    id: row.id,
    type: row.type as ReferralType,
    name: row.name,
    phone: row.phone,
    url: row.url,
    note: row.note,
  };
}

function presentReferral(row: ReferralRow, resource: ResourceRow): TReferral {
  return {
    id: row.id,
    consultationId: row.consultationId,
    resource: presentResource(resource),
    status: row.status as TReferral['status'],
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export async function listReferralResources(ctx: AppContext, { actor }: { actor: Actor }) {
  authorize(actor, 'referral.read', tenantScope(actor));
  return ctx.db
    .select()
    .from(referralResources)
    .where(
      and(
        eq(referralResources.municipalityId, actor.municipalityId as string),
        eq(referralResources.active, true),
      ),
    )
    .orderBy(asc(referralResources.type), asc(referralResources.name));
}

export async function createReferralResource(
  ctx: AppContext,
  {
    actor,
    input,
  }: {
    actor: Actor;
    input: {
      type: ReferralType;
      name: string;
      phone?: string | null | undefined;
      url?: string | null | undefined;
      note?: string | null | undefined;
    };
  },
) {
  authorize(actor, 'referral.manageDirectory', tenantScope(actor));
  const [row] = await ctx.db
    .insert(referralResources)
    .values({
      municipalityId: actor.municipalityId as string,
      type: input.type,
      name: input.name,
      phone: input.phone ?? null,
      url: input.url ?? null,
      note: input.note ?? null,
    })
    .returning();
  if (!row) throw new Error('resource insert returned nothing');
  return row;
}

async function withResources(ctx: AppContext, municipalityId: string, rows: ReferralRow[]) {
  if (rows.length === 0) return [];
  const resources = await ctx.db
    .select()
    .from(referralResources)
    .where(
      and(
        eq(referralResources.municipalityId, municipalityId),
        inArray(
          referralResources.id,
          rows.map((r) => r.resourceId),
        ),
      ),
    );
  const byId = new Map(resources.map((r) => [r.id, r]));
  return rows.flatMap((row) => {
    const resource = byId.get(row.resourceId);
    return resource ? [presentReferral(row, resource)] : [];
  });
}

export async function listReferrals(
  ctx: AppContext,
  { actor, consultationId }: { actor: Actor; consultationId: string },
) {
  const consultation = await loadConsultationFor(
    ctx,
    actor,
    consultationId,
    'consultation.careTeam',
  );
  const rows = await ctx.db
    .select()
    .from(consultationReferrals)
    .where(
      and(
        eq(consultationReferrals.municipalityId, consultation.municipalityId),
        eq(consultationReferrals.consultationId, consultation.id),
      ),
    )
    .orderBy(asc(consultationReferrals.createdAt));
  return withResources(ctx, consultation.municipalityId, rows);
}

export async function addReferral(
  ctx: AppContext,
  {
    actor,
    consultationId,
    resourceId,
  }: { actor: Actor; consultationId: string; resourceId: string },
) {
  const consultation = await loadConsultationFor(
    ctx,
    actor,
    consultationId,
    'consultation.careTeam',
  );
  const [resource] = await ctx.db
    .select()
    .from(referralResources)
    .where(
      and(
        eq(referralResources.municipalityId, consultation.municipalityId),
        eq(referralResources.id, resourceId),
        eq(referralResources.active, true),
      ),
    )
    .limit(1);
  if (!resource) throw new AppError('NOT_FOUND');
  const now = ctx.now();
  const row = await ctx.db.transaction(async (tx) => {
    const [created] = await tx
      .insert(consultationReferrals)
      .values({
        municipalityId: consultation.municipalityId,
        consultationId: consultation.id,
        resourceId: resource.id,
        createdBy: actor.userId,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    if (!created) throw new Error('referral insert returned nothing');
    await recordAudit(tx, {
      action: 'referral.proposed',
      municipalityId: consultation.municipalityId,
      actor,
      target: { type: 'consultation', id: consultation.id },
      detail: { type: resource.type },
    });
    return created;
  });
  return presentReferral(row, resource);
}

/** The care team of the consultation records how far a referral got. */
export async function updateReferral(
  ctx: AppContext,
  { actor, referralId, status }: { actor: Actor; referralId: string; status: TReferral['status'] },
) {
  if (!actor.municipalityId) throw new AppError('NOT_FOUND');
  const [found] = await ctx.db
    .select()
    .from(consultationReferrals)
    .where(
      and(
        eq(consultationReferrals.municipalityId, actor.municipalityId),
        eq(consultationReferrals.id, referralId),
      ),
    )
    .limit(1);
  if (!found) throw new AppError('NOT_FOUND');
  await loadConsultationFor(ctx, actor, found.consultationId, 'consultation.careTeam');
  const [updated] = await ctx.db
    .update(consultationReferrals)
    .set({ status, updatedAt: ctx.now() })
    .where(eq(consultationReferrals.id, found.id))
    .returning();
  if (!updated) throw new AppError('NOT_FOUND');
  const [view] = await withResources(ctx, actor.municipalityId, [updated]);
  if (!view) throw new AppError('NOT_FOUND');
  return view;
}

/** Referrals still open on the consultations assigned to the actor (or all, for supervisors). */
export async function listOpenReferrals(ctx: AppContext, { actor }: { actor: Actor }) {
  authorize(actor, 'referral.read', tenantScope(actor));
  const municipalityId = actor.municipalityId as string;
  const rows = await ctx.db
    .select({ referral: consultationReferrals })
    .from(consultationReferrals)
    .innerJoin(consultations, eq(consultations.id, consultationReferrals.consultationId))
    .where(
      and(
        eq(consultationReferrals.municipalityId, municipalityId),
        ne(consultationReferrals.status, 'closed'),
        actor.role === 'supervisor'
          ? undefined
          : eq(consultations.assignedCoordinatorId, actor.userId),
      ),
    )
    .orderBy(asc(consultationReferrals.updatedAt));
  return withResources(
    ctx,
    municipalityId,
    rows.map((r) => r.referral),
  );
}
