import { describe, expect, it } from 'vitest';
import type { TShift } from '@yorisoi/shared';
import { colleaguesOnShift } from './on-shift.ts';

const shift = (userId: string, startsAt: string, endsAt: string): TShift => ({
  id: `${userId}-${startsAt}`,
  userId,
  displayName: `name-${userId}`,
  kind: 'on_duty',
  startsAt,
  endsAt,
});

describe('colleaguesOnShift', () => {
  const now = new Date('2026-11-22T03:00:00.000Z');

  it('offers the people whose shift covers now, once each, never oneself', () => {
    const shifts = [
      shift('a', '2026-11-22T00:00:00.000Z', '2026-11-22T08:00:00.000Z'),
      shift('a', '2026-11-22T02:00:00.000Z', '2026-11-22T04:00:00.000Z'),
      shift('b', '2026-11-21T20:00:00.000Z', '2026-11-22T03:00:00.000Z'),
      shift('c', '2026-11-22T03:00:00.000Z', '2026-11-22T05:00:00.000Z'),
      shift('me', '2026-11-22T00:00:00.000Z', '2026-11-22T08:00:00.000Z'),
    ];
    expect(colleaguesOnShift(shifts, now, 'me')).toEqual([
      { id: 'a', displayName: 'name-a' },
      { id: 'c', displayName: 'name-c' },
    ]);
  });
});
