import { defineEndpoint } from '../endpoint.ts';
import { ZRatingReview, ZRatingReviewQuery } from '../rating-review.ts';

export const ratingReviewEndpoints = {
  getRatingReview: defineEndpoint({
    method: 'GET',
    path: '/api/care/ratings',
    summary:
      'Satisfaction ratings of closed consultations: distribution and comments without the person (supervisors; a coordinator their own)',
    access: 'session',
    query: ZRatingReviewQuery,
    response: ZRatingReview,
  }),
} as const;
