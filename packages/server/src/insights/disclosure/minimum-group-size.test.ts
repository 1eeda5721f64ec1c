import { describe, expect, it } from 'vitest';
import { AppError } from '../../platform/errors.ts';
import { defaultMinimumGroupSize, resolveMinimumGroupSize } from './minimum-group-size.ts';

describe('minimum group size (k)', () => {
  it('defaults to 10, the stress-check group rule', () => {
    expect(resolveMinimumGroupSize()).toBe(10);
    expect(resolveMinimumGroupSize(null)).toBe(defaultMinimumGroupSize);
  });

  it.each([5, 7, 10, 30])('accepts a municipality setting of %i', (k) => {
    expect(resolveMinimumGroupSize(k)).toBe(k);
  });

  it.each([4, 3, 1, 0, -10, 7.5, Number.NaN, Infinity])('refuses %s with a clear error', (k) => {
    expect(() => resolveMinimumGroupSize(k)).toThrow(AppError);
    try {
      resolveMinimumGroupSize(k);
    } catch (error) {
      expect((error as AppError).code).toBe('VALIDATION_FAILED');
      expect((error as AppError).issues?.[0]?.path).toBe('minimumGroupSize');
    }
  });
});
