import { AppError } from '../../platform/errors.ts';

/** Japan's stress-check group-analysis rule: results of groups under 10 people are not shown. */
export const defaultMinimumGroupSize = 10;
/** Survey tools leak below 5 even with suppression; no municipality may configure less. */
export const minimumGroupSizeFloor = 5;

/**
 * The k of a municipality: its configured value, or the default. A value below the floor
 * (or not a whole number) is refused rather than clamped, so a misconfiguration is noticed
 * by the person who made it instead of silently publishing with another k.
 */
export function resolveMinimumGroupSize(configured?: number | null): number {
  if (configured === undefined || configured === null) return defaultMinimumGroupSize;
  if (!Number.isSafeInteger(configured) || configured < minimumGroupSizeFloor) {
    throw new AppError('VALIDATION_FAILED', {
      detail: `minimum group size must be a whole number ≥ ${minimumGroupSizeFloor}`,
      issues: [
        {
          path: 'minimumGroupSize',
          message: `最小集計人数は${minimumGroupSizeFloor}以上の整数にしてください (got ${String(configured)})`,
        },
      ],
    });
  }
  return configured;
}
