/**
 * THE matching rule of issue 17, used by both programmes: a person against an opening.
 * Hard requirements exclude (with every reason why); everything else adds to a score out
 * of 100, with the reasons in codes and parameters (rendered to words by
 * `match-labels.ts`) and what is missing. Pure: the server narrows candidates in SQL
 * with the same hard rules (a superset), then ranks with this.
 */
import type { QualificationKind } from './qualifications.ts';
import {
  dayPartOfWeek,
  intersectWeeks,
  overlapHours,
  weekdaysOf,
  type DayPart,
  type WeekMask,
} from './weekly-availability.ts';

export const workPaths = ['own_pace', 'full_return', 'start_business'] as const;
/** 自分のペースで / 完全復帰 / 起業: the three stances わくキャリ offers. */
export type WorkPath = (typeof workPaths)[number];

export const openingKinds = ['job', 'project'] as const;
export type OpeningKind = (typeof openingKinds)[number];

/** パート / 正社員 / 短時間正社員 (a regular employee on shorter hours). */
export const employmentTypes = ['part_time', 'full_time', 'short_hours_regular'] as const;
export type EmploymentType = (typeof employmentTypes)[number];

export const workModes = ['remote', 'onsite', 'hybrid'] as const;
export type WorkMode = (typeof workModes)[number];

/** Whether the person needs 託児 while meeting in person: not at all, preferably, or must. */
export const childcareNeeds = ['none', 'preferred', 'required'] as const;
export type ChildcareNeed = (typeof childcareNeeds)[number];

export interface GeoPoint {
  lat: number;
  lng: number;
}

export interface MatchPerson {
  skillIds: readonly string[];
  freeWords: readonly string[];
  qualifications: readonly QualificationKind[];
  hoursPerWeekMin: number;
  hoursPerWeekMax: number;
  availability: WeekMask;
  remoteOk: boolean;
  onsiteOk: boolean;
  home: GeoPoint | null;
  maxTravelKm: number | null;
  /** YYYY-MM-DD; null: now. */
  availableFrom: string | null;
  childcareNeed: ChildcareNeed;
  path: WorkPath;
}

export interface MatchOpening {
  kind: OpeningKind;
  employmentType: EmploymentType | null;
  requiredSkillIds: readonly string[];
  niceSkillIds: readonly string[];
  keywords: readonly string[];
  requiredQualifications: readonly QualificationKind[];
  niceQualifications: readonly QualificationKind[];
  hoursPerWeekMin: number;
  hoursPerWeekMax: number;
  /** When the work is done; every half hour of the week for work done any time. */
  schedule: WeekMask;
  workMode: WorkMode;
  place: GeoPoint | null;
  /** YYYY-MM-DD; null: as soon as possible. */
  startsOn: string | null;
  childcareProvided: boolean;
}

export type MatchExclusion =
  | { code: 'requiredSkillMissing'; skillIds: string[] }
  | { code: 'requiredQualificationMissing'; kinds: QualificationKind[] }
  | { code: 'hoursTooFew'; canWork: number; needed: number }
  | { code: 'availabilityTooShort'; overlapHours: number; needed: number }
  | { code: 'remoteNotWanted' }
  | { code: 'onsiteNotWanted' }
  | { code: 'tooFar'; km: number; maxKm: number }
  | { code: 'childcareRequired' };

export type MatchReason =
  | { code: 'hoursAndDays'; hours: number; weekdays: number[]; dayPart: DayPart | null }
  | { code: 'requiredSkillsHeld'; skillIds: string[] }
  | { code: 'niceSkillsHeld'; skillIds: string[] }
  | { code: 'keywordsShared'; words: string[] }
  | { code: 'qualificationHeld'; kind: QualificationKind }
  | { code: 'remote' }
  | { code: 'nearby'; km: number }
  | { code: 'startsInTime' }
  | { code: 'childcareProvided' }
  | { code: 'pathFits'; path: WorkPath }
  /** The job centre's nursery limits its intake for want of staff (staff-shortage.ts). */
  | { code: 'nurseryShortOfStaff'; staffShort: number };

export type MatchMissing =
  | { code: 'niceSkillsMissing'; skillIds: string[] }
  | { code: 'niceQualificationsMissing'; kinds: QualificationKind[] }
  | { code: 'fewerHoursThanWanted'; offered: number; wanted: number }
  | { code: 'availabilityShort'; overlapHours: number; wanted: number }
  | { code: 'distanceUnknown' }
  | { code: 'startsLater'; days: number }
  | { code: 'noChildcare' };

export type MatchResult =
  | { eligible: false; exclusions: MatchExclusion[] }
  | { eligible: true; score: number; reasons: MatchReason[]; missing: MatchMissing[] };

