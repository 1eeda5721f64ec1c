import {
  childcareKindLabels,
  eventKindLabelsJa,
  referralTypeLabels,
  workProgrammeKindLabels,
  type ReferralType,
  type TAddReferral,
  type TReferral,
  type TReferralTarget,
  type TReferralTargetRef,
} from '@yorisoi/shared';
import type { AppContext } from '../app/context.ts';
import type { Db } from '../platform/db/database.ts';
import type { Actor } from '../policy/actor.ts';
import { authorize, authorizeOrNotFound, tenantScope } from '../policy/policy.ts';
import { heldConsultationsVisibleTo } from '../policy/visibility.ts';
import { AppError } from '../platform/errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { loadConsultationFor } from '../consultations/consultation-access.ts';
import type { ConsultationRow } from '../consultations/consultations.repository.ts';
import {
  findActiveResource,
  findEventTarget,
  findFacilityTarget,
  findOpenReferralTo,
  findProgrammeTarget,
  findReferral,
  insertReferral,
  insertResource,
  listDirectory,
  listReferralsWithTargets,
  markReferralAgreed,
  municipalityCodeOf,
  searchTargets,
  setReferralStatus,
} from './referrals.repository.ts';
import {
  presentEventTarget,
  presentFacilityTarget,
  presentProgrammeTarget,
  presentReferrals,
  presentResourceTarget,
} from './referrals.presenter.ts';

/** Results per kind in the picker: enough to choose from, small enough to read at a glance. */
export const targetsPerKind = 8;

export async function listReferralResources(ctx: AppContext, { actor }: { actor: Actor }) {
  authorize(actor, 'referral.read', tenantScope(actor));
  return listDirectory(ctx.db, { municipalityId: actor.municipalityId as string });
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
  return insertResource(ctx.db, {
    municipalityId: actor.municipalityId as string,
    type: input.type,
    name: input.name,
    phone: input.phone ?? null,
    url: input.url ?? null,
    note: input.note ?? null,
  });
}

/** The codes whose Japanese or English label contains the text, so 「保育」 finds 認可保育所. */
function kindsLabelled(labels: Record<string, string | { ja: string; en: string }>, text: string) {
  const needle = text.toLowerCase();
  return Object.entries(labels)
    .filter(([, label]) =>
      (typeof label === 'string' ? [label] : [label.ja, label.en]).some((l) =>
        l.toLowerCase().includes(needle),
      ),
    )
    .map(([code]) => code);
}

/**
 * What a coordinator can refer to, matching what they typed by name or by kind: the
 * directory, childcare facilities and published events still to come, of their own
 * municipality only.
 */
export async function searchReferralTargets(
  ctx: AppContext,
  { actor, text }: { actor: Actor; text: string },
): Promise<TReferralTarget[]> {
  authorize(actor, 'referral.read', tenantScope(actor));
  const municipalityId = actor.municipalityId as string;
  const found = await searchTargets(ctx.db, {
    municipalityId,
    text,
    resourceTypes: text ? kindsLabelled(referralTypeLabels, text) : [],
    facilityKinds: text ? kindsLabelled(childcareKindLabels, text) : [],
    eventKinds: text ? kindsLabelled(eventKindLabelsJa, text) : [],
    programmeKinds: text ? kindsLabelled(workProgrammeKindLabels, text) : [],
    now: ctx.now(),
    limit: targetsPerKind,
  });
  const code = await municipalityCodeOf(ctx.db, { municipalityId });
  return [
    ...found.resources.map(presentResourceTarget),
    ...found.facilities.map((f) => presentFacilityTarget(f, code)),
    ...found.events.map((e) => presentEventTarget(e, code)),
    ...found.programmes.map((p) => presentProgrammeTarget(p, code)),
  ];
}

async function referralsOf(
  db: Db,
  query: Parameters<typeof listReferralsWithTargets>[1],
): Promise<TReferral[]> {
  const rows = await listReferralsWithTargets(db, query);
  if (rows.length === 0) return [];
  return presentReferrals(rows, await municipalityCodeOf(db, query));
}

/** The care team of a consultation and the person who consults see its referrals. */
export async function listReferrals(
  ctx: AppContext,
  { actor, consultationId }: { actor: Actor; consultationId: string },
) {
  const consultation = await loadConsultationFor(ctx, actor, consultationId, 'consultation.read');
  return referralsOf(ctx.db, {
    municipalityId: consultation.municipalityId,
    consultationIds: [consultation.id],
  });
}

/** Open referrals in any of these consultations of one person (the console's person pane). */
export async function listOpenReferralsIn(
  db: Db,
  { municipalityId, consultationIds }: { municipalityId: string; consultationIds: string[] },
) {
  const items = await referralsOf(db, { municipalityId, consultationIds, openOnly: true });
  return items.reverse();
}

/** The target's row, looked up in the consultation's municipality only. */
async function findTarget(
  ctx: AppContext,
  consultation: ConsultationRow,
  target: TReferralTargetRef,
) {
  const scope = { municipalityId: consultation.municipalityId, id: target.id };
  switch (target.kind) {
    case 'resource': {
      const row = await findActiveResource(ctx.db, scope);
      return (
        row && { column: { resourceId: row.id }, detail: { kind: 'resource', type: row.type } }
      );
    }
    case 'facility': {
      const row = await findFacilityTarget(ctx.db, scope);
      return (
        row && { column: { facilityId: row.id }, detail: { kind: 'facility', type: row.kind } }
      );
    }
    case 'event': {
      const row = await findEventTarget(ctx.db, { ...scope, now: ctx.now() });
      return row && { column: { eventId: row.id }, detail: { kind: 'event', type: row.kind } };
    }
    case 'programme': {
      const row = await findProgrammeTarget(ctx.db, scope);
      return (
        row && { column: { programmeId: row.id }, detail: { kind: 'programme', type: row.kind } }
      );
    }
  }
}

