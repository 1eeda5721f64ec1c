import {
  addMonths,
  japanMonthStart,
  type TRatingReview,
  type TRatingReviewQuery,
} from '@yorisoi/shared';
import type { AppContext } from '../app/context.ts';
import type { Actor } from '../policy/actor.ts';
import { authorize } from '../policy/policy.ts';
import { ratingsVisibleTo } from '../policy/visibility.ts';
import { openField } from '../platform/crypto/sealed-field.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { findStaffNames } from '../crisis/crisis-inbox.repository.ts';
import { listRatedCoordinatorIds, listRatings } from './rating-review.repository.ts';

const scores = [1, 2, 3, 4, 5] as const;

/**
 * The satisfaction ratings of closed consultations (issue 13): the spread over the five
 * steps and the comments with their date and coordinator, never who wrote them. A comment
 * is consultation content (sealed like it), so the policy gives it to the supervisors of
 * the municipality and to a coordinator for what they held, and every read is audited.
 */
export async function getRatingReview(
  ctx: AppContext,
  { actor, query }: { actor: Actor; query: TRatingReviewQuery },
): Promise<TRatingReview> {
  const { coordinatorId, ownOnly } = ratingsVisibleTo(actor, query.coordinatorId);
  authorize(actor, 'rating.readComments', {
    municipalityId: actor.municipalityId,
    assigneeId: coordinatorId ?? null,
  });
  const municipalityId = actor.municipalityId as string;
  const span = query.month
    ? { from: japanMonthStart(query.month), until: japanMonthStart(addMonths(query.month, 1)) }
    : {};
  const rows = await listRatings(ctx.db, { municipalityId, coordinatorId, ...span });
  const coordinatorIds = ownOnly
    ? [actor.userId]
    : await listRatedCoordinatorIds(ctx.db, municipalityId);
  const names = await findStaffNames(ctx.db, ctx, { municipalityId, userIds: coordinatorIds });
  await ctx.db.transaction((tx) =>
    recordAudit(
      tx,
      {
        action: 'rating.comments_read',
        municipalityId,
        actor,
        target: null,
        detail: { ratings: rows.length, ...(query.month ? { month: query.month } : {}) },
      },
      ctx.now(),
    ),
  );
  return {
    distribution: scores.map((score) => ({
      score,
      count: rows.filter((r) => r.score === score).length,
    })),
    total: rows.length,
    comments: rows.flatMap((r) =>
      r.commentSealed
        ? [
            {
              ratedAt: r.ratedAt.toISOString(),
              closedAt: r.closedAt?.toISOString() ?? null,
              coordinatorName: r.coordinatorId ? (names.get(r.coordinatorId) ?? null) : null,
              score: r.score,
              comment: openField(
                ctx.keyring,
                r.commentSealed,
                `consultation_ratings.comment:${r.consultationId}`,
              ),
            },
          ]
        : [],
    ),
    coordinators: coordinatorIds
      .flatMap((id) => {
        const name = names.get(id);
        return name ? [{ id, name }] : [];
      })
      .sort((a, b) => a.name.localeCompare(b.name, 'ja')),
  };
}
