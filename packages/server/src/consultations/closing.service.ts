import type { TConsultationClosing } from '@yorisoi/shared';
import type { AppContext } from '../app/context.ts';
import type { Actor } from '../policy/actor.ts';
import { AppError } from '../platform/errors.ts';
import { openField } from '../platform/crypto/sealed-field.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { loadConsultationFor } from './consultation-access.ts';
import { findRating, setNextTimeSameCoordinator } from './closing.repository.ts';
import type { ConsultationRow } from './consultations.repository.ts';

/** The person's own closed consultation; to anyone else it does not exist. */
async function ownClosedConsultation(ctx: AppContext, actor: Actor, consultationId: string) {
  const consultation = await loadConsultationFor(ctx, actor, consultationId, 'consultation.read');
  if (consultation.personUserId !== actor.userId) throw new AppError('NOT_FOUND');
  if (consultation.status !== 'closed')
    throw new AppError('CONFLICT', { detail: 'only after closing' });
  return consultation;
}

async function presentClosing(
  ctx: AppContext,
  consultation: ConsultationRow,
): Promise<TConsultationClosing> {
  const rating = await findRating(ctx.db, {
    municipalityId: consultation.municipalityId,
    consultationId: consultation.id,
  });
  return {
    rating: rating
      ? {
          score: rating.score,
          comment: rating.commentSealed
            ? openField(
                ctx.keyring,
                rating.commentSealed,
                `consultation_ratings.comment:${consultation.id}`,
              )
            : null,
          ratedAt: rating.ratedAt.toISOString(),
        }
      : null,
    sameCoordinatorNextTime: consultation.nextTimeSameCoordinator,
  };
}

/** What the closing card shows the person: their rating, if given, and the next-time choice. */
export async function getConsultationClosing(
  ctx: AppContext,
  { actor, consultationId }: { actor: Actor; consultationId: string },
) {
  return presentClosing(ctx, await ownClosedConsultation(ctx, actor, consultationId));
}

/**
 * The person chooses whether their next consultation goes to this one's coordinator when
 * that coordinator is on shift; the router reads it from the latest consultation.
 */
export async function chooseNextTimeCoordinator(
  ctx: AppContext,
  {
    actor,
    consultationId,
    sameCoordinator,
  }: { actor: Actor; consultationId: string; sameCoordinator: boolean },
) {
  const consultation = await ownClosedConsultation(ctx, actor, consultationId);
  await ctx.db.transaction(async (tx) => {
    await setNextTimeSameCoordinator(tx, {
      municipalityId: consultation.municipalityId,
      consultationId: consultation.id,
      sameCoordinator,
    });
    await recordAudit(
      tx,
      {
        action: 'consultation.next_time_chosen',
        municipalityId: consultation.municipalityId,
        actor,
        target: { type: 'consultation', id: consultation.id },
        detail: { sameCoordinator },
      },
      ctx.now(),
    );
  });
  return presentClosing(ctx, { ...consultation, nextTimeSameCoordinator: sameCoordinator });
}
