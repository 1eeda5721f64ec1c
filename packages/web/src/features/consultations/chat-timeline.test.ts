import { describe, expect, it } from 'vitest';
import { buildTimeline, dayKey, dayLabel, timeLabel, type TimelineEntry } from './chat-timeline.ts';

// 2026-12-07 10:00 in Japan (a Monday).
const now = new Date('2026-12-07T01:00:00.000Z');

describe('dayKey', () => {
  it('is the calendar day in Japan, not in UTC', () => {
    expect(dayKey('2026-12-06T15:30:00.000Z')).toBe('2026-12-07');
    expect(dayKey('2026-12-06T14:59:00.000Z')).toBe('2026-12-06');
  });
});

describe('dayLabel', () => {
  it('says 今日 and 昨日 for the last two days', () => {
    expect(dayLabel('2026-12-07', now, 'ja')).toBe('今日');
    expect(dayLabel('2026-12-06', now, 'ja')).toBe('昨日');
    expect(dayLabel('2026-12-07', now, 'en')).toBe('Today');
    expect(dayLabel('2026-12-06', now, 'en')).toBe('Yesterday');
  });

  it('names an earlier day of this year with its weekday', () => {
    expect(dayLabel('2026-12-05', now, 'ja')).toBe('12月5日（土）');
    expect(dayLabel('2026-01-02', now, 'ja')).toBe('1月2日（金）');
    expect(dayLabel('2026-12-05', now, 'en')).toBe('Sat, Dec 5');
  });

  it('adds the year for an earlier year', () => {
    expect(dayLabel('2025-12-05', now, 'ja')).toBe('2025年12月5日（金）');
    expect(dayLabel('2025-12-05', now, 'en')).toBe('Fri, Dec 5, 2025');
  });

  it('counts yesterday across a month and a year', () => {
    const newYear = new Date('2027-01-01T03:00:00.000Z');
    expect(dayLabel('2026-12-31', newYear, 'ja')).toBe('昨日');
    expect(dayLabel('2026-12-30', newYear, 'ja')).toBe('2026年12月30日（水）');
  });
});

describe('timeLabel', () => {
  it('is the 24-hour time in Japan', () => {
    expect(timeLabel('2026-12-07T00:34:00.000Z', 'ja')).toBe('09:34');
    expect(timeLabel('2026-12-06T15:05:00.000Z', 'ja')).toBe('00:05');
  });
});

const entry = (key: string, createdAt: string, sender: string | null): TimelineEntry => ({
  key,
  createdAt,
  sender,
});
const shape = (entries: TimelineEntry[]) =>
  buildTimeline(entries, (e) => e).map((row) =>
    row.kind === 'day'
      ? `[${row.day}]`
      : `${row.key}${row.groupStart ? '<' : ''}${row.groupEnd ? '>' : ''}`,
  );

describe('buildTimeline', () => {
  it('puts a separator before the first message of each day', () => {
    expect(
      shape([
        entry('a', '2026-12-05T01:00:00.000Z', 'you'),
        entry('b', '2026-12-06T15:10:00.000Z', 'you'),
      ]),
    ).toEqual(['[2026-12-05]', 'a<>', '[2026-12-07]', 'b<>']);
  });

  it('groups a run by one sender and starts a new group when the sender changes', () => {
    expect(
      shape([
        entry('a', '2026-12-07T00:00:00.000Z', 'you'),
        entry('b', '2026-12-07T00:01:00.000Z', 'you'),
        entry('c', '2026-12-07T00:02:00.000Z', 'you'),
        entry('d', '2026-12-07T00:03:00.000Z', 'coordinator'),
        entry('e', '2026-12-07T00:04:00.000Z', 'you'),
      ]),
    ).toEqual(['[2026-12-07]', 'a<', 'b', 'c>', 'd<>', 'e<>']);
  });

  it('breaks a group at a new day and at an announcement', () => {
    expect(
      shape([
        entry('a', '2026-12-06T14:00:00.000Z', 'coordinator'),
        entry('b', '2026-12-06T15:00:00.000Z', 'coordinator'),
        entry('s', '2026-12-06T15:01:00.000Z', null),
        entry('c', '2026-12-06T15:02:00.000Z', 'coordinator'),
        entry('d', '2026-12-06T15:03:00.000Z', 'coordinator'),
      ]),
    ).toEqual(['[2026-12-06]', 'a<>', '[2026-12-07]', 'b<>', 's<>', 'c<', 'd>']);
  });

  it('keeps every entry exactly once and in order', () => {
    const entries = Array.from({ length: 30 }, (_, i) =>
      entry(
        `m${i}`,
        new Date(Date.UTC(2026, 11, 1 + Math.floor(i / 7), i)).toISOString(),
        i % 3 ? 'you' : 'coordinator',
      ),
    );
    const keys = buildTimeline(entries, (e) => e).flatMap((r) =>
      r.kind === 'entry' ? [r.key] : [],
    );
    expect(keys).toEqual(entries.map((e) => e.key));
  });
});
