import { z } from 'zod';
import { ZId, ZIsoDateTime } from './common.ts';
import { ZMonth } from './childcare.ts';

/**
 * The supervisors' view of satisfaction ratings (issue 13): how the five steps are spread
 * and what people wrote, by date and coordinator. A comment is consultation content, so
 * it is shown to the care team only and never with who wrote it.
 */
export const ZRatingReviewQuery = z.object({
  coordinatorId: ZId.optional(),
  month: ZMonth.optional(),
});
export type TRatingReviewQuery = z.infer<typeof ZRatingReviewQuery>;

export const ZRatingComment = z.object({
  ratedAt: ZIsoDateTime,
  closedAt: ZIsoDateTime.nullable(),
  coordinatorName: z.string().nullable(),
  score: z.number().int().min(1).max(5),
  comment: z.string(),
});

export const ZRatingReview = z.object({
  /** Ratings per score 1–5, in that order. */
  distribution: z.array(z.object({ score: z.number().int(), count: z.number().int() })),
  total: z.number().int(),
  comments: z.array(ZRatingComment),
  /** The coordinators the filter offers (those with a rated consultation). */
  coordinators: z.array(z.object({ id: ZId, name: z.string() })),
});
export type TRatingReview = z.infer<typeof ZRatingReview>;
