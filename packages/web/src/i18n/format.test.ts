import { describe, expect, it } from 'vitest';
import { compactDate, formatDate, groupInFours } from './format.ts';
import { storedLocale } from './locale.ts';

describe('formatDate', () => {
  const at = '2026-11-22T05:05:00Z';

  it('writes Japanese dates in Japan time', () => {
    expect(formatDate(at, 'ja', { withTime: true })).toBe('2026年11月22日 14:05');
    expect(formatDate(at, 'ja')).toBe('2026年11月22日');
  });

  it('offers the Japanese era for officials', () => {
    expect(formatDate(at, 'ja', { wareki: true })).toBe('令和8年11月22日');
  });

  it('ignores the era in English', () => {
    expect(formatDate(at, 'en', { wareki: true })).toBe('Nov 22, 2026');
  });

  it('returns an empty string for an invalid date', () => {
    expect(formatDate('not a date', 'ja')).toBe('');
  });
});

describe('compactDate', () => {
  it('uses the Japanese calendar day', () => {
    expect(compactDate(new Date('2026-01-31T16:00:00Z'))).toBe('20260201');
  });
});

describe('groupInFours', () => {
  it('groups a TOTP secret for typing', () => {
    expect(groupInFours('JBSWY3DPEHPK3PXPAB')).toBe('JBSW Y3DP EHPK 3PXP AB');
  });
});

describe('storedLocale', () => {
  it('defaults to Japanese', () => {
    expect(storedLocale(undefined)).toBe('ja');
    expect(storedLocale({ getItem: () => 'fr' })).toBe('ja');
    expect(storedLocale({ getItem: () => 'en' })).toBe('en');
  });
});