/** Points of each part; they add up to 100. */
export const scoreWeights = {
  skills: 25,
  qualifications: 10,
  time: 25,
  hours: 10,
  place: 10,
  start: 10,
  childcare: 5,
  path: 5,
} as const;

const earthRadiusKm = 6371;

/** Great-circle distance (haversine), in km. */
export function distanceKm(a: GeoPoint, b: GeoPoint): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLng = (b.lng - a.lng) * rad;
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * earthRadiusKm * Math.asin(Math.min(1, Math.sqrt(h)));
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Free words compare as a reader would: width-folded, lower case, trimmed. */
export function normaliseWord(word: string): string {
  return word.normalize('NFKC').trim().toLowerCase();
}

const pathKinds: Record<WorkPath, (o: MatchOpening) => boolean> = {
  own_pace: (o) => o.kind === 'project' || o.employmentType === 'part_time',
  full_return: (o) =>
    o.employmentType === 'full_time' || o.employmentType === 'short_hours_regular',
  start_business: (o) => o.kind === 'project',
};

/** The paths a person may want that this opening fits. */
export function pathsFitting(opening: MatchOpening): WorkPath[] {
  return workPaths.filter((path) => pathKinds[path](opening));
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/** Why the person cannot take the opening at all; empty when they can. */
export function matchExclusions(person: MatchPerson, opening: MatchOpening): MatchExclusion[] {
  const exclusions: MatchExclusion[] = [];
  const skills = new Set(person.skillIds);
  const lacking = opening.requiredSkillIds.filter((id) => !skills.has(id));
  if (lacking.length > 0) exclusions.push({ code: 'requiredSkillMissing', skillIds: lacking });
  const lackingKinds = opening.requiredQualifications.filter(
    (k) => !person.qualifications.includes(k),
  );
  if (lackingKinds.length > 0)
    exclusions.push({ code: 'requiredQualificationMissing', kinds: lackingKinds });
  if (person.hoursPerWeekMax < opening.hoursPerWeekMin)
    exclusions.push({
      code: 'hoursTooFew',
      canWork: person.hoursPerWeekMax,
      needed: opening.hoursPerWeekMin,
    });
  const overlap = overlapHours(person.availability, opening.schedule);
  if (overlap < opening.hoursPerWeekMin)
    exclusions.push({
      code: 'availabilityTooShort',
      overlapHours: overlap,
      needed: opening.hoursPerWeekMin,
    });
  if (opening.workMode === 'remote' && !person.remoteOk)
    exclusions.push({ code: 'remoteNotWanted' });
  if (opening.workMode !== 'remote') {
    if (!person.onsiteOk) exclusions.push({ code: 'onsiteNotWanted' });
    else if (person.home && opening.place && person.maxTravelKm !== null) {
      const km = distanceKm(person.home, opening.place);
      if (km > person.maxTravelKm)
        exclusions.push({ code: 'tooFar', km: round1(km), maxKm: person.maxTravelKm });
    }
    if (person.childcareNeed === 'required' && !opening.childcareProvided)
      exclusions.push({ code: 'childcareRequired' });
  }
  return exclusions;
}

export function scoreMatch(person: MatchPerson, opening: MatchOpening): MatchResult {
  const exclusions = matchExclusions(person, opening);
  if (exclusions.length > 0) return { eligible: false, exclusions };
  const reasons: MatchReason[] = [];
  const missing: MatchMissing[] = [];
  let score = 0;

  // Time: the hours both weeks share, up to what either side wants at most.
  const shared = intersectWeeks(person.availability, opening.schedule);
  const overlap = overlapHours(person.availability, opening.schedule);
  const wanted = Math.min(person.hoursPerWeekMax, opening.hoursPerWeekMax);
  const usable = Math.min(overlap, wanted);
  score += scoreWeights.time * (wanted === 0 ? 1 : usable / wanted);
  if (usable > 0)
    reasons.push({
      code: 'hoursAndDays',
      hours: usable,
      weekdays: weekdaysOf(shared),
      dayPart: dayPartOfWeek(shared),
    });
  if (usable < wanted) missing.push({ code: 'availabilityShort', overlapHours: overlap, wanted });

  // Hours: the opening offers at least what the person wants at least.
  if (person.hoursPerWeekMin <= opening.hoursPerWeekMax) score += scoreWeights.hours;
  else {
    score += (scoreWeights.hours * opening.hoursPerWeekMax) / person.hoursPerWeekMin;
    missing.push({
      code: 'fewerHoursThanWanted',
      offered: opening.hoursPerWeekMax,
      wanted: person.hoursPerWeekMin,
    });
  }

  // Skills: required ones are held (hard); nice-to-have ones and shared free words add.
  if (opening.requiredSkillIds.length > 0)
    reasons.push({ code: 'requiredSkillsHeld', skillIds: [...opening.requiredSkillIds] });
  const skills = new Set(person.skillIds);
  const niceHeld = opening.niceSkillIds.filter((id) => skills.has(id));
  const niceLacking = opening.niceSkillIds.filter((id) => !skills.has(id));
  const words = new Set(person.freeWords.map(normaliseWord));
  const keywords = [...new Set(opening.keywords.map(normaliseWord))];
  const sharedWords = keywords.filter((w) => words.has(w));
  const wishes = opening.niceSkillIds.length + keywords.length;
  score +=
    scoreWeights.skills * (wishes === 0 ? 1 : (niceHeld.length + sharedWords.length) / wishes);
  if (niceHeld.length > 0) reasons.push({ code: 'niceSkillsHeld', skillIds: niceHeld });
  if (sharedWords.length > 0) reasons.push({ code: 'keywordsShared', words: sharedWords });
  if (niceLacking.length > 0) missing.push({ code: 'niceSkillsMissing', skillIds: niceLacking });

  // Qualifications: each one asked for and held is said; nice-to-have ones add.
  for (const kind of [...opening.requiredQualifications, ...opening.niceQualifications])
    if (person.qualifications.includes(kind)) reasons.push({ code: 'qualificationHeld', kind });
  const niceKinds = opening.niceQualifications.filter((k) => person.qualifications.includes(k));
  const niceKindsLacking = opening.niceQualifications.filter(
    (k) => !person.qualifications.includes(k),
  );
  score +=
    scoreWeights.qualifications *
    (opening.niceQualifications.length === 0
      ? 1
      : niceKinds.length / opening.niceQualifications.length);
  if (niceKindsLacking.length > 0)
    missing.push({ code: 'niceQualificationsMissing', kinds: niceKindsLacking });

  // Place: remote is as good as next door; on site, nearer is better.
  if (opening.workMode === 'remote') {
    score += scoreWeights.place;
    reasons.push({ code: 'remote' });
  } else if (person.home && opening.place) {
    const km = distanceKm(person.home, opening.place);
    const reach = person.maxTravelKm ?? Math.max(km, 1);
    score += scoreWeights.place * (1 - (0.5 * Math.min(km, reach)) / Math.max(reach, 0.1));
    reasons.push({ code: 'nearby', km: round1(km) });
  } else {
    score += scoreWeights.place / 2;
    missing.push({ code: 'distanceUnknown' });
  }

  // Start: the person can start by the opening's date; later loses points over 90 days.
  const late =
    person.availableFrom && opening.startsOn
      ? daysBetween(opening.startsOn, person.availableFrom)
      : 0;
  if (late <= 0) {
    score += scoreWeights.start;
    if (opening.startsOn) reasons.push({ code: 'startsInTime' });
  } else {
    score += scoreWeights.start * Math.max(0, 1 - late / 90);
    missing.push({ code: 'startsLater', days: late });
  }

  // Childcare during meetings (never asked of remote work).
  const meets = opening.workMode !== 'remote';
  if (person.childcareNeed === 'none' || !meets) score += scoreWeights.childcare;
  else if (opening.childcareProvided) {
    score += scoreWeights.childcare;
    reasons.push({ code: 'childcareProvided' });
  } else missing.push({ code: 'noChildcare' });

  if (pathKinds[person.path](opening)) {
    score += scoreWeights.path;
    reasons.push({ code: 'pathFits', path: person.path });
  }
  return { eligible: true, score: Math.round(score), reasons, missing };
}

export interface Ranked<T> {
  item: T;
  score: number;
  reasons: MatchReason[];
  missing: MatchMissing[];
}

/** Best first: higher score, then the lower id, so that equal scores keep one order. */
export function byScoreThenId<T extends { id: string }>(a: Ranked<T>, b: Ranked<T>): number {
  return b.score - a.score || (a.item.id < b.item.id ? -1 : a.item.id > b.item.id ? 1 : 0);
}

/**
 * The best `limit` eligible items, by score then by id (so equal scores keep one order).
 * The ineligible are dropped: a hard requirement is never ranked around.
 */
export function rankMatches<T extends { id: string }>(
  items: readonly T[],
  score: (item: T) => MatchResult,
  limit: number,
): Ranked<T>[] {
  const ranked: Ranked<T>[] = [];
  for (const item of items) {
    const result = score(item);
    if (result.eligible)
      ranked.push({ item, score: result.score, reasons: result.reasons, missing: result.missing });
  }
  ranked.sort(byScoreThenId);
  return ranked.slice(0, limit);
}
