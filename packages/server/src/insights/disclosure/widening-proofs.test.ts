import { describe, expect, it } from 'vitest';
import { WideningProofs } from './widening-proofs.ts';

describe('WideningProofs', () => {
  it('holds under the pattern it was shown under and any pattern containing it, not under less', () => {
    const proofs = new WideningProofs();
    proofs.record(3, new Set([3, 5]));
    expect(proofs.holds(3, new Set([3, 5]))).toBe(true);
    expect(proofs.holds(3, new Set([1, 3, 5, 8]))).toBe(true);
    expect(proofs.holds(3, new Set([3]))).toBe(false);
    expect(proofs.holds(5, new Set([3, 5]))).toBe(false);
  });
});
