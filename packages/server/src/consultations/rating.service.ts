import type { AppContext } from '../app/context.ts';
import type { Actor } from '../policy/actor.ts';
import { AppError } from '../platform/errors.ts';
import { insertRating } from './closing.repository.ts';
import { sealField } from '../platform/crypto/sealed-field.ts';
import { loadConsultationFor } from './consultation-access.ts';
import { recordSatisfaction } from '../insights/case-records.ts';

/** The person who consulted rates it once, after it is closed. */
export async function rateConsultation(
  ctx: AppContext,
  {
    actor,
    consultationId,
    score,
    comment,
  }: { actor: Actor; consultationId: string; score: number; comment?: string | undefined },
) {
  const consultation = await loadConsultationFor(ctx, actor, consultationId, 'consultation.read');
  if (consultation.personUserId !== actor.userId) throw new AppError('NOT_FOUND');
  if (consultation.status !== 'closed')
    throw new AppError('CONFLICT', { detail: 'rate after closing' });
  const ratedAt = ctx.now();
  await ctx.db.transaction(async (tx) => {
    const inserted = await insertRating(tx, {
      consultationId: consultation.id,
      municipalityId: consultation.municipalityId,
      score,
      commentSealed: comment
        ? sealField(ctx.keyring, comment, `consultation_ratings.comment:${consultation.id}`)
        : null,
      ratedAt,
    });
    if (!inserted) throw new AppError('CONFLICT', { detail: 'already rated' });
    await recordSatisfaction(ctx, tx, {
      municipalityId: consultation.municipalityId,
      consultationId: consultation.id,
      score,
    });
  });
  return { score, comment: comment ?? null, ratedAt: ratedAt.toISOString() };
}
