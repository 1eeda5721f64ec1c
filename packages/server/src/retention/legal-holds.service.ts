import type { TLegalHold } from '@yorisoi/shared';
import type { AppContext } from '../app/context.ts';
import type { Actor } from '../policy/actor.ts';
import { AppError } from '../platform/errors.ts';
import { openField, sealField } from '../platform/crypto/sealed-field.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { findStaffNamesById } from '../audit/audit.repository.ts';
import { loadConsultationFor } from '../consultations/consultation-access.ts';
import {
  deleteLegalHold,
  findLegalHold,
  insertLegalHold,
  type LegalHoldRow,
} from './legal-holds.repository.ts';

const reasonContext = (consultationId: string) =>
  `consultation_legal_holds.reason:${consultationId}`;

async function present(
  ctx: AppContext,
  consultationId: string,
  row: LegalHoldRow | null,
): Promise<TLegalHold> {
  if (!row) {
    return { consultationId, held: false, reason: null, placedAt: null, placedByName: null };
  }
  const names = await findStaffNamesById(ctx.db, ctx, row.municipalityId, [row.placedBy]);
  return {
    consultationId,
    held: true,
    reason: openField(ctx.keyring, row.reasonSealed, reasonContext(consultationId)),
    placedAt: row.placedAt.toISOString(),
    placedByName: names.get(row.placedBy) ?? null,
  };
}

/** Whether the consultation is held, and why: its care team sees it in the console. */
export async function getLegalHold(
  ctx: AppContext,
  { actor, consultationId }: { actor: Actor; consultationId: string },
): Promise<TLegalHold> {
  const consultation = await loadConsultationFor(
    ctx,
    actor,
    consultationId,
    'consultation.careTeam',
  );
  const row = await findLegalHold(ctx.db, consultation.municipalityId, consultation.id);
  return present(ctx, consultation.id, row);
}

/**
 * A supervisor suspends the consultation's erasure (a dispute, a request from a court or
 * the police, an investigation), with a reason kept sealed. The retention sweep skips it,
 * with its messages, notes and attachments, until the hold is lifted.
 */
export async function placeLegalHold(
  ctx: AppContext,
  { actor, consultationId, reason }: { actor: Actor; consultationId: string; reason: string },
): Promise<TLegalHold> {
  const consultation = await loadConsultationFor(
    ctx,
    actor,
    consultationId,
    'consultation.legalHold',
  );
  const now = ctx.now();
  const row: LegalHoldRow = {
    consultationId: consultation.id,
    municipalityId: consultation.municipalityId,
    reasonSealed: sealField(ctx.keyring, reason, reasonContext(consultation.id)),
    placedBy: actor.userId,
    placedAt: now,
  };
  await ctx.db.transaction(async (tx) => {
    if (!(await insertLegalHold(tx, consultation.municipalityId, row))) {
      throw new AppError('LEGAL_HOLD_ALREADY_PLACED');
    }
    await recordAudit(
      tx,
      {
        action: 'consultation.legal_hold_placed',
        municipalityId: consultation.municipalityId,
        actor,
        target: { type: 'consultation', id: consultation.id },
      },
      now,
    );
  });
  return present(ctx, consultation.id, row);
}

/** Lifts the hold: from then on the consultation is erased when its period has passed. */
export async function liftLegalHold(
  ctx: AppContext,
  { actor, consultationId }: { actor: Actor; consultationId: string },
): Promise<TLegalHold> {
  const consultation = await loadConsultationFor(
    ctx,
    actor,
    consultationId,
    'consultation.legalHold',
  );
  const now = ctx.now();
  await ctx.db.transaction(async (tx) => {
    if (!(await deleteLegalHold(tx, consultation.municipalityId, consultation.id))) {
      throw new AppError('LEGAL_HOLD_NOT_PLACED');
    }
    await recordAudit(
      tx,
      {
        action: 'consultation.legal_hold_lifted',
        municipalityId: consultation.municipalityId,
        actor,
        target: { type: 'consultation', id: consultation.id },
      },
      now,
    );
  });
  return present(ctx, consultation.id, null);
}
