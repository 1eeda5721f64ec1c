import {
  childAgeOn,
  isClassBasedKind,
  japanTimeOf,
  parseCalendarDate,
  weekdayKeys,
  type ChildcareKind,
  type TChildcareSearchQuery,
  type TChildcareSearchResult,
  type TLocale,
  type TVacancyTable,
} from '@yorisoi/shared';
import type { AppContext } from '../app/context.ts';
import { AppError } from '../platform/errors.ts';
import {
  findFacility,
  searchFacilities,
  type FacilityRow,
  type SearchFilters,
} from './childcare-facilities.repository.ts';
import {
  countsOf,
  latestVacancies,
  latestVacancy,
  publishedMonths,
  vacancyDisplayOf,
  vacancyTable,
} from './vacancies.repository.ts';
import { matchReasons } from './match-reasons.ts';
import { upcomingEventsOfFacility } from '../events/public-events.service.ts';
import {
  presentClasses,
  presentFacilityDetail,
  presentFacilitySummary,
  type VacancyView,
} from './childcare-presenters.ts';
import { currentMonth, firstDayOf, monthOfDay } from './childcare-months.ts';
import { requireMunicipalityByCode } from '../municipalities/municipality-by-code.ts';

/** The most results one search returns; a family narrows by kind or area beyond that. */
export const searchLimit = 200;

/** A municipality by the code in a public address: 6 digits, or 5 when the repair is provable. */
export const resolvePublicMunicipality = (ctx: AppContext, written: string) =>
  requireMunicipalityByCode(ctx.db, written);

/** The latest month the city published, not after this month in Japan. */
async function publishedMonthNow(ctx: AppContext, municipalityId: string) {
  const months = await publishedMonths(ctx.db, { municipalityId });
  const now = currentMonth(ctx.now());
  return months.map((m) => monthOfDay(m.month)).find((m) => m <= now) ?? null;
}

function childFilter(birthDate: string | undefined, on: string) {
  if (!birthDate) return null;
  const birth = parseCalendarDate(birthDate);
  if (!birth) throw new AppError('DATE_INVALID', { detail: 'birthDate' });
  const child = childAgeOn(birthDate, on);
  if (birth.year < 1900 || !child) throw new AppError('CHILD_BIRTH_DATE_INVALID');
  return child;
}

export async function searchChildcareFacilities(
  ctx: AppContext,
  { code, query, locale }: { code: string; query: TChildcareSearchQuery; locale: TLocale },
): Promise<TChildcareSearchResult> {
  const municipality = await resolvePublicMunicipality(ctx, code);
  const on = query.on ?? japanTimeOf(ctx.now()).date;
  if (!parseCalendarDate(on)) throw new AppError('DATE_INVALID', { detail: 'on' });
  const today = japanTimeOf(ctx.now()).date;
  if (query.birthDate && query.birthDate > today) throw new AppError('CHILD_BIRTH_DATE_INVALID');
  const child = childFilter(query.birthDate, on);
  const openAt = query.openAt
    ? {
        weekday: weekdayKeys.indexOf(query.openAt.slice(0, 3) as (typeof weekdayKeys)[number]),
        minutes: Number(query.openAt.slice(4, 6)) * 60 + Number(query.openAt.slice(7, 9)),
      }
    : undefined;
  const filters: SearchFilters = {
    child,
    kind: query.kind,
    area: query.area,
    openAt,
    service: query.service,
  };
  const rows = await searchFacilities(ctx.db, {
    municipalityId: municipality.id,
    filters,
    limit: searchLimit,
  });
  const vacancies = await vacancyViews(ctx, municipality.id, rows, child?.classAge ?? null);
  return {
    municipality: { code: municipality.code, name: municipality.name },
    on,
    child: child
      ? { months: child.months, classAge: child.classAge, fiscalYear: child.fiscalYear }
      : null,
    facilities: rows.map((row) =>
      presentFacilitySummary(row, {
        matched: matchReasons(row, filters, locale),
        vacancy: vacancies.get(row.id) ?? null,
        locale,
      }),
    ),
  };
}