/** The target a body names, in either of its two shapes (the contract admits exactly one). */
export function targetOfBody(body: TAddReferral): TReferralTargetRef {
  if (body.target) return body.target;
  if (body.resourceId) return { kind: 'resource', id: body.resourceId };
  throw new AppError('VALIDATION_FAILED');
}

export async function addReferral(
  ctx: AppContext,
  {
    actor,
    consultationId,
    target,
  }: { actor: Actor; consultationId: string; target: TReferralTargetRef },
): Promise<{ referral: TReferral; consultation: ConsultationRow }> {
  const consultation = await loadConsultationFor(
    ctx,
    actor,
    consultationId,
    'consultation.careTeam',
  );
  const found = await findTarget(ctx, consultation, target);
  if (!found) throw new AppError('REFERRAL_TARGET_NOT_FOUND');
  const now = ctx.now();
  const created = await ctx.db.transaction(async (tx) => {
    const open = await findOpenReferralTo(tx, {
      municipalityId: consultation.municipalityId,
      consultationId: consultation.id,
      column: found.column,
    });
    if (open) return open;
    const row = await insertReferral(tx, {
      municipalityId: consultation.municipalityId,
      consultationId: consultation.id,
      ...found.column,
      createdBy: actor.userId,
      createdAt: now,
      updatedAt: now,
    });
    await recordAudit(tx, {
      action: 'referral.proposed',
      municipalityId: consultation.municipalityId,
      actor,
      target: { type: 'consultation', id: consultation.id },
      detail: found.detail,
    });
    return row;
  });
  const [referral] = await referralsOf(ctx.db, {
    municipalityId: consultation.municipalityId,
    referralIds: [created.id],
  });
  if (!referral) throw new Error('a referral just made has no target');
  return { referral, consultation };
}

/** The care team of the consultation records how far a referral got. */
export async function updateReferral(
  ctx: AppContext,
  { actor, referralId, status }: { actor: Actor; referralId: string; status: TReferral['status'] },
): Promise<{ referral: TReferral; consultation: ConsultationRow }> {
  if (!actor.municipalityId) throw new AppError('NOT_FOUND');
  const scope = { municipalityId: actor.municipalityId, id: referralId };
  const found = await findReferral(ctx.db, scope);
  if (!found) throw new AppError('NOT_FOUND');
  const consultation = await loadConsultationFor(
    ctx,
    actor,
    found.consultationId,
    'consultation.careTeam',
  );
  await ctx.db.transaction(async (tx) => {
    await setReferralStatus(tx, { ...scope, status, now: ctx.now() });
    await recordAudit(tx, {
      action: 'referral.status_changed',
      municipalityId: consultation.municipalityId,
      actor,
      target: { type: 'consultation', id: consultation.id },
      detail: { referralId: found.id, from: found.status, to: status },
    });
  });
  const [referral] = await referralsOf(ctx.db, {
    municipalityId: actor.municipalityId,
    referralIds: [found.id],
  });
  if (!referral) throw new AppError('NOT_FOUND');
  return { referral, consultation };
}

/** Referrals still open on the consultations assigned to the actor (or all, for supervisors). */
export async function listOpenReferrals(ctx: AppContext, { actor }: { actor: Actor }) {
  authorize(actor, 'referral.read', tenantScope(actor));
  const items = await referralsOf(ctx.db, {
    municipalityId: actor.municipalityId as string,
    openOnly: true,
    assigneeId: heldConsultationsVisibleTo(actor) ?? undefined,
  });
  return items.sort((a, b) => a.updatedAt.localeCompare(b.updatedAt));
}

/**
 * The person agrees to a referral to わくキャリ or the job centre, in their own view of the
 * consultation. Until then the programme hears nothing; after, only that someone came
 * from the health room (a count, a flag on their sign-up), never what was said.
 */
export async function agreeToReferral(
  ctx: AppContext,
  { actor, referralId }: { actor: Actor; referralId: string },
): Promise<{ referral: TReferral; consultation: ConsultationRow }> {
  if (!actor.municipalityId) throw new AppError('NOT_FOUND');
  const scope = { municipalityId: actor.municipalityId, id: referralId };
  const found = await findReferral(ctx.db, scope);
  if (!found) throw new AppError('NOT_FOUND');
  const consultation = await loadConsultationFor(
    ctx,
    actor,
    found.consultationId,
    'consultation.read',
  );
  authorizeOrNotFound(actor, 'referral.agree', {
    municipalityId: consultation.municipalityId,
    ownerId: consultation.personUserId,
  });
  if (!found.programmeId) throw new AppError('REFERRAL_AGREEMENT_NOT_NEEDED');
  if (!found.personAgreedAt)
    await ctx.db.transaction(async (tx) => {
      await markReferralAgreed(tx, { ...scope, now: ctx.now() });
      await recordAudit(tx, {
        action: 'referral.agreed',
        municipalityId: consultation.municipalityId,
        actor,
        target: { type: 'consultation', id: consultation.id },
        detail: { referralId: found.id, programmeId: found.programmeId },
      });
    });
  const [referral] = await referralsOf(ctx.db, {
    municipalityId: actor.municipalityId,
    referralIds: [found.id],
  });
  if (!referral) throw new AppError('NOT_FOUND');
  return { referral, consultation };
}
