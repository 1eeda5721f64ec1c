/**
 * A recruit against the service's uncovered hours, through THE matching rule of issue 17
 * (`scoreMatch`): the coming week's gaps in the roster become an opening whose schedule is
 * those hours, so the engine says how many of them she could take and on which days.
 * Pure: the caller reads the roster.
 */
import {
  emptyWeek,
  fullWeek,
  japanTimeOf,
  scoreMatch,
  weekMaskOf,
  type ChildcareNeed,
  type MatchOpening,
  type MatchPerson,
  type MatchResult,
  type QualificationKind,
  type RecruitLicenceType,
  type WeekMask,
  type WeeklyRange,
} from '@yorisoi/shared';

/** The hours of a roster window that lack staff, as a week in Japan time (each hour once). */
export function uncoveredWeek(gapHourStarts: readonly Date[]): WeekMask {
  const ranges: WeeklyRange[] = [];
  for (const start of gapHourStarts) {
    const { weekday, minutesOfDay } = japanTimeOf(start);
    const hour = Math.floor(minutesOfDay / 60);
    const clock = (h: number) => `${String(h).padStart(2, '0')}:00`;
    ranges.push({ weekday, from: clock(hour), to: clock(hour + 1) });
  }
  return ranges.length === 0 ? emptyWeek() : weekMaskOf(ranges);
}

/** How the licences read to the engine's qualification kinds (助産師 has none of its own). */
const qualificationOf: Record<RecruitLicenceType, QualificationKind | null> = {
  nurse: 'nurse',
  public_health_nurse: 'public_health_nurse',
  midwife: null,
  assistant_nurse: 'assistant_nurse',
};

export interface RecruitForFit {
  licenceType: RecruitLicenceType;
  availability: WeekMask;
  hoursPerWeekMin: number;
  hoursPerWeekMax: number;
  remoteOk: boolean;
  onsiteOk: boolean;
  childcareNeed: ChildcareNeed;
}

/** A shift is at least this long; fewer uncovered hours still ask for this much. */
const shortestUseful = 4;

export function recruitFit(
  recruit: RecruitForFit,
  uncovered: WeekMask,
  uncoveredHours: number,
): MatchResult {
  const kind = qualificationOf[recruit.licenceType];
  const person: MatchPerson = {
    skillIds: [],
    freeWords: [],
    qualifications: kind ? [kind] : [],
    hoursPerWeekMin: recruit.hoursPerWeekMin,
    hoursPerWeekMax: recruit.hoursPerWeekMax,
    availability: recruit.availability,
    remoteOk: recruit.remoteOk,
    onsiteOk: recruit.onsiteOk,
    home: null,
    maxTravelKm: null,
    availableFrom: null,
    childcareNeed: recruit.childcareNeed,
    path: 'own_pace',
  };
  const gaps = uncoveredHours > 0;
  // Chat and video are answered from home as well as from the health room: the opening
  // is remote for whoever can work from home, on site for the others.
  const opening: MatchOpening = {
    kind: 'job',
    employmentType: 'part_time',
    requiredSkillIds: [],
    niceSkillIds: [],
    keywords: [],
    requiredQualifications: [],
    niceQualifications: [],
    hoursPerWeekMin: gaps ? Math.min(shortestUseful, uncoveredHours) : 0,
    hoursPerWeekMax: gaps ? Math.max(uncoveredHours, shortestUseful) : 40,
    schedule: gaps ? uncovered : fullWeek,
    workMode: recruit.remoteOk ? 'remote' : 'onsite',
    place: null,
    startsOn: null,
    childcareProvided: false,
  };
  const result = scoreMatch(person, opening);
  if (!result.eligible) return result;
  // Every recruit is asked about part-time work: "fits your own pace" says nothing here.
  return { ...result, reasons: result.reasons.filter((r) => r.code !== 'pathFits') };
}