async function vacancyViews(
  ctx: AppContext,
  municipalityId: string,
  rows: FacilityRow[],
  classAge: number | null,
) {
  const views = new Map<string, VacancyView>();
  const month = await publishedMonthNow(ctx, municipalityId);
  if (!month) return views;
  const [latest, display] = await Promise.all([
    latestVacancies(ctx.db, {
      municipalityId,
      facilityIds: rows.map((r) => r.id),
      notAfter: firstDayOf(month),
    }),
    vacancyDisplayOf(ctx.db, { municipalityId }),
  ]);
  for (const row of rows) {
    const vacancy = latest.get(row.id);
    if (!vacancy) continue;
    const childClass =
      classAge !== null && classAge <= 5 && isClassBasedKind(row.kind as ChildcareKind)
        ? classAge
        : null;
    views.set(row.id, { publishedMonth: month, row: vacancy, display, classAge: childClass });
  }
  return views;
}

export async function getPublicChildcareFacility(
  ctx: AppContext,
  { code, facilityId, locale }: { code: string; facilityId: string; locale: TLocale },
) {
  const municipality = await resolvePublicMunicipality(ctx, code);
  const row = await findFacility(ctx.db, { municipalityId: municipality.id, facilityId });
  if (!row) throw new AppError('NOT_FOUND');
  const month = await publishedMonthNow(ctx, municipality.id);
  const vacancy = month
    ? await latestVacancy(ctx.db, {
        municipalityId: municipality.id,
        facilityId,
        notAfter: firstDayOf(month),
      })
    : null;
  const display = await vacancyDisplayOf(ctx.db, { municipalityId: municipality.id });
  return presentFacilityDetail(row, {
    vacancy:
      month && vacancy ? { publishedMonth: month, row: vacancy, display, classAge: null } : null,
    locale,
    mapTiles: ctx.config.mapTiles,
    events: await upcomingEventsOfFacility(ctx, { municipality, facilityId }),
  });
}

export async function getPublicVacancyTable(
  ctx: AppContext,
  { code, month }: { code: string; month: string | undefined },
): Promise<TVacancyTable> {
  const municipality = await resolvePublicMunicipality(ctx, code);
  const published = await publishedMonths(ctx.db, { municipalityId: municipality.id });
  const now = currentMonth(ctx.now());
  const history = published
    .map((p) => ({ month: monthOfDay(p.month), publishedAt: p.publishedAt }))
    .filter((p) => p.month <= now);
  const chosen = month ? history.find((p) => p.month === month) : history[0];
  if (!chosen) throw new AppError('VACANCY_MONTH_NOT_PUBLISHED');
  return vacancyTableFor(ctx, {
    municipality,
    month: chosen.month,
    publishedAt: chosen.publishedAt,
    months: history.map((p) => p.month),
  });
}

/** A month's table as the city shows it (the public endpoint and the open-data export). */
export async function vacancyTableFor(
  ctx: AppContext,
  {
    municipality,
    month,
    publishedAt = null,
    months = [],
  }: {
    municipality: { id: string; code: string; name: string };
    month: string;
    publishedAt?: Date | null;
    months?: string[];
  },
): Promise<TVacancyTable> {
  const [rows, display] = await Promise.all([
    vacancyTable(ctx.db, { municipalityId: municipality.id, month: firstDayOf(month) }),
    vacancyDisplayOf(ctx.db, { municipalityId: municipality.id }),
  ]);
  return {
    municipality: { code: municipality.code, name: municipality.name },
    month,
    asOf: firstDayOf(month),
    display,
    publishedAt: publishedAt?.toISOString() ?? null,
    months,
    rows: rows.map((r) => {
      const counts = countsOf(r);
      const stated = counts.filter((c): c is number => c !== null);
      return {
        facilityId: r.facility_id,
        name: r.name,
        sourceId: r.source_id,
        area: r.area,
        classes: presentClasses(counts, display),
        total: display === 'counts' && stated.length > 0 ? stated.reduce((a, b) => a + b, 0) : null,
        updatedAt: r.updated_at ? new Date(r.updated_at).toISOString() : null,
        notUpdatedThisMonth: r.month !== firstDayOf(month),
      };
    }),
  };
}
