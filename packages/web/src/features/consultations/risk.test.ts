import { describe, expect, it } from 'vitest';
import { needsEmergencyGuidance } from './risk.ts';

describe('emergency guidance while typing', () => {
  it('appears for high-risk expressions only', () => {
    expect(needsEmergencyGuidance('もう死にたい')).toBe(true);
    expect(needsEmergencyGuidance('子どもが熱を出しました')).toBe(false);
    expect(needsEmergencyGuidance('')).toBe(false);
  });
});
