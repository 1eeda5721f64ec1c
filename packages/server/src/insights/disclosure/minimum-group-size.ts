import { defaultMinimumGroupSize, minimumGroupSizeFloor } from '@yorisoi/shared';
import { AppError } from '../../platform/errors.ts';

export { defaultMinimumGroupSize, minimumGroupSizeFloor };

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
