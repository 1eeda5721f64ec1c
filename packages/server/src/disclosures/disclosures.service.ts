import crypto from 'node:crypto';
import { and, desc, eq } from 'drizzle-orm';
import type { TDisclosure } from '@yorisoi/shared';
import type { AppContext } from '../app/context.ts';
import {
  consultations,
  identityDisclosures,
  organizations,
  users,
} from '../platform/db/schema/index.ts';
import { openField, sealField } from '../platform/crypto/sealed-field.ts';
import type { Actor } from '../policy/actor.ts';
import { authorize, tenantScope } from '../policy/policy.ts';
import { AppError } from '../platform/errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { loadConsultationFor } from '../consultations/consultation-access.ts';
import { openIdentity } from '../auth/identity-seal.ts';

type DisclosureRow = typeof identityDisclosures.$inferSelect;
const reasonContext = (id: string) => `identity_disclosures.reason:${id}`;

async function identityOf(ctx: AppContext, row: DisclosureRow) {
  const [person] = await ctx.db
    .select({
      id: users.id,
      identitySealed: users.identitySealed,
      organization: organizations.name,
    })
    .from(consultations)
    .innerJoin(users, eq(users.id, consultations.personUserId))
    .leftJoin(organizations, eq(organizations.id, users.organizationId))
    .where(
      and(
        eq(consultations.municipalityId, row.municipalityId),
        eq(consultations.id, row.consultationId),
      ),
    )
    .limit(1);
  if (!person) return null;
  const { displayName, email } = openIdentity(ctx, person);
  return { displayName, email, organization: person.organization };
}

/** The identity is shown only when approved, only to the two supervisors, and each showing is audited. */
async function presentDisclosure(
  ctx: AppContext,
  actor: Actor,
  row: DisclosureRow,
): Promise<TDisclosure> {
  const involved = row.requestedBy === actor.userId || row.decidedBy === actor.userId;
  const identity = row.status === 'approved' && involved ? await identityOf(ctx, row) : null;
  if (identity) {
    await ctx.db.transaction((tx) =>
      recordAudit(tx, {
        action: 'disclosure.identity_viewed',
        municipalityId: row.municipalityId,
        actor,
        target: { type: 'consultation', id: row.consultationId },
      }),
    );
  }
  return {
    id: row.id,
    consultationId: row.consultationId,
    status: row.status as TDisclosure['status'],
    reason: openField(ctx.keyring, row.reasonSealed, reasonContext(row.id)),
    requestedByMe: row.requestedBy === actor.userId,
    createdAt: row.createdAt.toISOString(),
    decidedAt: row.decidedAt?.toISOString() ?? null,
    identity,
  };
}

export async function requestDisclosure(
  ctx: AppContext,
  { actor, consultationId, reason }: { actor: Actor; consultationId: string; reason: string },
) {
  authorize(actor, 'disclosure.manage', tenantScope(actor));
  const consultation = await loadConsultationFor(
    ctx,
    actor,
    consultationId,
    'consultation.careTeam',
  );
  const id = crypto.randomUUID();
  const row = await ctx.db.transaction(async (tx) => {
    const [created] = await tx
      .insert(identityDisclosures)
      .values({
        id,
        municipalityId: consultation.municipalityId,
        consultationId: consultation.id,
        requestedBy: actor.userId,
        reasonSealed: sealField(ctx.keyring, reason, reasonContext(id)),
        createdAt: ctx.now(),
      })
      .returning();
    if (!created) throw new Error('disclosure insert returned nothing');
    await recordAudit(tx, {
      action: 'disclosure.requested',
      municipalityId: consultation.municipalityId,
      actor,
      target: { type: 'consultation', id: consultation.id },
    });
    return created;
  });
  return presentDisclosure(ctx, actor, row);
}

export async function listDisclosures(ctx: AppContext, { actor }: { actor: Actor }) {
  authorize(actor, 'disclosure.manage', tenantScope(actor));
  const rows = await ctx.db
    .select()
    .from(identityDisclosures)
    .where(eq(identityDisclosures.municipalityId, actor.municipalityId as string))
    .orderBy(desc(identityDisclosures.createdAt))
    .limit(100);
  const out: TDisclosure[] = [];
  for (const row of rows) out.push(await presentDisclosure(ctx, actor, row));
  return out;
}

/** A second supervisor decides; the one who asked can never approve their own request. */
export async function decideDisclosure(
  ctx: AppContext,
  { actor, disclosureId, approve }: { actor: Actor; disclosureId: string; approve: boolean },
) {
  authorize(actor, 'disclosure.manage', tenantScope(actor));
  const municipalityId = actor.municipalityId as string;
  const [found] = await ctx.db
    .select()
    .from(identityDisclosures)
    .where(
      and(
        eq(identityDisclosures.municipalityId, municipalityId),
        eq(identityDisclosures.id, disclosureId),
      ),
    )
    .limit(1);
  if (!found) throw new AppError('NOT_FOUND');
  if (found.requestedBy === actor.userId)
    throw new AppError('FORBIDDEN', { detail: 'a second supervisor must decide' });
  if (found.status !== 'pending') throw new AppError('CONFLICT', { detail: 'already decided' });
  const row = await ctx.db.transaction(async (tx) => {
    const [decided] = await tx
      .update(identityDisclosures)
      .set({
        status: approve ? 'approved' : 'rejected',
        decidedBy: actor.userId,
        decidedAt: ctx.now(),
      })
      .where(and(eq(identityDisclosures.id, found.id), eq(identityDisclosures.status, 'pending')))
      .returning();
    if (!decided) throw new AppError('CONFLICT', { detail: 'already decided' });
    await recordAudit(tx, {
      action: approve ? 'disclosure.approved' : 'disclosure.rejected',
      municipalityId,
      actor,
      target: { type: 'consultation', id: found.consultationId },
    });
    return decided;
  });
  return presentDisclosure(ctx, actor, row);
}

/** Shown to the person afterwards: when their identity was revealed, and why. */
export async function listMyDisclosures(ctx: AppContext, { actor }: { actor: Actor }) {
  if (!actor.municipalityId) return [];
  const rows = await ctx.db
    .select({ disclosure: identityDisclosures })
    .from(identityDisclosures)
    .innerJoin(consultations, eq(consultations.id, identityDisclosures.consultationId))
    .where(
      and(
        eq(identityDisclosures.municipalityId, actor.municipalityId),
        eq(consultations.personUserId, actor.userId),
        eq(identityDisclosures.status, 'approved'),
      ),
    )
    .orderBy(desc(identityDisclosures.decidedAt));
  return rows.map(({ disclosure }) => ({
    at: (disclosure.decidedAt ?? disclosure.createdAt).toISOString(),
    reason: openField(ctx.keyring, disclosure.reasonSealed, reasonContext(disclosure.id)),
  }));
}
