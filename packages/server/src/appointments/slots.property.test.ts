import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { appointmentChannels, slotLengths, japanMidnight, japanTimeOf } from '@yorisoi/shared';
import { isNationalHoliday } from '../sla/time-band.ts';
import {
  findSlot,
  slotsBetween,
  weeklyWindowsOverlap,
  type AvailabilityChange,
  type WeeklyWindow,
} from './slots.ts';

const minuteMs = 60_000;

const arbWindow: fc.Arbitrary<WeeklyWindow> = fc
  .record({
    weekday: fc.integer({ min: 0, max: 6 }),
    start: fc.integer({ min: 0, max: 287 }),
    span: fc.integer({ min: 1, max: 288 }),
    slotMinutes: fc.constantFrom(...slotLengths),
    channels: fc.subarray([...appointmentChannels], { minLength: 1 }),
  })
  .map((w) => ({
    weekday: w.weekday,
    startMinute: w.start * 5,
    endMinute: Math.min(1440, w.start * 5 + Math.max(w.span * 5, w.slotMinutes)),
    slotMinutes: w.slotMinutes,
    channels: w.channels,
  }))
  .filter((w) => w.endMinute - w.startMinute >= w.slotMinutes);

/** Non-overlapping weekly windows, as the service accepts them. */
const arbWeekly = fc
  .array(arbWindow, { maxLength: 6 })
  .map((ws) =>
    ws.reduce<WeeklyWindow[]>(
      (kept, w) => (weeklyWindowsOverlap([...kept, w]) ? kept : [...kept, w]),
      [],
    ),
  );

// 2024-01-01 … 2028-12-31: the years the holiday data covers with certainty.
const arbFrom = fc
  .integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2028, 11, 1) })
  .map((ms) => new Date(ms - (ms % (5 * minuteMs))));

const arbChange = (from: Date): fc.Arbitrary<AvailabilityChange> =>
  fc
    .record({
      kind: fc.constantFrom('block' as const, 'open' as const),
      offsetMinutes: fc.integer({ min: -600, max: 14 * 1440 }),
      span: fc.integer({ min: 15, max: 600 }),
      slotMinutes: fc.constantFrom(...slotLengths),
      channels: fc.subarray([...appointmentChannels], { minLength: 1 }),
    })
    .map((c) => {
      const startsAt = new Date(from.getTime() + c.offsetMinutes * 5 * minuteMs);
      return {
        kind: c.kind,
        startsAt,
        endsAt: new Date(startsAt.getTime() + c.span * minuteMs),
        slotMinutes: c.kind === 'open' ? c.slotMinutes : null,
        channels: c.channels,
      };
    });

const arbCase = arbFrom.chain((from) =>
  fc.record({
    from: fc.constant(from),
    days: fc.integer({ min: 1, max: 14 }),
    weekly: arbWeekly,
    changes: fc.array(arbChange(from), { maxLength: 4 }),
  }),
);

