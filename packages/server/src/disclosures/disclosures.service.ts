import crypto from 'node:crypto';
import type { TDisclosure } from '@yorisoi/shared';
import type { AppContext } from '../app/context.ts';
import { openField, sealField } from '../platform/crypto/sealed-field.ts';
import type { Actor } from '../policy/actor.ts';
import { authorize, tenantScope } from '../policy/policy.ts';
import { AppError } from '../platform/errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { loadConsultationForCareTeam } from '../consultations/consultation-access.ts';
import { openIdentity } from '../auth/identity-seal.ts';
import {
  decidePending,
  findConsultingPerson,
  findDisclosure,
  insertDisclosure,
  listApprovedDisclosuresAbout,
  listDisclosuresOf,
  type DisclosureRow,
} from './disclosures.repository.ts';
const reasonContext = (id: string) => `identity_disclosures.reason:${id}`;

async function identityOf(ctx: AppContext, row: DisclosureRow) {
  const person = await findConsultingPerson(ctx.db, row.municipalityId, row.consultationId);
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
  const consultation = await loadConsultationForCareTeam(ctx, actor, consultationId);
  const id = crypto.randomUUID();
  const row = await ctx.db.transaction(async (tx) => {
    const created = await insertDisclosure(tx, consultation.municipalityId, {
      id,
      consultationId: consultation.id,
      requestedBy: actor.userId,
      reasonSealed: sealField(ctx.keyring, reason, reasonContext(id)),
      createdAt: ctx.now(),
    });
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
  const rows = await listDisclosuresOf(ctx.db, actor.municipalityId as string, 100);
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
  const found = await findDisclosure(ctx.db, municipalityId, disclosureId);
  if (!found) throw new AppError('NOT_FOUND');
  if (found.requestedBy === actor.userId)
    throw new AppError('FORBIDDEN', { detail: 'a second supervisor must decide' });
  if (found.status !== 'pending') throw new AppError('CONFLICT', { detail: 'already decided' });
  const row = await ctx.db.transaction(async (tx) => {
    const decided = await decidePending(tx, municipalityId, found.id, {
      status: approve ? 'approved' : 'rejected',
      decidedBy: actor.userId,
      decidedAt: ctx.now(),
    });
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
  const rows = await listApprovedDisclosuresAbout(ctx.db, actor.municipalityId, actor.userId);
  return rows.map((disclosure) => ({
    at: (disclosure.decidedAt ?? disclosure.createdAt).toISOString(),
    reason: openField(ctx.keyring, disclosure.reasonSealed, reasonContext(disclosure.id)),
  }));
}
