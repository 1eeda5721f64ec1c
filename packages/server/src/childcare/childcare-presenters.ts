import {
  childcareServices,
  describeAcceptanceAge,
  isClassBasedKind,
  parseAcceptanceAge,
  vacancyClassAges,
  vacancySymbolOf,
  weekdayKeys,
  type ChildcareKind,
  type ChildcareService,
  type TChildcareFacilityDetail,
  type TChildcareFacilitySummary,
  type TLocale,
  type TMapTiles,
  type TPublicEvent,
  type TVacancyDisplay,
} from '@yorisoi/shared';
import type { FacilityRow } from './childcare-facilities.repository.ts';
import { countsOf, type VacancyRow } from './vacancies.repository.ts';
import { clockText } from './opendata/opening-hours.ts';
import type { MatchReason } from './match-reasons.ts';
import { monthOfDay } from './childcare-months.ts';

const serviceFlags: Record<ChildcareService, (row: FacilityRow) => boolean | null> = {
  temporaryCare: (r) => r.temporaryCare,
  sickChildCare: (r) => r.sickChildCare,
  nursingRoom: (r) => r.nursingRoom,
  diaperChanging: (r) => r.diaperChanging,
  parking: (r) => r.parking,
};

/** The classes of a count row as the city shows them: counts hidden where it shows symbols. */
export function presentClasses(
  counts: (number | null)[],
  display: TVacancyDisplay,
  classAges: readonly number[] = vacancyClassAges,
) {
  return classAges.map((classAge) => {
    const count = counts[classAge] ?? null;
    return { classAge, count: display === 'counts' ? count : null, symbol: vacancySymbolOf(count) };
  });
}

export interface VacancyView {
  publishedMonth: string;
  row: VacancyRow;
  display: TVacancyDisplay;
  classAge: number | null;
}

export function presentFacilityVacancy(view: VacancyView | null) {
  if (!view) return null;
  const { row, display, classAge, publishedMonth } = view;
  return {
    month: publishedMonth,
    display,
    classes: presentClasses(
      countsOf(row),
      display,
      classAge === null ? vacancyClassAges : [classAge],
    ),
    updatedThisMonth: monthOfDay(row.month) === publishedMonth,
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function presentFacilitySummary(
  row: FacilityRow,
  {
    matched,
    vacancy,
    locale,
  }: { matched: MatchReason[]; vacancy: VacancyView | null; locale: TLocale },
): TChildcareFacilitySummary {
  const kind = row.kind as ChildcareKind;
  const age = parseAcceptanceAge(row.acceptanceAgeText ?? '');
  return {
    id: row.id,
    name: row.name,
    nameKana: row.nameKana,
    kind,
    area: row.area,
    address: row.address,
    phone: row.phone,
    latitude: row.latitude,
    longitude: row.longitude,
    acceptanceAge: {
      text: row.acceptanceAgeText,
      readable: row.ageReadable,
      description: row.acceptanceAgeText
        ? describeAcceptanceAge(age, isClassBasedKind(kind))[locale]
        : null,
    },
    services: childcareServices.filter((s) => serviceFlags[s](row) === true),
    openingHours: weekdayKeys.map((weekday, d) => {
      const opens = row.opensMinutes[d] ?? null;
      const closes = row.closesMinutes[d] ?? null;
      return {
        weekday,
        opens: opens === null ? null : clockText(opens),
        closes: closes === null ? null : clockText(closes),
      };
    }),
    matched,
    vacancy: presentFacilityVacancy(vacancy),
  };
}

export function presentFacilityDetail(
  row: FacilityRow,
  input: {
    vacancy: VacancyView | null;
    locale: TLocale;
    mapTiles: TMapTiles;
    events: TPublicEvent[];
  },
): TChildcareFacilityDetail {
  return {
    ...presentFacilitySummary(row, { ...input, matched: [] }),
    sourceId: row.sourceId,
    nameEn: row.nameEn,
    kindWritten: row.kindWritten,
    postalCode: row.postalCode,
    addressExtra: row.addressExtra,
    url: row.url,
    capacity: row.capacity,
    hoursNote: row.hoursNote,
    record: row.original,
    mapTiles: input.mapTiles,
    events: input.events,
  };
}

export function presentStaffFacility(row: FacilityRow) {
  return {
    id: row.id,
    sourceId: row.sourceId,
    name: row.name,
    kind: row.kind as ChildcareKind,
    area: row.area,
  };
}