describe('slot arithmetic in Japan time', () => {
  it('slots lie inside a weekly window of a working day or an opened period, never in a block, never overlap', () => {
    fc.assert(
      fc.property(arbCase, ({ from, days, weekly, changes }) => {
        const to = new Date(from.getTime() + days * 86_400_000);
        const slots = slotsBetween({ weekly, changes, from, to });
        for (const [i, slot] of slots.entries()) {
          expect(slot.startsAt >= from && slot.startsAt < to).toBe(true);
          const next = slots[i + 1];
          if (next) expect(slot.endsAt <= next.startsAt).toBe(true);
          for (const block of changes.filter((c) => c.kind === 'block')) {
            expect(slot.startsAt < block.endsAt && block.startsAt < slot.endsAt).toBe(false);
          }
          const start = japanTimeOf(slot.startsAt);
          const end = japanTimeOf(new Date(slot.endsAt.getTime() - 1));
          const inWeekly =
            !isNationalHoliday(start.date) &&
            start.date === end.date &&
            weekly.some(
              (w) =>
                w.weekday === start.weekday &&
                start.minutesOfDay >= w.startMinute &&
                start.minutesOfDay + w.slotMinutes <= w.endMinute &&
                (start.minutesOfDay - w.startMinute) % w.slotMinutes === 0 &&
                slot.endsAt.getTime() - slot.startsAt.getTime() === w.slotMinutes * minuteMs,
            );
          const inOpened = changes.some(
            (c) =>
              c.kind === 'open' &&
              slot.startsAt >= c.startsAt &&
              slot.endsAt <= c.endsAt &&
              (slot.startsAt.getTime() - c.startsAt.getTime()) %
                ((c.slotMinutes ?? 1) * minuteMs) ===
                0,
          );
          expect(inWeekly || inOpened).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('every listed slot can be found again for booking, and nothing else can', () => {
    fc.assert(
      fc.property(arbCase, fc.integer({ min: 0, max: 14 * 288 }), (c, probe) => {
        const to = new Date(c.from.getTime() + c.days * 86_400_000);
        const slots = slotsBetween({ ...c, from: c.from, to });
        for (const slot of slots) {
          expect(findSlot(c, slot.startsAt, slot.channels[0]!)?.endsAt).toEqual(slot.endsAt);
        }
        const at = new Date(c.from.getTime() + probe * 5 * minuteMs);
        if (at < to && !slots.some((s) => s.startsAt.getTime() === at.getTime())) {
          expect(findSlot(c, at, 'chat')).toBeNull();
        }
      }),
      { numRuns: 200 },
    );
  });

  it('a full weekly window on a working day yields every slot, each exactly its length (no DST)', () => {
    fc.assert(
      fc.property(arbFrom, arbWindow, (from, window) => {
        const date = japanTimeOf(from).date;
        fc.pre(!isNationalHoliday(date));
        const day = japanMidnight(date);
        const weekly = [{ ...window, weekday: japanTimeOf(day).weekday }];
        const slots = slotsBetween({
          weekly,
          changes: [],
          from: day,
          to: new Date(day.getTime() + 86_400_000),
        });
        expect(slots).toHaveLength(
          Math.floor((window.endMinute - window.startMinute) / window.slotMinutes),
        );
        for (const slot of slots) {
          expect(slot.endsAt.getTime() - slot.startsAt.getTime()).toBe(
            window.slotMinutes * minuteMs,
          );
        }
      }),
    );
  });

  it('public holidays are closed unless opened explicitly', () => {
    // 2026-11-23 (月) 勤労感謝の日; 2026-11-24 (火) is a working day.
    const weekly = [1, 2].map((weekday) => ({
      weekday,
      startMinute: 14 * 60,
      endMinute: 15 * 60,
      slotMinutes: 30,
      channels: ['chat' as const],
    }));
    const from = japanMidnight('2026-11-23');
    const to = japanMidnight('2026-11-25');
    const closed = slotsBetween({ weekly, changes: [], from, to });
    expect(closed.map((s) => s.startsAt.toISOString())).toEqual([
      '2026-11-24T05:00:00.000Z',
      '2026-11-24T05:30:00.000Z',
    ]);
    const opened = slotsBetween({
      weekly,
      changes: [
        {
          kind: 'open',
          startsAt: new Date('2026-11-23T10:00:00+09:00'),
          endsAt: new Date('2026-11-23T11:00:00+09:00'),
          slotMinutes: 60,
          channels: ['video'],
        },
      ],
      from,
      to,
    });
    expect(opened[0]?.startsAt.toISOString()).toBe('2026-11-23T01:00:00.000Z');
    expect(opened).toHaveLength(3);
  });

  it('a window ending at midnight gives its last slot and no more', () => {
    const day = japanMidnight('2026-11-24');
    const slots = slotsBetween({
      weekly: [
        { weekday: 2, startMinute: 23 * 60, endMinute: 1440, slotMinutes: 45, channels: ['chat'] },
      ],
      changes: [],
      from: day,
      to: new Date(day.getTime() + 2 * 86_400_000),
    });
    expect(slots.map((s) => s.startsAt.toISOString())).toEqual(['2026-11-24T14:00:00.000Z']);
  });
});
