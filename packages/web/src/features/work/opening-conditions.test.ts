import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import type { TPublicWorkOpening } from '@yorisoi/shared';
import { ja } from '../../i18n/ja.ts';
import { openingConditions, schedulePhrases } from './opening-conditions.ts';
import { dayLabel } from './day-label.ts';

/** The Japanese messages with {{value}} filled in, as i18next does. */
function fill(key: string, values: Record<string, unknown> = {}): string {
  const found = key
    .split('.')
    .reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], ja);
  return String(found).replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name]));
}
const t = fill as unknown as TFunction;

const opening: TPublicWorkOpening = {
  id: 'o',
  programmeId: 'p',
  kind: 'project',
  employmentType: null,
  title: 'SNS発信のプロジェクト',
  description: '',
  deliverable: null,
  teamSize: 5,
  periodStart: null,
  periodEnd: null,
  hoursPerWeekMin: 10,
  hoursPerWeekMax: 10,
  schedule: [
    { weekday: 4, from: '09:00', to: '12:00' },
    { weekday: 2, from: '09:00', to: '12:00' },
  ],
  workMode: 'remote',
  placeLabel: '長泉町',
  employerName: '株式会社わくわく商店（架空）',
  employerLocation: null,
  childcareProvided: true,
  pay: null,
  startsOn: null,
  datePosted: '2026-12-01',
  validThrough: null,
};

describe('an opening’s conditions in words', () => {
  it('read as a job ad: hours, Tuesday and Thursday mornings, remote, childcare, team', () => {
    expect(openingConditions(opening, t)).toEqual([
      '週10時間',
      '火・木の午前（9:00〜12:00）',
      'リモート可',
      '託児あり',
      '5人のチーム',
    ]);
  });

  it('name the place of on-site work and say when any time of the week will do', () => {
    expect(
      openingConditions(
        { ...opening, schedule: [], workMode: 'onsite', childcareProvided: false, teamSize: null },
        t,
      ),
    ).toEqual(['週10時間', '曜日・時間は相談できます', '通勤（出社）', '長泉町']);
  });

  it('keep days of different times apart, Monday first and Sunday last', () => {
    expect(
      schedulePhrases(
        [
          { weekday: 0, from: '10:00', to: '15:00' },
          { weekday: 1, from: '13:00', to: '16:00' },
          { weekday: 5, from: '13:00', to: '16:00' },
        ],
        t,
      ),
    ).toEqual(['日 10:00〜15:00', '月・金の午後（13:00〜16:00）']);
  });

  it('say that whole days are by arrangement, and a whole week is no fixed time', () => {
    const day = (weekday: number) => ({ weekday, from: '00:00', to: '24:00' });
    expect(schedulePhrases([0, 1, 2, 3, 4, 5, 6].map(day), t)).toEqual([
      '曜日・時間は相談できます',
    ]);
    expect(schedulePhrases([day(6), day(0)], t)).toEqual(['土・日（時間は相談）']);
  });
});

describe('a day on a job ad', () => {
  it('is written with its weekday, as people in Japan read it', () => {
    expect(dayLabel('2026-12-07', 'ja')).toBe('2026年12月7日（月）');
    expect(dayLabel('2027-02-01', 'en')).toBe('Mon, Feb 1, 2027');
  });
});
