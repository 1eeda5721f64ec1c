import { describe, expect, it } from 'vitest';
import type { TFamilyCode } from '@yorisoi/shared';
import { displayCode, familyCodeStatus } from './family-code.ts';
import { inviteStatus } from '../admin/invites/invite-status.ts';
import { describeDevice } from '../profile/device.ts';
import { exportFileName } from '../profile/export-file-name.ts';

const base: TFamilyCode = {
  id: '3f2b6c1e-8a4d-4c2b-9e7f-1a2b3c4d5e6f',
  code: '4AC7DEFG',
  expiresAt: '2026-05-01T00:00:00Z',
  usedAt: null,
  revokedAt: null,
  createdAt: '2026-04-01T00:00:00Z',
};
const now = new Date('2026-04-15T00:00:00Z');

describe('family codes', () => {
  it('knows used, revoked, expired and active codes', () => {
    expect(familyCodeStatus(base, now)).toBe('active');
    expect(familyCodeStatus({ ...base, usedAt: '2026-04-02T00:00:00Z' }, now)).toBe('used');
    expect(familyCodeStatus({ ...base, revokedAt: '2026-04-02T00:00:00Z' }, now)).toBe('revoked');
    expect(familyCodeStatus(base, new Date('2026-06-01T00:00:00Z'))).toBe('expired');
  });

  it('shows codes in two groups of four', () => {
    expect(displayCode('4AC7DEFG')).toBe('4AC7-DEFG');
    expect(displayCode('something-else')).toBe('something-else');
  });
});

describe('invite codes', () => {
  const code = {
    id: base.id,
    code: '4AC7DEFG',
    label: null,
    maxUses: 2,
    uses: 0,
    expiresAt: null,
    revokedAt: null,
    createdAt: base.createdAt,
  };

  it('is used up at its limit', () => {
    expect(inviteStatus(code, now)).toBe('active');
    expect(inviteStatus({ ...code, uses: 2 }, now)).toBe('usedUp');
    expect(inviteStatus({ ...code, revokedAt: base.createdAt }, now)).toBe('revoked');
  });
});

describe('profile helpers', () => {
  it('names devices briefly', () => {
    expect(
      describeDevice(
        'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1',
      ),
    ).toBe('Safari / iPhone');
    expect(describeDevice(null)).toBeNull();
  });

  it('names the export file with the date', () => {
    expect(exportFileName(new Date('2026-11-22T05:05:00Z'))).toBe('yorisoi-my-data-20261122.json');
  });
});
